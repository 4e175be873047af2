/**
 * Where Bastion's own pages live. Every trust decision (navigation, permissions, IPC senders)
 * compares against these, so they are defined once.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'bastion'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`

/** `new URL()` that answers null instead of throwing, for input from untrusted pages. */
export function parseUrl(value: unknown): URL | null {
  if (typeof value !== 'string') return null
  try {
    return new URL(value)
  } catch {
    return null
  }
}

/** True for `app://bastion/…` exactly: no other host, port or credentials. */
export function isAppUrl(value: unknown): boolean {
  const url = parseUrl(value)
  if (!url) return false
  return (
    url.protocol === `${APP_SCHEME}:` &&
    url.host === APP_HOST &&
    url.username === '' &&
    url.password === ''
  )
}

/**
 * True when `value` has exactly the dev server's origin (scheme, host and port), so look-alikes
 * such as `http://localhost:5173.evil.com` or `http://localhost:5173@evil.com` fail.
 */
export function isDevServerUrl(value: unknown, devServerUrl: string | undefined): boolean {
  if (!devServerUrl) return false
  const url = parseUrl(value)
  const devServer = parseUrl(devServerUrl)
  if (!url || !devServer) return false
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return false
  if (url.username !== '' || url.password !== '') return false
  return url.origin === devServer.origin
}

/** Bastion's own content: the packaged app, or in development the dev server. */
export function isOwnContentUrl(value: unknown, devServerUrl: string | undefined): boolean {
  return isAppUrl(value) || isDevServerUrl(value, devServerUrl)
}
