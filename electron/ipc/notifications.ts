import { Notification } from 'electron'
import { Channels } from '../shared/channels'
import { NotifyPayload } from '../shared/ipc-schemas'
import { fail, ok } from '../shared/result'
import type { IpcDomain } from './handle'

export const registerNotificationHandlers: IpcDomain = (handle) => {
  handle(Channels.notify, NotifyPayload, ({ title, body }) => {
    if (!Notification.isSupported()) {
      return fail(
        'This system does not show desktop notifications. Bastion will keep showing reminders in the app.',
      )
    }
    new Notification({ title, body }).show()
    return ok(undefined)
  })
}
