import type { App, Session, WebContents } from 'electron'
import { isAppUrl, isOwnContentUrl, parseUrl } from './app-origin'
import { openExternalSafely, parseSafeExternalUrl, type ExternalLinkDeps } from './external-links'

/**
 * Every hardening rule in one place. Decisions are pure functions (unit-tested); `install…`
 * wires them to Electron objects that main.ts passes in, so this file never loads Electron.
 */

/** The policy every app:// response carries; index.html repeats it as a meta tag. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  // sql.js (the Anki import) compiles SQLite's WebAssembly; this allows WebAssembly only, not eval.
  "script-src 'self' 'wasm-unsafe-eval'",
  // React and the component styles set style attributes; no script can come in this way.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // No string becomes HTML or a script URL without a policy (renderer/src/platform/trusted-types.ts).
  "require-trusted-types-for 'script'",
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

/**
 * Offline by construction: a request leaves a page only for Bastion's own content. `data:` and
 * `blob:` never touch the network; DevTools pages only in an unpackaged build; in development
 * the dev server (and its hot-reload socket) on its exact host and port.
 */
export function isRequestAllowed(
  requestUrl: unknown,
  options: { devServerUrl?: string; allowDevTools?: boolean } = {},
): boolean {
  if (isAppUrl(requestUrl)) return true
  const url = parseUrl(requestUrl)
  if (!url) return false
  if (url.protocol === 'data:') return true
  if (url.protocol === 'blob:') return isAppUrl(url.pathname) || isDevOrigin(url.pathname, options)
  if (url.protocol === 'devtools:') return options.allowDevTools === true
  return isDevOrigin(requestUrl, options)
}

function isDevOrigin(value: unknown, { devServerUrl }: { devServerUrl?: string }): boolean {
  const url = parseUrl(value)
  const devServer = parseUrl(devServerUrl)
  if (!url || !devServer) return false
  if (!['http:', 'https:', 'ws:', 'wss:'].includes(url.protocol)) return false
  return url.host === devServer.host && url.username === '' && url.password === ''
}

/**
 * Downloads happen only when Bastion itself starts one (it saves files through dialogs, so today
 * none): `expect(url)` before `webContents.downloadURL(url)`, and only that URL passes, once.
 */
export function createDownloadGate() {
  const expected = new Map<string, number>()
  return {
    expect(url: string): void {
      expected.set(url, (expected.get(url) ?? 0) + 1)
    },
    /** True, once, for a download Bastion started; false for anything a page caused. */
    admit(url: string): boolean {
      const count = expected.get(url) ?? 0
      if (count === 0) return false
      if (count === 1) expected.delete(url)
      else expected.set(url, count - 1)
      return true
    },
  }
}

export type DownloadGate = ReturnType<typeof createDownloadGate>

export interface SecurityOptions {
  devServerUrl?: string
  /** Unpackaged builds only: DevTools pages may load. */
  allowDevTools?: boolean
  /** shell.openExternal and the confirmation dialog; only ever reached through openExternalSafely. */
  externalLinks: ExternalLinkDeps
  downloads?: DownloadGate
  warn?: (message: string) => void
}

const hardenedSessions = new WeakSet<Session>()

const appDownloads = createDownloadGate()

/**
 * Permissions, network and downloads for one session; safe to call again for a session already
 * hardened.
 */
export function hardenSession(
  session: Session,
  options: Pick<SecurityOptions, 'devServerUrl' | 'allowDevTools' | 'downloads' | 'warn'>,
): void {
  if (hardenedSessions.has(session)) return
  hardenedSessions.add(session)
  const { devServerUrl } = options
  const warn = options.warn ?? console.warn
  const downloads = options.downloads ?? appDownloads
  // Deny-all network filter: nothing but Bastion's own content, so the app stays offline.
  session.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isRequestAllowed(details.url, options)
    if (!allowed) warn(`[security] blocked a request to ${details.url.slice(0, 200)}`)
    callback({ cancel: !allowed })
  })
  session.on('will-download', (event, item) => {
    if (downloads.admit(item.getURL())) return
    event.preventDefault()
    warn(`[security] refused a download of ${item.getURL().slice(0, 200)}`)
  })
  // Chromium's spellchecker fetches dictionaries from a Google CDN on Linux and Windows.
  session.setSpellCheckerEnabled(false)
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
  const { devServerUrl, externalLinks } = options
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
      void openExternalSafely(url, externalLinks)
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
