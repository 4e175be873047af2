import { Channels } from '../shared/channels'
import { SaveFilePayload } from '../shared/ipc-schemas'
import type { IpcDomain } from './handle'
import { saveThroughDialog } from './save-dialog'

export const registerFileHandlers: IpcDomain = (handle) => {
  handle(Channels.saveFile, SaveFilePayload, ({ suggestedName, mimeType, content }, event) =>
    saveThroughDialog(event, { suggestedName, mimeType }, content),
  )
}
