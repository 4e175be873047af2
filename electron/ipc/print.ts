import { Channels } from '../shared/channels'
import { PrintToPdfPayload } from '../shared/ipc-schemas'
import { withExtension } from '../file-names'
import type { IpcDomain } from './handle'
import { saveThroughDialog } from './save-dialog'

export const registerPrintHandlers: IpcDomain = (handle) => {
  handle(Channels.printToPdf, PrintToPdfPayload, async ({ suggestedName }, event) => {
    // Render first: the PDF shows the page as it was when the person asked, not after the dialog.
    const pdf = await event.sender.printToPDF({ printBackground: true })
    const request = {
      suggestedName: withExtension(suggestedName, '.pdf'),
      mimeType: 'application/pdf',
    }
    return saveThroughDialog(event, request, pdf, 'Save as PDF')
  })
}
