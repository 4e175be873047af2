import type {
  DesktopApi,
  SaveFileOutcome,
  SaveFileRequest,
} from '../../../electron/shared/desktop-api'
import type { Result } from '../../../electron/shared/result'
import { browserDesktopApi } from './browser-desktop-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    bastion?: DesktopApi
  }
}

/**
 * What the renderer may save: text, or a Blob of UTF-8 text. A large file (a backup) is built as
 * a Blob from bytes it has already encoded, so the browser downloads it without encoding again.
 */
export interface RendererSaveFileRequest extends Omit<SaveFileRequest, 'content'> {
  content: string | Blob
}

/** The DesktopApi as the renderer sees it: the same powers, saveFile also taking a Blob. */
export interface Platform extends Omit<DesktopApi, 'saveFile'> {
  saveFile(request: RendererSaveFileRequest): Promise<Result<SaveFileOutcome>>
}

/** The preload's IPC carries text only (validated in main), so a Blob is read back to text here. */
export function overPreload(preload: DesktopApi): Platform {
  return {
    ...preload,
    async saveFile(request) {
      const content =
        typeof request.content === 'string' ? request.content : await request.content.text()
      return preload.saveFile({ ...request, content })
    },
  }
}

/** The platform's powers: the preload's in Electron, the browser's elsewhere. */
export const desktopApi: Platform = window.bastion ? overPreload(window.bastion) : browserDesktopApi

export type { DesktopApi }
