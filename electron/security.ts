import type { App, Session, WebContents } from 'electron'
import { isOwnContentUrl } from './app-origin'
import { openExternalSafely, parseSafeExternalUrl } from './external-links'

/**
 * Every hardening rule in one place. Decisions are pure functions (unit-tested); `install…`
 * wires them to Electron objects that main.ts passes in, so this file never loads Electron.
 */

/** The policy every app:// response carries; index.html repeats it as a meta tag. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  // React and the component styles set style attributes; no script can come in this way.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
}

/** Deny by default: the only powers a page of Bastion may ask the browser for. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set([
  'notifications',
  'clipboard-sanitized-write',
  // Asked for by Settings so the browser engine never evicts the user's IndexedDB.
  'persistent-storage',
])

/** A page may only navigate within Bastion itself (app://bastion, or the dev server in dev). */
export function isAllowedNavigation(targetUrl: unknown, devServerUrl?: string): boolean {
  return isOwnContentUrl(targetUrl, devServerUrl)
}

/** True only for an allow-listed permission asked for by Bastion's own content. */
export function isPermissionAllowed(
  permission: string,
  requestingUrl: unknown,
  devServerUrl?: string,
): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isOwnContentUrl(requestingUrl, devServerUrl)
}

export interface SecurityOptions {
  devServerUrl?: string
  /** shell.openExternal in the app; only ever reached through openExternalSafely. */
  openExternal: (url: string) => Promise<void>
  warn?: (message: string) => void
}

const hardenedSessions = new WeakSet<Session>()

/** Permission handlers for one session; safe to call again for a session already hardened. */
export function hardenSession(
  session: Session,
  options: Pick<SecurityOptions, 'devServerUrl'>,
): void {
  if (hardenedSessions.has(session)) return
  hardenedSessions.add(session)
  const { devServerUrl } = options
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    const requestingUrl = details.requestingUrl || contents.getURL()
    callback(isPermissionAllowed(permission, requestingUrl, devServerUrl))
  })
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) => {
    const embedder = details.embeddingOrigin
    if (embedder && !isOwnContentUrl(embedder, devServerUrl)) return false
    return isPermissionAllowed(permission, requestingOrigin, devServerUrl)
  })
  // USB, serial and HID devices: Bastion needs none.
  session.setDevicePermissionHandler(() => false)
}

/** Navigation, new windows and <webview> rules for one webContents. */
export function hardenWebContents(contents: WebContents, options: SecurityOptions): void {
  const { devServerUrl, openExternal } = options
  const warn = options.warn ?? console.warn

  const guardNavigation = (kind: string) => (event: { url: string; preventDefault(): void }) => {
    if (isAllowedNavigation(event.url, devServerUrl)) return
    event.preventDefault()
    warn(`[security] blocked ${kind} to ${event.url.slice(0, 200)}`)
  }
  contents.on('will-navigate', guardNavigation('navigation'))
  contents.on('will-redirect', guardNavigation('redirect'))
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guardNavigation('frame navigation')(event)
  })

  // No page gets a second window; a web link goes to the user's browser instead.
  contents.setWindowOpenHandler(({ url }) => {
    if (parseSafeExternalUrl(url) !== null) {
      void openExternalSafely(url, openExternal)
    } else {
      warn(`[security] blocked a new window for ${url.slice(0, 200)}`)
    }
    return { action: 'deny' }
  })

  // Bastion renders no <webview>; refusing them means no guest page can ever get weaker settings.
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
    warn('[security] blocked a <webview>')
  })

  hardenSession(contents.session, options)
}

/** Applies the rules to every webContents Electron creates, before any of them loads a page. */
export function installSecurityHandlers(app: App, options: SecurityOptions): void {
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, options))
}
