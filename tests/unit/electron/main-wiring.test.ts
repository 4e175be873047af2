// @vitest-environment node
import type { IpcMainInvokeEvent } from 'electron'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

/**
 * main.ts is the one place that wires the modules to Electron. No Electron binary can run in
 * unit tests, so this replaces the `electron` module with a recording fake (the only vi.mock of
 * Electron in the suite) and checks the order and the settings of that wiring.
 */
const fake = vi.hoisted(() => {
  const calls: string[] = []
  const appListeners: Record<string, (...args: unknown[]) => void> = {}
  const record = (name: string) => () => void calls.push(name)
  const windows: Array<{
    options: Record<string, unknown>
    loadURL: ReturnType<typeof vi.fn>
    webContents: { send: ReturnType<typeof vi.fn>; on: ReturnType<typeof vi.fn> }
  }> = []

  class BrowserWindow {
    options: Record<string, unknown>
    loadURL = vi.fn(async () => undefined)
    once = vi.fn()
    on = vi.fn()
    isDestroyed = () => false
    webContents = { send: vi.fn(), on: vi.fn() }
    constructor(options: Record<string, unknown>) {
      this.options = options
      windows.push(this)
    }
    static getAllWindows = () => windows
    static fromWebContents = () => null
    static getFocusedWindow = () => null
  }

  class FakeNotification {
    static isSupported(): boolean {
      return true
    }
    show(): void {}
  }

  return {
    calls,
    appListeners,
    windows,
    app: {
      isPackaged: false,
      setPath: vi.fn((name: string) => void calls.push(`setPath:${name}`)),
      getPath: (name: string) =>
        name === 'userData' ? '/tmp/bastion-wiring' : `/tmp/fake-${name}`,
      getName: () => 'Bastion',
      getVersion: () => '0.1.0',
      getAppPath: () => '/opt/bastion',
      enableSandbox: vi.fn(record('enableSandbox')),
      requestSingleInstanceLock: vi.fn(() => (calls.push('requestSingleInstanceLock'), true)),
      on: vi.fn((event: string, listener: (...args: unknown[]) => void) => {
        appListeners[event] = listener
      }),
      whenReady: vi.fn(async () => void calls.push('whenReady')),
      isReady: () => true,
      quit: vi.fn(),
      exit: vi.fn(),
      setAboutPanelOptions: vi.fn(),
    },
    protocol: {
      registerSchemesAsPrivileged: vi.fn(record('registerSchemesAsPrivileged')),
      handle: vi.fn(),
    },
    ipcMain: { handle: vi.fn(), on: vi.fn() },
    session: {
      defaultSession: {
        on: vi.fn(),
        webRequest: { onBeforeRequest: vi.fn() },
        setSpellCheckerEnabled: vi.fn(),
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        setDevicePermissionHandler: vi.fn(),
      },
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    Menu: {
      buildFromTemplate: vi.fn((template: unknown) => template),
      setApplicationMenu: vi.fn(),
    },
    nativeTheme: { shouldUseDarkColors: false },
    shell: { openExternal: vi.fn(async () => undefined) },
    dialog: {
      showSaveDialog: vi.fn(),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(),
      showMessageBoxSync: vi.fn(() => 1),
    },
    Notification: FakeNotification,
    BrowserWindow,
  }
})

vi.mock('electron', () => fake)

function invokeEvent(frameUrl: string): IpcMainInvokeEvent {
  return { senderFrame: { url: frameUrl }, sender: {} } as unknown as IpcMainInvokeEvent
}

describe('main.ts wiring', () => {
  beforeAll(async () => {
    vi.stubEnv('BASTION_USER_DATA_DIR', '/tmp/bastion-wiring')
    vi.stubEnv('ELECTRON_RENDERER_URL', '')
    await import('../../../electron/main')
    await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
  })
  afterAll(() => vi.unstubAllEnvs())

  it('moves user data, sandboxes and registers the scheme before taking the lock and before ready', () => {
    expect(fake.calls.slice(0, 5)).toEqual([
      'setPath:userData',
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
      'whenReady',
    ])
    expect(fake.app.setPath).toHaveBeenCalledWith('userData', '/tmp/bastion-wiring')
    expect(fake.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
      },
    ])
  })

  it('hardens every webContents and the default session', () => {
    expect(fake.appListeners['web-contents-created']).toBeTypeOf('function')
    expect(fake.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled()
    expect(fake.session.defaultSession.setPermissionCheckHandler).toHaveBeenCalled()
    expect(fake.session.defaultSession.webRequest.onBeforeRequest).toHaveBeenCalledOnce()
    expect(fake.session.defaultSession.on).toHaveBeenCalledWith(
      'will-download',
      expect.any(Function),
    )
    expect(fake.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
    expect(fake.appListeners['second-instance']).toBeTypeOf('function')
  })

  it('opens one hardened window on app://bastion/', () => {
    const [window] = fake.windows
    expect(window?.options).toMatchObject({
      title: 'Bastion',
      show: false,
      webPreferences: {
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        spellcheck: false,
      },
    })
    expect(String((window?.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]preload\.js$/,
    )
    expect(window?.loadURL).toHaveBeenCalledWith('app://bastion/index.html')
  })

  it('asks natively before the window unloads with unsaved changes', () => {
    const [window] = fake.windows
    const listener = window?.webContents.on.mock.calls.find(
      ([event]) => event === 'will-prevent-unload',
    )?.[1] as (event: { preventDefault: () => void }) => void
    expect(listener).toBeTypeOf('function')
    const stay = { preventDefault: vi.fn() }
    listener(stay)
    expect(fake.dialog.showMessageBoxSync).toHaveBeenCalledWith(
      window,
      expect.objectContaining({ buttons: ['Leave', 'Stay'] }),
    )
    expect(stay.preventDefault).not.toHaveBeenCalled()
  })

  it('serves the app scheme and sets the menu', () => {
    expect(fake.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalledOnce()
  })

  it('registers every IPC channel, each answering as a value', async () => {
    // The refused call below is logged on purpose; keep the test output clean.
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const channels = fake.ipcMain.handle.mock.calls.map(([channel]) => channel)
    expect(channels.sort()).toEqual([
      'app:info',
      'backup:choose-folder',
      'backup:get-settings',
      'backup:list',
      'backup:read',
      'backup:set-settings',
      'backup:write',
      'file:save',
      'notify:show',
      'print:to-pdf',
      'shell:open-external',
    ])

    const appInfo = fake.ipcMain.handle.mock.calls.find(([channel]) => channel === 'app:info')?.[1]
    await expect(appInfo(invokeEvent('app://bastion/index.html'), undefined)).resolves.toEqual({
      ok: true,
      value: {
        name: 'Bastion',
        version: '0.1.0',
        platform: 'desktop',
        dataLocation: '/tmp/bastion-wiring',
      },
    })
    await expect(appInfo(invokeEvent('https://evil.example/'), undefined)).resolves.toMatchObject({
      ok: false,
    })

    const openExternal = fake.ipcMain.handle.mock.calls.find(
      ([channel]) => channel === 'shell:open-external',
    )?.[1]
    await openExternal(invokeEvent('app://bastion/'), { url: 'file:///etc/passwd' })
    await openExternal(invokeEvent('app://bastion/'), { url: 'http://169.254.169.254/' })
    await openExternal(invokeEvent('app://bastion/'), { url: 'https://www.giac.org/' })
    expect(fake.shell.openExternal.mock.calls).toEqual([['https://www.giac.org/']])
    expect(fake.dialog.showMessageBox).not.toHaveBeenCalled()

    // An unknown site: the dialog names its host; Cancel (1) opens nothing, Open (0) opens it.
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 1 })
    await openExternal(invokeEvent('app://bastion/'), { url: 'https://example.com/x' })
    expect(fake.dialog.showMessageBox).toHaveBeenCalledWith(
      expect.objectContaining({ message: 'Open example.com in your web browser?' }),
    )
    fake.dialog.showMessageBox.mockResolvedValueOnce({ response: 0 })
    await openExternal(invokeEvent('app://bastion/'), { url: 'https://example.com/x' })
    expect(fake.shell.openExternal.mock.calls).toEqual([
      ['https://www.giac.org/'],
      ['https://example.com/x'],
    ])
  })

  it('holds the window close for the quit backup where closing quits (not on macOS)', () => {
    const [window] = fake.windows
    const onClose = (window as unknown as { on: ReturnType<typeof vi.fn> }).on.mock.calls
      .filter(([event]) => event === 'close')
      .map(([, listener]) => listener as (event: { preventDefault(): void }) => void)
    expect(onClose.length).toBeGreaterThan(0)
    const event = { preventDefault: vi.fn() }
    const saveState = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    for (const listener of onClose) listener(event)
    saveState.mockRestore()
    if (process.platform === 'darwin') {
      expect(event.preventDefault).not.toHaveBeenCalled()
    } else {
      expect(event.preventDefault).toHaveBeenCalledOnce()
      expect(fake.app.quit).toHaveBeenCalledOnce()
    }
    fake.app.quit.mockClear()
  })

  it('holds the first quit until the window answers the backup request', () => {
    const [window] = fake.windows
    const beforeQuit = fake.appListeners['before-quit']
    const answer = fake.ipcMain.on.mock.calls.find(
      ([channel]) => channel === 'backup:request-done',
    )?.[1] as (event: unknown, payload: unknown) => void
    expect(beforeQuit).toBeTypeOf('function')
    expect(answer).toBeTypeOf('function')

    const firstQuit = { preventDefault: vi.fn() }
    beforeQuit?.(firstQuit)
    expect(firstQuit.preventDefault).toHaveBeenCalledOnce()
    const [channel, request] = window?.webContents.send.mock.calls[0] ?? []
    expect(channel).toBe('backup:requested')
    expect(fake.app.quit).not.toHaveBeenCalled()

    answer({ senderFrame: { url: 'app://bastion/index.html' } }, { ...request, ok: true })
    expect(fake.app.quit).toHaveBeenCalledOnce()
    const realQuit = { preventDefault: vi.fn() }
    beforeQuit?.(realQuit)
    expect(realQuit.preventDefault).not.toHaveBeenCalled()
  })
})
