import type { DesktopApi } from '../../../electron/shared/desktop-api'
import { browserDesktopApi } from './browser-desktop-api'

declare global {
  interface Window {
    /** Set by the Electron preload; absent in a plain browser. */
    bastion?: DesktopApi
  }
}

/** The platform's powers: the preload's in Electron, the browser's elsewhere. */
export const desktopApi: DesktopApi = window.bastion ?? browserDesktopApi

export type { DesktopApi }
