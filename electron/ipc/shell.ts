import { externalBrowser } from '../external-browser'
import { openExternalSafely } from '../external-links'
import { Channels } from '../shared/channels'
import { OpenExternalPayload } from '../shared/ipc-schemas'
import type { IpcDomain } from './handle'

export const registerShellHandlers: IpcDomain = (handle) => {
  // openExternalSafely lets only public http(s) links reach the OS, asking first for unknown hosts.
  handle(Channels.openExternal, OpenExternalPayload, ({ url }) =>
    openExternalSafely(url, externalBrowser),
  )
}
