import { app } from 'electron'
import { Channels } from '../shared/channels'
import { AppInfoPayload } from '../shared/ipc-schemas'
import { ok } from '../shared/result'
import type { IpcDomain } from './handle'

export const registerAppInfoHandlers: IpcDomain = (handle) => {
  handle(Channels.appInfo, AppInfoPayload, () =>
    ok({
      name: app.getName(),
      version: app.getVersion(),
      platform: 'desktop',
      dataLocation: app.getPath('userData'),
    }),
  )
}
