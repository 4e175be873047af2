import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { Channels, type InvokeChannel } from './shared/channels'
import type { DesktopApi } from './shared/desktop-api'
import type { IpcPayload, IpcResults } from './shared/ipc-schemas'
import { fail, type Result } from './shared/result'

/**
 * The renderer's only door to the main process: one named function per action, each sending
 * one channel. `ipcRenderer` itself is never exposed, so a page cannot pick its own channels.
 * Payloads are validated in the main process, the only side the page cannot tamper with.
 */
async function invoke<C extends InvokeChannel>(
  channel: C,
  payload: IpcPayload<C>,
): Promise<Result<IpcResults[C]>> {
  try {
    return (await ipcRenderer.invoke(channel, payload)) as Result<IpcResults[C]>
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
      ipcRenderer.send(Channels.backupRequestDone, { requestId, ok: true })
    } catch (error) {
      const message = String(error).slice(0, MAX_ANSWER_ERROR_CHARS)
      ipcRenderer.send(Channels.backupRequestDone, { requestId, ok: false, error: message })
    }
  }
  // answer() never rejects: both outcomes are sent back to main.
  const listener = (_event: IpcRendererEvent, { requestId }: { requestId: string }) =>
    void answer(requestId)
  ipcRenderer.on(Channels.backupRequested, listener)
  return () => void ipcRenderer.removeListener(Channels.backupRequested, listener)
}

const api = {
  kind: 'desktop',
  getAppInfo: () => invoke(Channels.appInfo, undefined),
  openExternal: (url) => invoke(Channels.openExternal, { url }),
  saveFile: (request) => invoke(Channels.saveFile, request),
  notify: (request) => invoke(Channels.notify, request),
  printToPdf: (request) => invoke(Channels.printToPdf, request),
  getBackupSettings: () => invoke(Channels.backupGetSettings, undefined),
  chooseBackupFolder: () => invoke(Channels.backupChooseFolder, undefined),
  setBackupSettings: (change) => invoke(Channels.backupSetSettings, change),
  writeAutoBackup: (request) => invoke(Channels.backupWrite, request),
  listBackups: () => invoke(Channels.backupList, undefined),
  readBackup: (name) => invoke(Channels.backupRead, { name }),
  onBackupRequested: (handler) => onBackupRequested(handler),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('bastion', api)
