import { fail, ok, type Result } from './shared/result'

/**
 * The one door to `shell.openExternal`. The OS hands whatever it gets to the protocol's
 * registered program, so anything but a plain web address (file:, ms-msdt:, UNC paths, …) can
 * run code: only http(s) with a host and no credentials gets through.
 */

export const MAX_EXTERNAL_URL_LENGTH = 2048

// Control characters, all Unicode spaces, zero-width and bidi-override characters: they hide
// the real target from the person reading the link, and a valid URL never needs them raw.
const HIDDEN_OR_SPACE_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x0000, 0x0020],
  [0x007f, 0x00a0],
  [0x1680, 0x1680],
  [0x180e, 0x180e],
  [0x2000, 0x200f],
  [0x2028, 0x202f],
  [0x205f, 0x206f],
  [0x3000, 0x3000],
  [0xfeff, 0xfeff],
]

function hasHiddenOrSpaceCharacter(value: string): boolean {
  for (const char of value) {
    const code = char.codePointAt(0) ?? 0
    if (HIDDEN_OR_SPACE_RANGES.some(([low, high]) => code >= low && code <= high)) return true
  }
  return false
}

const WEB_PREFIX = /^https?:\/\/[^/\\]/i

/** The normalised address when `value` is a safe http(s) link, otherwise null. */
export function parseSafeExternalUrl(value: unknown): string | null {
  if (typeof value !== 'string') return null
  if (value.length === 0 || value.length > MAX_EXTERNAL_URL_LENGTH) return null
  if (hasHiddenOrSpaceCharacter(value)) return null
  // The WHATWG parser reads `https:\\host` and `https:host` as web URLs; Windows reads
  // backslashes as UNC paths. Demand the plain `scheme://host` spelling and no backslash at all.
  if (value.includes('\\') || !WEB_PREFIX.test(value)) return null

  let url: URL
  try {
    url = new URL(value)
  } catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null
  if (url.username !== '' || url.password !== '') return null
  if (url.hostname === '' || url.href.length > MAX_EXTERNAL_URL_LENGTH) return null
  return url.href
}

/** Opens `url` with `open` (shell.openExternal in the app) only when it is a safe web link. */
export async function openExternalSafely(
  url: unknown,
  open: (safeUrl: string) => Promise<void>,
): Promise<Result<void>> {
  const safeUrl = parseSafeExternalUrl(url)
  if (safeUrl === null) {
    return fail(
      'This link was not opened: Bastion only opens web addresses that start with http or https.',
    )
  }
  try {
    await open(safeUrl)
    return ok(undefined)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail(
      `Your web browser could not be opened (${reason}). Copy the link and open it yourself.`,
    )
  }
}
