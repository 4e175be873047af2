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

/**
 * The only kinds of file Bastion saves. The page suggests the name, so without this list it could
 * pick an extension the OS runs on a double-click (`.hta`, `.desktop`, `.bat`, `.lnk`).
 */
export const SAVE_EXTENSIONS = ['json', 'csv', 'ics', 'md', 'pdf', 'txt'] as const
export type SaveExtension = (typeof SAVE_EXTENSIONS)[number]

const EXTENSION_BY_MIME_TYPE: Readonly<Record<string, SaveExtension>> = {
  'application/json': 'json',
  'text/csv': 'csv',
  'text/calendar': 'ics',
  'text/markdown': 'md',
  'application/pdf': 'pdf',
  'text/plain': 'txt',
}

function allowedExtensionOf(name: string): SaveExtension | null {
  const extension = extname(name).slice(1).toLowerCase()
  return (SAVE_EXTENSIONS as readonly string[]).includes(extension)
    ? (extension as SaveExtension)
    : null
}

/**
 * The name offered in the save dialog and the one kind it saves: the suggested name's own
 * extension when it is on the list, else the MIME type's (or txt), added after the name so a
 * `.hta` can never be the last word.
 */
export function saveNameFor(
  suggested: string,
  mimeType = '',
): { name: string; extension: SaveExtension } {
  const name = sanitizeFileName(suggested)
  const own = allowedExtensionOf(name)
  if (own) return { name, extension: own }
  const extension =
    EXTENSION_BY_MIME_TYPE[mimeType.split(';')[0]?.trim().toLowerCase() ?? ''] ?? 'txt'
  return { name: sanitizeFileName(`${name}.${extension}`), extension }
}

/**
 * The path the person chose, ending in an allowed extension: kept when it already does (they may
 * rename `.json` to `.txt`), otherwise the file's own extension is added.
 */
export function withAllowedExtension(chosenPath: string, extension: SaveExtension): string {
  return allowedExtensionOf(chosenPath) ? chosenPath : `${chosenPath}.${extension}`
}

export interface DialogFilter {
  name: string
  extensions: string[]
}

/** The save dialog offers the file's one kind, never "All files". */
export function dialogFiltersFor(extension: SaveExtension): DialogFilter[] {
  return [{ name: `${extension.toUpperCase()} file`, extensions: [extension] }]
}
