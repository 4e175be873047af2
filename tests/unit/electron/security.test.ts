// @vitest-environment node
import { EventEmitter } from 'node:events'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { serveAppRequest } from '../../../electron/protocol'
import {
  ALLOWED_PERMISSIONS,
  CONTENT_SECURITY_POLICY,
  createDownloadGate,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionAllowed,
  isRequestAllowed,
} from '../../../electron/security'

const devServer = 'http://localhost:5173/'

describe('isAllowedNavigation', () => {
  it.each([
    ['an app page', 'app://bastion/index.html', undefined],
    ['an app route', 'app://bastion/index.html#/exam', undefined],
    ['a dev server reload', 'http://localhost:5173/', devServer],
  ])('allows %s', (_label, url, dev) => {
    expect(isAllowedNavigation(url, dev)).toBe(true)
  })

  it.each([
    ['a website', 'https://example.com/', devServer],
    ['a website over http', 'http://example.com/', devServer],
    ['file://', 'file:///etc/passwd', devServer],
    ['javascript:', 'javascript:alert(1)', devServer],
    ['data:', 'data:text/html,hi', devServer],
    ['about:blank', 'about:blank', devServer],
    ['another app host', 'app://other/index.html', devServer],
    ['the dev server in a packaged app', 'http://localhost:5173/', undefined],
    ['a dev server look-alike', 'http://localhost:5173.evil.com/', devServer],
    ['ms-msdt:', 'ms-msdt:/id PCWDiagnostic', devServer],
    ['garbage', 'not a url', devServer],
  ])('denies %s', (_label, url, dev) => {
    expect(isAllowedNavigation(url, dev)).toBe(false)
  })
})

describe('isPermissionAllowed', () => {
  it('allows only notifications, sanitized clipboard writes and persistent storage', () => {
    expect([...ALLOWED_PERMISSIONS].sort()).toEqual([
      'clipboard-sanitized-write',
      'notifications',
      'persistent-storage',
    ])
  })

  it.each(['notifications', 'clipboard-sanitized-write', 'persistent-storage'])(
    'allows %s for the app',
    (permission) => {
      expect(isPermissionAllowed(permission, 'app://bastion/index.html')).toBe(true)
      expect(isPermissionAllowed(permission, 'app://bastion')).toBe(true)
      expect(isPermissionAllowed(permission, 'http://localhost:5173/', devServer)).toBe(true)
    },
  )

  it.each([
    'media',
    'geolocation',
    'clipboard-read',
    'display-capture',
    'openExternal',
    'fullscreen',
    'hid',
    'serial',
    'usb',
    'midiSysex',
    'unknown',
  ])('denies %s even for the app', (permission) => {
    expect(isPermissionAllowed(permission, 'app://bastion/index.html')).toBe(false)
  })

  it.each([
    'https://evil.example/',
    'app://evil',
    'file:///etc/passwd',
    'null',
    '',
    'http://localhost:5173.evil.com/',
  ])('denies notifications for %s', (origin) => {
    expect(isPermissionAllowed('notifications', origin, devServer)).toBe(false)
  })
})

describe('the Content-Security-Policy header app:// sends', () => {
  async function policy(): Promise<Map<string, string>> {
    const response = await serveAppRequest(
      new Request('app://bastion/index.html'),
      '/out/renderer',
      async () => new TextEncoder().encode('<!doctype html>'),
    )
    const header = response.headers.get('Content-Security-Policy') ?? ''
    return new Map(
      header.split(';').map((directive) => {
        const [name = '', ...values] = directive.trim().split(/\s+/)
        return [name, values.join(' ')] as [string, string]
      }),
    )
  }

  it('requires Trusted Types for scripts and allows no frames', async () => {
    const directives = await policy()
    expect(directives.get('require-trusted-types-for')).toBe("'script'")
    expect(directives.get('frame-src')).toBe("'none'")
    expect(directives.get('frame-ancestors')).toBe("'none'")
  })

  it('keeps scripts, objects, bases and forms locked down', async () => {
    const directives = await policy()
    // WebAssembly may compile (sql.js for the Anki import); eval and inline scripts may not.
    expect(directives.get('script-src')).toBe("'self' 'wasm-unsafe-eval'")
    expect(directives.get('object-src')).toBe("'none'")
    expect(directives.get('base-uri')).toBe("'none'")
    expect(directives.get('form-action')).toBe("'none'")
    expect(directives.get('connect-src')).toBe("'self'")
  })

  it('is the policy index.html repeats, plus what only a header can say', async () => {
    const html = readFileSync(join(__dirname, '../../../renderer/index.html'), 'utf8')
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? ''
    const metaDirectives = new Set(meta.split(';').map((d) => d.trim()))
    const headerOnly = new Set(["frame-ancestors 'none'"])
    for (const directive of CONTENT_SECURITY_POLICY.split(';').map((d) => d.trim())) {
      if (!headerOnly.has(directive)) expect(metaDirectives).toContain(directive)
    }
  })
})

