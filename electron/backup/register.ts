import { app, BrowserWindow, dialog, type OpenDialogOptions } from 'electron'
import { join } from 'node:path'
import type { IpcDomain } from '../ipc/handle'
import { nodeBackupFs } from './files'
import { cleanUpBackupFolder, createBackupDomain } from './handlers'
import { createBackupSettingsStore } from './settings'

/** Automatic backups, bound to Electron: settings in userData, the folder picked in a dialog. */
export const registerBackupHandlers: IpcDomain = (handle) => {
  const userData = app.getPath('userData')
  const store = createBackupSettingsStore({
    settingsFile: join(userData, 'backup-settings.json'),
    defaultFolder: join(userData, 'Backups'),
    fs: nodeBackupFs,
  })

  createBackupDomain({
    store,
    pickFolder: async (event, current) => {
      const options: OpenDialogOptions = {
        title: 'Choose the folder for automatic backups',
        defaultPath: current,
        properties: ['openDirectory', 'createDirectory'],
      }
      // Attached to the asking window, so the dialog is modal to it rather than floating free.
      const parent = BrowserWindow.fromWebContents(event.sender)
      const choice = parent
        ? await dialog.showOpenDialog(parent, options)
        : await dialog.showOpenDialog(options)
      return choice.canceled ? null : (choice.filePaths[0] ?? null)
    },
  })(handle)

  void cleanUpBackupFolder(store)
}
