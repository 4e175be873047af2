/**
 * Which web links Bastion hands to the system browser. Pure (no electron, no node:*), so the
 * main process and the renderer apply the same rule: main decides, the renderer only avoids
 * offering a link main would refuse.
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
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/
// Names that only mean something on the local network or this computer.
const LOCAL_SUFFIXES = ['.localhost', '.local', '.internal', '.lan', '.home.arpa', '.localdomain']

export type ExternalUrlCheck =
  { ok: true; href: string; host: string; trusted: boolean } | { ok: false; reason: string }

function ipv4Kind(host: string): string {
  const [a = 0, b = 0] = host.split('.').map(Number)
  if (a === 127 || a === 0) return 'this computer'
  if (a === 169 && b === 254) return 'a link-local address'
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) {
    return 'your local network'
  }
  if (a === 100 && b >= 64 && b <= 127) return 'a carrier-private address'
  return 'a numeric address'
}

function ipv6Kind(host: string): string {
  const bare = host.slice(1, -1).toLowerCase()
  if (bare === '::1' || bare === '::' || bare.startsWith('::ffff:')) return 'this computer'
  if (/^fe[89ab]/.test(bare)) return 'a link-local address'
  if (/^f[cd]/.test(bare)) return 'your local network'
  return 'a numeric address'
}

/** Why a host is not a public site's name, or null when it is one. */
function localHostReason(hostname: string): string | null {
  const host = hostname.replace(/\.$/, '')
  if (host.startsWith('[')) return `it points at ${ipv6Kind(host)} (${host})`
  // The URL parser has already turned 2130706433, 0x7f.1 and 017700000001 into dotted form.
  if (IPV4.test(host)) return `it points at ${ipv4Kind(host)} (${host})`
  if (host === 'localhost' || host.endsWith('.localhost')) {
    return `it points at this computer (${host})`
  }
  if (!host.includes('.') || LOCAL_SUFFIXES.some((suffix) => host.endsWith(suffix))) {
    return `it points at your local network (${host})`
  }
  return null
}

const ONLY_WEB = 'Bastion only opens web addresses that start with http or https'

/**
 * Whether `value` may be opened in the browser, its normalised form, and whether it is trusted:
 * https on the default port to one of `trustedHosts` (main passes the catalog's own sites).
 */
export function checkExternalUrl(
  value: unknown,
  trustedHosts: ReadonlySet<string> = new Set(),
): ExternalUrlCheck {
  if (typeof value !== 'string' || value.length === 0) return { ok: false, reason: ONLY_WEB }
  if (value.length > MAX_EXTERNAL_URL_LENGTH)
    return { ok: false, reason: 'the address is too long' }
  if (hasHiddenOrSpaceCharacter(value)) {
    return { ok: false, reason: 'the address holds hidden or space characters' }
  }
  // The WHATWG parser reads `https:\\host` and `https:host` as web URLs; Windows reads
  // backslashes as UNC paths. Demand the plain `scheme://host` spelling and no backslash at all.
  if (value.includes('\\') || !WEB_PREFIX.test(value)) return { ok: false, reason: ONLY_WEB }
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return { ok: false, reason: ONLY_WEB }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { ok: false, reason: ONLY_WEB }
  if (url.username !== '' || url.password !== '') {
    return { ok: false, reason: 'the address carries a user name or password' }
  }
  if (url.hostname === '' || url.href.length > MAX_EXTERNAL_URL_LENGTH) {
    return { ok: false, reason: ONLY_WEB }
  }
  const local = localHostReason(url.hostname)
  if (local !== null) return { ok: false, reason: local }
  const trusted = url.protocol === 'https:' && url.port === '' && trustedHosts.has(url.hostname)
  return { ok: true, href: url.href, host: url.hostname, trusted }
}
