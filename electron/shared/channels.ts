/**
 * Every IPC channel, `domain:action`, in one map shared by the preload and the main process.
 * Payload schemas and result values for the invoke channels are in ipc-schemas.ts (`IpcSchemas`,
 * `IpcResults`). Two backup channels are one-way events instead: `backupRequested` goes main →
 * renderer, `backupRequestDone` is the renderer's answer (`ipcRenderer.send`).
 */
export const Channels = {
  appInfo: 'app:info',
  openExternal: 'shell:open-external',
  saveFile: 'file:save',
  notify: 'notify:show',
  printToPdf: 'print:to-pdf',
  backupChooseFolder: 'backup:choose-folder',
  backupGetSettings: 'backup:get-settings',
  backupSetSettings: 'backup:set-settings',
  backupWrite: 'backup:write',
  backupList: 'backup:list',
  backupRead: 'backup:read',
  backupRequested: 'backup:requested',
  backupRequestDone: 'backup:request-done',
} as const

export type Channel = (typeof Channels)[keyof typeof Channels]

/** The one-way event channels; every other channel is invoke/handle. */
export type EventChannel = typeof Channels.backupRequested | typeof Channels.backupRequestDone

export type InvokeChannel = Exclude<Channel, EventChannel>
