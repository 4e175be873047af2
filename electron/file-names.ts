import { extname } from 'node:path'

/**
 * File names suggested by the renderer are only suggestions for the save dialog, but they still
 * come from an untrusted page: they are reduced to a plain name with no folder in it, valid on
 * Windows, macOS and Linux alike.
 */

// Path separators and the characters Windows forbids; control characters are replaced too.
const FORBIDDEN_CHARS: ReadonlySet<string> = new Set(['/', '\\', '<', '>', ':', '"', '|', '?', '*'])
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i
const MAX_NAME_LENGTH = 120

export const FALLBACK_FILE_NAME = 'bastion-export.txt'

function replaceForbiddenCharacters(name: string): string {
  return Array.from(name, (char) => {
    const code = char.codePointAt(0) ?? 0
    return FORBIDDEN_CHARS.has(char) || code < 0x20 || code === 0x7f ? '-' : char
  }).join('')
}

/** A safe file name for a save dialog's default, or `fallback` when nothing usable is left. */
export function sanitizeFileName(suggested: string, fallback = FALLBACK_FILE_NAME): string {
  let name = replaceForbiddenCharacters(suggested.normalize('NFC')).trim()
  // Leading dots hide the file on macOS and Linux; trailing dots and spaces vanish on Windows.
  name = name.replace(/^[.\s]+/, '').replace(/[.\s]+$/, '')
  if (name === '' || WINDOWS_RESERVED.test(name)) return fallback
  if (name.length > MAX_NAME_LENGTH) {
    const extension = extname(name).slice(0, 16)
    name = name.slice(0, MAX_NAME_LENGTH - extension.length) + extension
  }
  return name
}

/** `name` ending in `extension` (e.g. `.pdf`), added when missing. */
export function withExtension(name: string, extension: string): string {
  return name.toLowerCase().endsWith(extension.toLowerCase()) ? name : `${name}${extension}`
}

export interface DialogFilter {
  name: string
  extensions: string[]
}

/** Save-dialog filters: the suggested file's own type first, then "All files". */
export function dialogFiltersFor(fileName: string): DialogFilter[] {
  const extension = extname(fileName).slice(1).toLowerCase()
  const all: DialogFilter = { name: 'All files', extensions: ['*'] }
  if (!/^[a-z0-9]{1,10}$/.test(extension)) return [all]
  return [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }, all]
}
