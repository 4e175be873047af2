import { app, BrowserWindow, ipcMain, protocol, session } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import { resolveDevServerUrl, resolveUserDataDir } from './environment'
import { externalBrowser } from './external-browser'
import { registerIpcHandlers } from './ipc'
import { installApplicationMenu } from './menu'
import { registerAppProtocol, registerAppSchemeAsPrivileged } from './protocol'
import { createQuitBackup } from './backup/quit'
import { hardenSession, installSecurityHandlers } from './security'
import { Channels } from './shared/channels'
import { createMainWindow } from './window'

/** App lifecycle only: each concern lives in its own module and is wired up here. */

const devServerUrl = resolveDevServerUrl(process.env, app.isPackaged)
const rendererRoot = join(__dirname, '../renderer')

// Before anything else: the single-instance lock and all storage live under userData.
const userDataDir = resolveUserDataDir(process.env, app.isPackaged)
if (userDataDir) app.setPath('userData', userDataDir)

// Every renderer runs in the OS sandbox, whatever a future window forgets to set.
app.enableSandbox()
registerAppSchemeAsPrivileged(protocol)
const sessionRules = { devServerUrl, allowDevTools: !app.isPackaged }
installSecurityHandlers(app, { ...sessionRules, externalLinks: externalBrowser })

let mainWindow: BrowserWindow | null = null

function openMainWindow(): void {
  mainWindow = createMainWindow({ devServerUrl })
  // Closing the window quits on Windows and Linux: hold it for the last backup first.
  mainWindow.on('close', (event) => quitBackup.onWindowClose(event, process.platform !== 'darwin'))
  mainWindow.on('closed', () => {
    mainWindow = null
  })
}

// The first quit waits (15 s at most) for the window to write one last backup.
const quitBackup = createQuitBackup({
  target: () => (mainWindow && !mainWindow.isDestroyed() ? mainWindow.webContents : null),
  quit: () => app.quit(),
  newRequestId: () => randomUUID(),
  setTimer: (callback, ms) => setTimeout(callback, ms),
  clearTimer: (timer) => clearTimeout(timer as NodeJS.Timeout),
  devServerUrl,
})

function focusMainWindow(): void {
  if (!mainWindow) {
    // macOS keeps running with no window: a second launch should still show one.
    if (app.isReady()) openMainWindow()
    return
  }
  if (mainWindow.isMinimized()) mainWindow.restore()
  mainWindow.show()
  mainWindow.focus()
}

async function start(): Promise<void> {
  await app.whenReady()
  hardenSession(session.defaultSession, sessionRules)
  registerAppProtocol(protocol, rendererRoot)
  registerIpcHandlers(ipcMain, { devServerUrl })
  ipcMain.on(Channels.backupRequestDone, (event, payload: unknown) =>
    quitBackup.onRequestDone(event.senderFrame?.url, payload),
  )
  installApplicationMenu()
  openMainWindow()
}

// A second launch hands over to the running Bastion: two instances would share one database.
if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', focusMainWindow)
  app.on('before-quit', (event) => quitBackup.onBeforeQuit(event))
  app.on('window-all-closed', () => {
    // macOS apps stay running without windows until the user quits.
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('activate', () => {
    if (app.isReady() && BrowserWindow.getAllWindows().length === 0) openMainWindow()
  })
  start().catch((error: unknown) => {
    console.error('[main] Bastion failed to start', error)
    app.exit(1)
  })
}
