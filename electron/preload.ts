import { contextBridge, ipcRenderer } from 'electron'
import { Channels, type Channel } from './shared/channels'
import type { DesktopApi } from './shared/desktop-api'
import type { IpcPayload, IpcResults } from './shared/ipc-schemas'
import { fail, type Result } from './shared/result'

/**
 * The renderer's only door to the main process: one named function per action, each sending
 * one channel. `ipcRenderer` itself is never exposed, so a page cannot pick its own channels.
 * Payloads are validated in the main process, the only side the page cannot tamper with.
 */
async function invoke<C extends Channel>(
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

const api = {
  kind: 'desktop',
  getAppInfo: () => invoke(Channels.appInfo, undefined),
  openExternal: (url) => invoke(Channels.openExternal, { url }),
  saveFile: (request) => invoke(Channels.saveFile, request),
  notify: (request) => invoke(Channels.notify, request),
  printToPdf: (request) => invoke(Channels.printToPdf, request),
} satisfies DesktopApi

contextBridge.exposeInMainWorld('bastion', api)
