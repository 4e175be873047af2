/** True only for absolute http(s) URLs without credentials: the only links Bastion opens. */
export function isOpenableUrl(value: unknown): value is string {
  if (typeof value !== 'string' || value.length > 2048) return false
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return false
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  return url.username === '' && url.password === '' && url.hostname !== ''
}
