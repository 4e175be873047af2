/** IPC channel names, `domain:action`. Shared by the preload and the main-process handlers. */
export const Channels = {
  appInfo: 'app:info',
  openExternal: 'shell:open-external',
  saveFile: 'file:save',
  notify: 'notify:show',
  printToPdf: 'print:to-pdf',
} as const

export type Channel = (typeof Channels)[keyof typeof Channels]
