import { z } from 'zod'
import {
  AutomaticBackupPayload,
  BackupReadPayload,
  BackupSettingsChangePayload,
  MAX_BACKUP_BYTES,
  type BackupFileInfo,
  type BackupSettings,
} from './backup-schemas'
import { Channels, type InvokeChannel } from './channels'
import type { AppInfo, NotificationRequest, SaveFileOutcome, SaveFileRequest } from './desktop-api'

/**
 * Payload schemas for every IPC channel, and the value each channel answers with.
 *
 * The main process parses every payload with these before acting: the renderer is untrusted, so
 * the limits below are the real ones. The preload only uses the types (`IpcPayload`), which keeps
 * zod out of the sandboxed preload while the compiler still ties both sides to one definition.
 * `satisfies z.ZodType<…>` pins each schema to the `DesktopApi` type it carries.
 */

/** A full backup export must fit (the same 100 MiB as automatic backups); more is a runaway payload. */
export const MAX_SAVE_FILE_CHARS = MAX_BACKUP_BYTES
export const MAX_URL_LENGTH = 2048
export const MAX_FILE_NAME_LENGTH = 255

const fileName = z.string().trim().min(1, 'a file name is required').max(MAX_FILE_NAME_LENGTH)

export const AppInfoPayload = z.undefined()

export const OpenExternalPayload = z.object({ url: z.string().min(1).max(MAX_URL_LENGTH) })

export const SaveFilePayload = z.object({
  suggestedName: fileName,
  content: z.string().max(MAX_SAVE_FILE_CHARS, 'the file is too large to save'),
  mimeType: z.string().max(127),
}) satisfies z.ZodType<SaveFileRequest>

export const NotifyPayload = z.object({
  title: z.string().trim().min(1, 'a title is required').max(200),
  body: z.string().max(2000),
}) satisfies z.ZodType<NotificationRequest>

export const PrintToPdfPayload = z.object({ suggestedName: fileName })

/** One schema per channel; `handle()` in the main process only accepts the schema of its channel. */
export const IpcSchemas = {
  [Channels.appInfo]: AppInfoPayload,
  [Channels.openExternal]: OpenExternalPayload,
  [Channels.saveFile]: SaveFilePayload,
  [Channels.notify]: NotifyPayload,
  [Channels.printToPdf]: PrintToPdfPayload,
  [Channels.backupChooseFolder]: z.undefined(),
  [Channels.backupGetSettings]: z.undefined(),
  [Channels.backupSetSettings]: BackupSettingsChangePayload,
  [Channels.backupWrite]: AutomaticBackupPayload,
  [Channels.backupList]: z.undefined(),
  [Channels.backupRead]: BackupReadPayload,
} as const satisfies Record<InvokeChannel, z.ZodType>

export type IpcSchemas = typeof IpcSchemas

/** What the preload sends on a channel. */
export type IpcPayload<C extends InvokeChannel> = z.input<IpcSchemas[C]>

/** The `value` of a successful `Result` on each channel. */
export interface IpcResults {
  [Channels.appInfo]: AppInfo
  [Channels.openExternal]: void
  [Channels.saveFile]: SaveFileOutcome
  [Channels.notify]: void
  [Channels.printToPdf]: SaveFileOutcome
  [Channels.backupChooseFolder]: BackupSettings | null
  [Channels.backupGetSettings]: BackupSettings
  [Channels.backupSetSettings]: BackupSettings
  [Channels.backupWrite]: BackupFileInfo
  [Channels.backupList]: BackupFileInfo[]
  [Channels.backupRead]: string
}