describe('isRequestAllowed: offline by construction', () => {
  it.each([
    ['an app page', 'app://bastion/index.html', {}],
    ['an app script', 'app://bastion/assets/index.js', {}],
    ['an inline image', 'data:image/png;base64,AAAA', {}],
    ['an app blob', 'blob:app://bastion/1f0c', {}],
    [
      'DevTools in an unpackaged build',
      'devtools://devtools/bundled/inspector.html',
      { allowDevTools: true },
    ],
    ['the dev server', 'http://localhost:5173/src/main.tsx', { devServerUrl: devServer }],
    ['the dev server’s hot-reload socket', 'ws://localhost:5173/', { devServerUrl: devServer }],
  ])('allows %s', (_label, url, options) => {
    expect(isRequestAllowed(url, options)).toBe(true)
  })

  it.each([
    ['a website', 'https://example.com/', {}],
    [
      'spellcheck dictionaries',
      'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
      {},
    ],
    ['a font CDN', 'https://fonts.googleapis.com/css2?family=Inter', {}],
    ['cloud metadata', 'http://169.254.169.254/latest/meta-data/', {}],
    ['a local debugging port', 'http://localhost:9222/json', {}],
    ['a web socket', 'wss://evil.example/socket', {}],
    ['file://', 'file:///etc/passwd', {}],
    ['another app host', 'app://evil/index.html', {}],
    ['a foreign blob', 'blob:https://evil.example/1f0c', {}],
    ['DevTools in a packaged build', 'devtools://devtools/bundled/inspector.html', {}],
    ['the dev server in a packaged build', 'http://localhost:5173/', {}],
    ['a dev server look-alike', 'http://localhost:5173.evil.com/', { devServerUrl: devServer }],
    ['another port on localhost', 'http://localhost:9222/json', { devServerUrl: devServer }],
    ['chrome-extension:', 'chrome-extension://abc/x.js', {}],
    ['garbage', 'not a url', {}],
  ])('denies %s', (_label, url, options) => {
    expect(isRequestAllowed(url, options)).toBe(false)
  })
})

describe('createDownloadGate', () => {
  it('admits only a download Bastion started, once', () => {
    const gate = createDownloadGate()
    expect(gate.admit('https://evil.example/payload.exe')).toBe(false)
    gate.expect('blob:app://bastion/1')
    expect(gate.admit('blob:app://bastion/1')).toBe(true)
    expect(gate.admit('blob:app://bastion/1')).toBe(false)
  })
})

type Handler = (...args: never[]) => unknown

function fakeSession() {
  const handlers: Record<string, Handler> = {}
  const events = new EventEmitter()
  const session = {
    on: (name: string, listener: (...args: unknown[]) => void) => events.on(name, listener),
    emit: (name: string, ...args: unknown[]) => events.emit(name, ...args),
    webRequest: { onBeforeRequest: (h: Handler) => (handlers.beforeRequest = h) },
    setSpellCheckerEnabled: vi.fn(),
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
  }
  return { session: session as unknown as Session, handlers, raw: session }
}

