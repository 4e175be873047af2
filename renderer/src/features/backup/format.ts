import { CURRENT_SCHEMA_VERSION } from '../../db/database'

/**
 * The backup file: one JSON document holding every table. `checksum` is the SHA-256 (hex) of the
 * canonical JSON of `tables` (object keys sorted), so a file edited by hand or cut short is
 * caught before anything is written.
 */
export const BACKUP_FORMAT = 'bastion-backup'
export const BACKUP_FORMAT_VERSION = 1

export type BackupTables = Record<string, unknown[]>

export interface BackupHeader {
  format: typeof BACKUP_FORMAT
  formatVersion: number
  appVersion: string
  schemaVersion: number
  /** ISO 8601 instant. */
  exportedAt: string
  checksum: string
}

export interface BackupFile extends BackupHeader {
  tables: BackupTables
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false
  const proto = Object.getPrototypeOf(value) as unknown
  return proto === Object.prototype || proto === null
}

/** JSON with every object's keys sorted: the same data always gives the same text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, current: unknown) => {
    if (!isPlainObject(current)) return current
    const sorted: Record<string, unknown> = {}
    for (const key of Object.keys(current).sort()) sorted[key] = current[key]
    return sorted
  })
}

export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text))
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/**
 * Builds the backup text. Rows keep their own key order in the file (the catalog merge compares
 * records as JSON text, so a reordered record would look changed); the checksum covers the
 * canonical form, so it does not depend on that order.
 */
export async function serializeBackup(
  tables: BackupTables,
  exportedAt: Date,
  appVersion: string = __APP_VERSION__,
): Promise<{ text: string; checksum: string }> {
  const checksum = await sha256Hex(canonicalJson(tables))
  const file: BackupFile = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    checksum,
    tables,
  }
  return { text: JSON.stringify(file), checksum }
}

export { backupFileName } from '../../../../electron/shared/backup-schemas'
