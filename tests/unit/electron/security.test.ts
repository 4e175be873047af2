// @vitest-environment node
import { EventEmitter } from 'node:events'
import type { Session, WebContents } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  ALLOWED_PERMISSIONS,
  hardenSession,
  hardenWebContents,
  isAllowedNavigation,
  isPermissionAllowed,
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

type Handler = (...args: never[]) => unknown

function fakeSession() {
  const handlers: Record<string, Handler> = {}
  const session = {
    setPermissionRequestHandler: (h: Handler) => (handlers.request = h),
    setPermissionCheckHandler: (h: Handler) => (handlers.check = h),
    setDevicePermissionHandler: (h: Handler) => (handlers.device = h),
  }
  return { session: session as unknown as Session, handlers }
}

describe('hardenSession', () => {
  it('answers permission requests and checks through the allow list', () => {
    const { session, handlers } = fakeSession()
    hardenSession(session, {})
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
    const openExternal = vi.fn(async () => undefined)
    const warn = vi.fn()
    hardenWebContents(contents as unknown as WebContents, { openExternal, warn })
    return { contents, openExternal, warn }
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
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(1))
    expect(openExternal).toHaveBeenCalledWith('https://www.giac.org/')
  })

  it('refuses every <webview>', () => {
    const { contents } = setUp()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, { src: 'https://evil.example/' })
    expect(event.preventDefault).toHaveBeenCalled()
  })
})
