import type { SaveFileOutcome } from '../../../electron/shared/desktop-api'
import { fail, ok, type Result } from '../../../electron/shared/result'
import type { Platform } from './index'
import { isOpenableUrl } from './safe-url'

function download(name: string, content: string | Blob, mimeType: string): void {
  const blob = typeof content === 'string' ? new Blob([content], { type: mimeType }) : content
  const url = URL.createObjectURL(blob)
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = name
  anchor.rel = 'noopener'
  document.body.append(anchor)
  anchor.click()
  anchor.remove()
  // Revoke on the next tick: the click has started the download by then.
  setTimeout(() => URL.revokeObjectURL(url), 0)
}

const AUTOMATIC_BACKUPS_NEED_DESKTOP =
  'Automatic backups need the desktop app. In the web preview, use Export backup regularly and keep the file somewhere safe.'

/** The web preview's stand-in for the preload: same type, browser powers only. */
export const browserDesktopApi: Platform = {
  kind: 'web',
  async getAppInfo() {
    return ok({
      name: 'Bastion',
      version: __APP_VERSION__,
      platform: 'web',
      dataLocation: `This browser's IndexedDB storage for ${location.origin}`,
    })
  },
  async openExternal(url) {
    if (!isOpenableUrl(url)) return fail('Only http and https links can be opened.')
    window.open(url, '_blank', 'noopener,noreferrer')
    return ok(undefined)
  },
  async saveFile({ suggestedName, content, mimeType }): Promise<Result<SaveFileOutcome>> {
    try {
      download(suggestedName, content, mimeType)
      return ok({ saved: true })
    } catch (error) {
      return fail(`The file could not be saved: ${String(error)}`)
    }
  },
  async notify({ title, body }) {
    if (!('Notification' in window)) return fail('This browser does not support notifications.')
    const permission =
      Notification.permission === 'default'
        ? await Notification.requestPermission()
        : Notification.permission
    if (permission !== 'granted') return fail('Notifications are blocked for this site.')
    new Notification(title, { body })
    return ok(undefined)
  },
  async printToPdf() {
    window.print()
    return ok({ saved: false })
  },
  async getBackupSettings() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  async chooseBackupFolder() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  async setBackupSettings() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  async writeAutoBackup() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  async listBackups() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  async readBackup() {
    return fail(AUTOMATIC_BACKUPS_NEED_DESKTOP)
  },
  onBackupRequested() {
    // The browser never asks: closing a tab cannot wait for a backup.
    return () => undefined
  },
}
