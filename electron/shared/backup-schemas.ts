import { z } from 'zod'

/**
 * Automatic backups: file names, the values crossing IPC, and the payload schema of each backup
 * channel. The main process parses every payload with these (the renderer is untrusted); the
 * preload only uses the types. No electron or node imports: both sides use this file.
 */

/**
 * 200 MB (2 × 10^8 bytes) of JSON. Years of heavy use are a few tens of MB; ten times the heavy
 * dataset (100,000 sessions, 30,000 notes: the bench's large set) is about 106 MB, which the
 * first limit of 100 MB refused. The one size rule: export and automatic backups refuse to write
 * more, and the restore refuses more, so every backup the app writes, the app restores.
 */
export const MAX_BACKUP_BYTES = 200_000_000
/** Rotation keeps at least three, so one bad day can never take every copy with it. */
export const MIN_BACKUPS_KEPT = 3
export const MAX_BACKUPS_KEPT = 365
export const DEFAULT_BACKUPS_KEPT = 14

/** A manual export's name, `bastion-backup-YYYY-MM-DD-HHmmss.json` (local time). */
export const BACKUP_FILE_PATTERN = /^bastion-backup-\d{4}-\d{2}-\d{2}-\d{6}\.json$/

/**
 * An automatic backup's own name, `bastion-auto-backup-YYYY-MM-DD-HHmmss-SSS.json` (local time,
 * milliseconds; `-2`, `-3`… when that name is taken). A prefix of its own: rotation can never
 * mistake a manual export for one of its files.
 */
export const AUTOMATIC_BACKUP_PATTERN =
  /^bastion-auto-backup-\d{4}-\d{2}-\d{2}-\d{6}-\d{3}(-\d{1,2})?\.json$/

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0')
}

function localDay(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`
}

function localTime(at: Date): string {
  return `${pad(at.getHours())}${pad(at.getMinutes())}${pad(at.getSeconds())}`
}

export function backupFileName(at: Date): string {
  return `bastion-backup-${localDay(at)}-${localTime(at)}.json`
}

export function automaticBackupFileName(at: Date, attempt = 1): string {
  const suffix = attempt > 1 ? `-${attempt}` : ''
  return `bastion-auto-backup-${localDay(at)}-${localTime(at)}-${pad(at.getMilliseconds(), 3)}${suffix}.json`
}

/** True when `name` is an automatic backup made on `at`'s local day. */
export function isAutomaticBackupOfDay(name: string, at: Date): boolean {
  return (
    AUTOMATIC_BACKUP_PATTERN.test(name) && name.startsWith(`bastion-auto-backup-${localDay(at)}-`)
  )
}

export const BackupFileName = z
  .string()
  .max(100)
  .regex(AUTOMATIC_BACKUP_PATTERN, 'must be the name of a Bastion backup in the backups folder')

export const BackupsKept = z
  .number()
  .int('must be a whole number')
  .min(MIN_BACKUPS_KEPT, `keep at least ${MIN_BACKUPS_KEPT}`)
  .max(MAX_BACKUPS_KEPT, `keep at most ${MAX_BACKUPS_KEPT}`)

/** What the main process stores (e.g. `backup-settings.json` in userData). */
export const StoredBackupSettings = z.object({
  /** Null: the default folder inside the app's data. */
  folder: z.string().min(1).max(4096).nullable(),
  // Older versions allowed keeping 1 or 2: such a setting now means the minimum, not the default.
  keep: z.preprocess(
    (keep) =>
      typeof keep === 'number' && keep >= 1 && keep < MIN_BACKUPS_KEPT ? MIN_BACKUPS_KEPT : keep,
    BackupsKept,
  ),
})
export type StoredBackupSettings = z.infer<typeof StoredBackupSettings>

export interface BackupSettings {
  /** The folder in use (the default one when none was picked). */
  folder: string
  isDefaultFolder: boolean
  keep: number
}

export interface BackupFileInfo {
  name: string
  sizeBytes: number
  /** Epoch ms. */
  modifiedAt: number
}

export const AutomaticBackupReason = z.enum(['daily', 'quit', 'manual'])
export type AutomaticBackupReason = z.infer<typeof AutomaticBackupReason>

export const AutomaticBackupPayload = z.object({
  json: z.string().min(2).max(MAX_BACKUP_BYTES, 'the backup is too large to write'),
  reason: AutomaticBackupReason,
})
export type AutomaticBackupRequest = z.infer<typeof AutomaticBackupPayload>

/** The renderer may change how many are kept or go back to the default folder; a folder path is only ever chosen in main's dialog. */
export const BackupSettingsChangePayload = z
  .object({ keep: BackupsKept.optional(), useDefaultFolder: z.literal(true).optional() })
  .strict()
export type BackupSettingsChange = z.infer<typeof BackupSettingsChangePayload>

export const BackupReadPayload = z.object({ name: BackupFileName })

/** main → renderer on `backup:requested`. */
export const BackupRequestedEvent = z.object({ requestId: z.string().min(1).max(100) })

/** renderer → main on `backup:request-done`. */
export const BackupRequestDonePayload = z.object({
  requestId: z.string().min(1).max(100),
  ok: z.boolean(),
  error: z.string().max(2000).optional(),
})