describe('hardenSession', () => {
  it('cancels every request that is not Bastion’s own content', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, { warn: vi.fn() })
    const beforeRequest = handlers.beforeRequest as unknown as (
      details: { url: string },
      callback: (response: { cancel: boolean }) => void,
    ) => void
    const answers: boolean[] = []
    for (const url of ['app://bastion/index.html', 'https://redirector.gvt1.com/dict.bdic']) {
      beforeRequest({ url }, ({ cancel }) => answers.push(cancel))
    }
    expect(answers).toEqual([false, true])
  })

  it('refuses a download the app did not start, and turns the spellchecker off', () => {
    const { session, raw } = fakeSession()
    const warn = vi.fn()
    hardenSession(session, { warn })
    const event = { preventDefault: vi.fn() }
    raw.emit('will-download', event, { getURL: () => 'https://evil.example/payload.exe' })
    expect(event.preventDefault).toHaveBeenCalled()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('refused a download'))
    expect(raw.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })

  it('lets a download through that the app announced', () => {
    const { session, raw } = fakeSession()
    const downloads = createDownloadGate()
    hardenSession(session, { downloads, warn: vi.fn() })
    downloads.expect('blob:app://bastion/1')
    const event = { preventDefault: vi.fn() }
    raw.emit('will-download', event, { getURL: () => 'blob:app://bastion/1' })
    expect(event.preventDefault).not.toHaveBeenCalled()
  })

  it('answers permission requests and checks through the allow list', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, { warn: vi.fn() })
    const callback = vi.fn()
    const contents = { getURL: () => 'app://bastion/index.html' }
    const request = handlers.request as unknown as (...args: unknown[]) => void
    request(contents, 'notifications', callback, { requestingUrl: 'app://bastion/index.html' })
    request(contents, 'media', callback, { requestingUrl: 'app://bastion/index.html' })
    request(contents, 'notifications', callback, { requestingUrl: 'https://evil.example/' })
    expect(callback.mock.calls).toEqual([[true], [false], [false]])

    const check = handlers.check as unknown as (...args: unknown[]) => boolean
    expect(check(null, 'clipboard-sanitized-write', 'app://bastion', {})).toBe(true)
    expect(check(null, 'clipboard-read', 'app://bastion', {})).toBe(false)
    expect(
      check(null, 'notifications', 'app://bastion', { embeddingOrigin: 'https://evil.example' }),
    ).toBe(false)
    expect((handlers.device as unknown as () => boolean)()).toBe(false)
  })
})

class FakeWebContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  session = fakeSession().session
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = handler
  }
}

function navigationEvent(url: string, extra: Record<string, unknown> = {}) {
  return { url, isMainFrame: true, preventDefault: vi.fn(), ...extra }
}

describe('hardenWebContents', () => {
  function setUp() {
    const contents = new FakeWebContents()
    const openExternal = vi.fn(async (_url: string) => undefined)
    const confirm = vi.fn(async () => false)
    const warn = vi.fn()
    hardenWebContents(contents as unknown as WebContents, {
      externalLinks: { open: openExternal, confirm, trustedHosts: new Set(['www.giac.org']) },
      warn,
    })
    return { contents, openExternal, confirm, warn }
  }

  it.each(['will-navigate', 'will-redirect'])('%s: blocks foreign URLs, allows the app', (name) => {
    const { contents } = setUp()
    const away = navigationEvent('https://evil.example/')
    contents.emit(name, away)
    expect(away.preventDefault).toHaveBeenCalled()
    const home = navigationEvent('app://bastion/index.html')
    contents.emit(name, home)
    expect(home.preventDefault).not.toHaveBeenCalled()
  })

  it('blocks subframe navigation away from the app', () => {
    const { contents } = setUp()
    const frame = navigationEvent('https://evil.example/', { isMainFrame: false })
    contents.emit('will-frame-navigate', frame)
    expect(frame.preventDefault).toHaveBeenCalled()
  })

  it('denies every new window and opens only safe web links externally', async () => {
    const { contents, openExternal } = setUp()
    const open = contents.windowOpenHandler
    expect(open?.({ url: 'https://www.giac.org/' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'app://bastion/index.html' })).toEqual({ action: 'deny' })
    expect(open?.({ url: 'http://localhost:9222/json' })).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1))
    expect(openExternal).toHaveBeenCalledWith('https://www.giac.org/')
  })

  it('asks before a window.open of an unknown site, and opens nothing on Cancel', async () => {
    const { contents, openExternal, confirm } = setUp()
    contents.windowOpenHandler?.({ url: 'https://evil.example/' })
    await vi.waitFor(() => expect(confirm).toHaveBeenCalledTimes(1))
    expect(openExternal).not.toHaveBeenCalled()
  })

  it('refuses every <webview>', () => {
    const { contents } = setUp()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
