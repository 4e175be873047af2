/** IPC channel names, `domain:action`. Shared by the preload and the main-process handlers. */
export const Channels = {
  appInfo: 'app:info',
  openExternal: 'shell:open-external',
  saveFile: 'file:save',
  notify: 'notify:show',
  printToPdf: 'print:to-pdf',
} as const

export type Channel = (typeof Channels)[keyof typeof Channels]

/**
 * Automatic backups (desktop). Kept apart from `Channels` so the existing channel map stays as
 * it is; the payload schemas are in backup-schemas.ts (`BackupIpcSchemas`).
 * `backupRequested` goes main → renderer (an event); `backupRequestDone` is the renderer's
 * one-way answer (`ipcRenderer.send`); the others are invoke/handle calls.
 */
export const BackupChannels = {
  chooseFolder: 'backup:choose-folder',
  getSettings: 'backup:get-settings',
  setSettings: 'backup:set-settings',
  write: 'backup:write',
  list: 'backup:list',
  read: 'backup:read',
  requested: 'backup:requested',
  requestDone: 'backup:request-done',
} as const

export type BackupChannel = (typeof BackupChannels)[keyof typeof BackupChannels]
