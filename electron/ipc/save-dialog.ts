import {
  app,
  BrowserWindow,
  dialog,
  type IpcMainInvokeEvent,
  type SaveDialogOptions,
} from 'electron'
import { join } from 'node:path'
import { describeFileError, writeFileAtomically } from '../atomic-write'
import { dialogFiltersFor, saveNameFor, withAllowedExtension } from '../file-names'
import type { SaveFileOutcome } from '../shared/desktop-api'
import { fail, ok, type Result } from '../shared/result'

// Some Linux desktops define no Documents folder; the home folder always exists.
function defaultFolder(): string {
  try {
    return app.getPath('documents')
  } catch {
    return app.getPath('home')
  }
}

/**
 * Asks where to save, then writes atomically. The dialog is the user's consent: the renderer
 * suggests a name but never picks the folder, so a page cannot write anywhere on its own.
 */
export async function saveThroughDialog(
  event: IpcMainInvokeEvent,
  request: { suggestedName: string; mimeType: string },
  data: string | Uint8Array,
  title = 'Save file',
): Promise<Result<SaveFileOutcome>> {
  const { name, extension } = saveNameFor(request.suggestedName, request.mimeType)
  const options: SaveDialogOptions = {
    title,
    defaultPath: join(defaultFolder(), name),
    filters: dialogFiltersFor(extension),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  }
  // Attached to the asking window, so the dialog is modal to it rather than floating free.
  const parent = BrowserWindow.fromWebContents(event.sender)
  const choice = parent
    ? await dialog.showSaveDialog(parent, options)
    : await dialog.showSaveDialog(options)
  if (choice.canceled || !choice.filePath) return ok({ saved: false })

  const filePath = withAllowedExtension(choice.filePath, extension)
  try {
    await writeFileAtomically(filePath, data)
  } catch (error) {
    console.error('[ipc] save failed', error)
    return fail(describeFileError(error, filePath))
  }
  return ok({ saved: true, path: filePath })
}
