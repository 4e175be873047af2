import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { InvokeChannel, InvokePayload, InvokeResults } from './ipc/contract'
import { BackupChannels, Channels } from './shared/channels'
import type { DesktopApi } from './shared/desktop-api'
import { fail, type Result } from './shared/result'

/**
 * The renderer's only door to the main process: one named function per action, each sending
 * one channel. `ipcRenderer` itself is never exposed, so a page cannot pick its own channels.
 * Payloads are validated in the main process, the only side the page cannot tamper with.
 */
async function invoke<C extends InvokeChannel>(
  channel: C,
  payload: InvokePayload<C>,
): Promise<Result<InvokeResults[C]>> {
  try {
    return (await ipcRenderer.invoke(channel, payload)) as Result<InvokeResults[C]>
  } catch (error) {
    // Handlers never throw; this is the bridge itself failing (e.g. the app is shutting down).
    const reason = error instanceof Error ? error.message : String(error)
    return fail(
      `Bastion's desktop features did not answer (${reason}). Restart Bastion and try again.`,
    )
  }
}

// Main's error field holds 2000 characters at most; a longer answer would be refused and main
// would wait out its timeout instead of quitting.
const MAX_ANSWER_ERROR_CHARS = 2000

/** Main asks for a backup before quitting; the answer always comes back, done or failed. */
function onBackupRequested(handler: () => Promise<void>): () => void {
  const answer = async (requestId: string) => {
    try {
      await handler()
      ipcRenderer.send(BackupChannels.requestDone, { requestId, ok: true })
    } catch (error) {
      const message = String(error).slice(0, MAX_ANSWER_ERROR_CHARS)
      ipcRenderer.send(BackupChannels.requestDone, { requestId, ok: false, error: message })
    }
  }
  // answer() never rejects: both outcomes are sent back to main.
  const listener = (_event: IpcRendererEvent, { requestId }: { requestId: string }) =>
    void answer(requestId)
  ipcRenderer.on(BackupChannels.requested, listener)
  return () => void ipcRenderer.removeListener(BackupChannels.requested, listener)
}

const api = {
  kind: 'desktop',
  getAppInfo: () => invoke(Channels.appInfo, undefined),
  openExternal: (url) => invoke(Channels.openExternal, { url }),
  saveFile: (request) => invoke(Channels.saveFile, request),
  notify: (request) => invoke(Channels.notify, request),
  printToPdf: (request) => invoke(Channels.printToPdf, request),
  getBackupSettings: () => invoke(BackupChannels.getSettings, undefined),
  chooseBackupFolder: () => invoke(BackupChannels.chooseFolder, undefined),
  setBackupSettings: (change) => invoke(BackupChannels.setSettings, change),
  writeAutoBackup: (request) => invoke(BackupChannels.write, request),
  listBackups: () => invoke(BackupChannels.list, undefined),
  readBackup: (name) => invoke(BackupChannels.read, { name }),
  onBackupRequested: (handler) => onBackupRequested(handler),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('bastion', api)
