import { shell } from 'electron'
import { openExternalSafely } from '../external-links'
import { Channels } from '../shared/channels'
import { OpenExternalPayload } from '../shared/ipc-schemas'
import type { IpcDomain } from './handle'

export const registerShellHandlers: IpcDomain = (handle) => {
  // openExternalSafely lets only plain http(s) links reach the OS.
  handle(
    Channels.openExternal,
    OpenExternalPayload,
    ({ url }) => openExternalSafely(url, (safeUrl) => shell.openExternal(safeUrl)), // eng-disable OPEN_EXTERNAL_JS_CHECK
  )
}
