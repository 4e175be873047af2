import { app, BrowserWindow, dialog, nativeTheme, screen } from 'electron'
import { join } from 'node:path'
import { APP_ENTRY_URL } from './app-origin'
import { guardUnsavedUnload } from './unload-guard'
import {
  fitWindowState,
  MIN_WINDOW_SIZE,
  readWindowState,
  writeWindowState,
  type WindowState,
} from './window-state'

export interface MainWindowOptions {
  /** Set only in development: load the electron-vite dev server instead of app://. */
  devServerUrl?: string
}

const windowStatePath = (): string => join(app.getPath('userData'), 'window-state.json')

function restoredWindowState(): WindowState {
  const workAreas = screen.getAllDisplays().map((display) => display.workArea)
  return fitWindowState(
    readWindowState(windowStatePath()),
    workAreas,
    screen.getPrimaryDisplay().workArea,
  )
}

function rememberWindowState(window: BrowserWindow): void {
  window.on('close', () => {
    try {
      // Normal bounds: a maximized window reopens maximized, and un-maximizes to where it was.
      writeWindowState(windowStatePath(), {
        bounds: window.getNormalBounds(),
        isMaximized: window.isMaximized(),
      })
    } catch (error) {
      // Losing the window position is harmless; never block closing on it.
      console.warn('[window] could not save the window state', error)
    }
  })
}

export function createMainWindow(options: MainWindowOptions = {}): BrowserWindow {
  const state = restoredWindowState()
  // Middle-click links cannot open windows: setWindowOpenHandler (security.ts) denies every new
  // window, and Chromium has no 'Auxclick' feature left to disable. See the README's Security section.
  const window = /* eng-disable AUXCLICK_JS_CHECK */ new BrowserWindow({
    ...state.bounds,
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: 'Bastion',
    // Shown on ready-to-show, so the person never sees an empty white frame.
    show: false,
    // The page's --bg in light and dark themes, so resizing never flashes another colour.
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#10141a' : '#f6f7f9',
    // Linux takes the taskbar icon from the window; macOS and Windows from the app bundle.
    ...(process.platform === 'linux' ? { icon: join(app.getAppPath(), 'build/icon.png') } : {}),
    webPreferences: {
      // Reviewed: the sandboxed preload exposes one named function per action through
      // contextBridge, never ipcRenderer itself (preload.ts).
      preload: join(__dirname, '../preload/preload.js'), // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spellchecker downloads dictionaries from a CDN on Linux and Windows.
      spellcheck: false,
      devTools: !app.isPackaged,
    },
  })

  window.once('ready-to-show', () => {
    if (state.isMaximized) window.maximize()
    window.show()
  })
  rememberWindowState(window)
  // Synchronous by necessity: the unload waits on the answer within this one event.
  guardUnsavedUnload(window.webContents, (question) => dialog.showMessageBoxSync(window, question))
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL)
  return window
}
