import { BrowserWindow, dialog, shell } from 'electron'
import { CATALOG_HOSTS } from './catalog-hosts'
import { confirmationMessage, type ExternalLinkDeps } from './external-links'

/** openExternalSafely's two powers, bound to Electron: the system browser and a question. */
export const externalBrowser: ExternalLinkDeps = {
  trustedHosts: CATALOG_HOSTS,
  open: (safeUrl) => shell.openExternal(safeUrl), // eng-disable OPEN_EXTERNAL_JS_CHECK
  confirm: async (request) => {
    const { message, detail } = confirmationMessage(request)
    const options = {
      type: 'question' as const,
      buttons: ['Open in browser', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
      title: 'Open a web link',
      message,
      detail,
      noLink: true,
    }
    // Modal to the focused window, so the question cannot be lost behind it.
    const parent = BrowserWindow.getFocusedWindow()
    const { response } = parent
      ? await dialog.showMessageBox(parent, options)
      : await dialog.showMessageBox(options)
    return response === 0
  },
}
