import { CURRENT_SCHEMA_VERSION } from '../../../db/database'

/**
 * The backup file: one JSON document holding every table, `tables` last. `checksum` is the
 * SHA-256 (hex) of the `tables` member, so a file edited by hand or cut short is caught before
 * anything is written:
 * - format 2 (written now): of the UTF-8 bytes of `JSON.stringify(tables)`, which is exactly the
 *   text of that member in the file. The exporter hashes the bytes it writes (no second
 *   serialization), and a reader recomputes it from the parsed tables: `JSON.stringify` of what
 *   `JSON.parse` read from `JSON.stringify` output gives the same text back (same key order,
 *   same shortest number form, same escapes).
 * - format 1 (still read): of the canonical JSON (object keys sorted), see `canonicalJson`.
 */
export const BACKUP_FORMAT = 'bastion-backup'
export const BACKUP_FORMAT_VERSION = 2

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

export async function sha256Hex(data: string | Uint8Array<ArrayBuffer>): Promise<string> {
  const bytes = typeof data === 'string' ? new TextEncoder().encode(data) : data
  const digest = await crypto.subtle.digest('SHA-256', bytes)
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** The checksum a backup of this format version carries for these tables. */
export function backupChecksum(tables: BackupTables, formatVersion: number): Promise<string> {
  return sha256Hex(formatVersion === 1 ? canonicalJson(tables) : JSON.stringify(tables))
}

/**
 * A serialized backup: the file is `head`, then the tables' JSON (`JSON.stringify(tables)`, the
 * checksummed part) held as UTF-8 pieces, then `tail`.
 */
export interface SerializedBackup {
  head: string
  /** The pieces of `JSON.stringify(tables)`, each encoded once: hashed, and put in the Blob. */
  tablesPieces: Uint8Array<ArrayBuffer>[]
  tail: string
  checksum: string
}

function header(checksum: string, exportedAt: Date, appVersion: string): BackupHeader {
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    appVersion,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    exportedAt: exportedAt.toISOString(),
    checksum,
  }
}

const encoder = new TextEncoder()

/**
 * One table's piece of the tables' JSON, encoded: the pieces in order are byte for byte
 * `JSON.stringify(tables)` once `closeTables` is appended. Built one table at a time, so the
 * exporter encodes each table as soon as IndexedDB hands it over, while the next is still read.
 */
export function tablePiece(name: string, rowsJson: string, index: number): Uint8Array<ArrayBuffer> {
  return encoder.encode(`${index === 0 ? '{' : ','}${JSON.stringify(name)}:${rowsJson}`)
}

function closeTables(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  return encoder.encode(pieces.length === 0 ? '{}' : '}')
}

/** The file from its table pieces (see `tablePiece`): the checksum, then the header. */
export async function assembleBackup(
  pieces: readonly Uint8Array<ArrayBuffer>[],
  exportedAt: Date,
  appVersion: string = __APP_VERSION__,
): Promise<SerializedBackup> {
  const tablesPieces = [...pieces, closeTables(pieces)]
  const checksum = await sha256Hex(concatBytes(tablesPieces))
  const headJson = JSON.stringify(header(checksum, exportedAt, appVersion))
  return { head: `${headJson.slice(0, -1)},"tables":`, tablesPieces, tail: '}', checksum }
}

function concatBytes(pieces: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const all = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.length, 0))
  let offset = 0
  for (const piece of pieces) {
    all.set(piece, offset)
    offset += piece.length
  }
  return all
}

/** The file's size in bytes (UTF-8). */
export function serializedSize(backup: SerializedBackup): number {
  const pieces = backup.tablesPieces.reduce((sum, piece) => sum + piece.length, 0)
  return encoder.encode(backup.head).length + pieces + encoder.encode(backup.tail).length
}

export function backupText(backup: SerializedBackup): string {
  const decoder = new TextDecoder()
  return (
    backup.head + backup.tablesPieces.map((piece) => decoder.decode(piece)).join('') + backup.tail
  )
}

/** The file as a Blob, built from the bytes already encoded for the checksum. */
export function backupBlob(backup: SerializedBackup): Blob {
  return new Blob([backup.head, ...backup.tablesPieces, backup.tail], { type: 'application/json' })
}

/**
 * Builds the backup text. Rows keep their own key order in the file (the catalog merge compares
 * records as JSON text, so a reordered record would look changed).
 */
export async function serializeBackup(
  tables: BackupTables,
  exportedAt: Date,
  appVersion: string = __APP_VERSION__,
): Promise<{ text: string; checksum: string }> {
  const backup = await assembleBackup(
    Object.entries(tables).map(([name, rows], index) =>
      tablePiece(name, JSON.stringify(rows), index),
    ),
    exportedAt,
    appVersion,
  )
  return { text: backupText(backup), checksum: backup.checksum }
}

export { backupFileName } from '../../../../../electron/shared/backup-schemas'
