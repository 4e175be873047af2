import { app, BrowserWindow, dialog, Menu } from 'electron'
import { buildMenuTemplate } from './menu-template'

const DESCRIPTION = 'Offline-first study planner for AI security and GIAC GSEC preparation.'

function showAboutDialog(): void {
  const options = {
    type: 'info' as const,
    title: `About ${app.getName()}`,
    message: `${app.getName()} ${app.getVersion()}`,
    detail: DESCRIPTION,
    buttons: ['OK'],
  }
  const parent = BrowserWindow.getFocusedWindow()
  void (parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options))
}

/** Sets the native menu and the about panel; call once the app is ready. */
export function installApplicationMenu(): void {
  app.setAboutPanelOptions({
    applicationName: app.getName(),
    applicationVersion: app.getVersion(),
    credits: DESCRIPTION,
  })
  const template = buildMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.getName(),
    showAbout: showAboutDialog,
  })
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
