import Dexie, { RangeSet, type Transaction } from 'dexie'
import {
  db,
  derivedStoreNames,
  derivedWrites,
  readRows,
  recordsFor,
  storedTableOf,
  tableNames,
  type TableName,
} from '../../db/database'
import { packingOf } from '../../db/packed'
import { resetDerivedCaches } from '../../db/derived'
import { loadShippedCatalog, mergeCatalog } from '../catalog'
import type { StudySessionRecord } from '../../db/records'
import {
  assembleBackup,
  tablePiece,
  backupBlob,
  backupFileName,
  backupText,
  serializedSize,
  type SerializedBackup,
} from './format/format'
import {
  checkBackup,
  MAX_BACKUP_BYTES,
  megabytes,
  type BackupCheck,
  type ValidBackup,
} from './format/validate'

export type RestoreMode = 'replace' | 'merge'

export interface ExportProgress {
  table: TableName
  done: number
  total: number
}

export type TableCounts = Record<TableName, number>

/** Every object store, for a transaction over all the data. */
function tables() {
  return tableNames.map((name) => db.table(storedTableOf(name)))
}

/** Rows per logical table (a packed table's through the index that has a key per row). */
export async function countRecords(): Promise<TableCounts> {
  const counts = await db.transaction('r', tables(), () =>
    Promise.all(
      tableNames.map((name) => {
        const packing = packingOf(name)
        return packing
          ? db.table(packing.stored).orderBy(packing.rowIds).count()
          : db.table(name).count()
      }),
    ),
  )
  return Object.fromEntries(tableNames.map((name, index) => [name, counts[index]])) as TableCounts
}

export interface BackupExport {
  text: string
  fileName: string
  counts: TableCounts
}

export interface BackupFileExport {
  file: Blob
  fileName: string
  counts: TableCounts
}

/**
 * Reads every table in one transaction (a consistent snapshot) and serializes it. All reads are
 * asked for at once and each table is stringified and UTF-8 encoded as soon as it arrives, so
 * that work overlaps IndexedDB reading the next tables.
 */
async function buildBackup(
  onProgress: ((progress: ExportProgress) => void) | undefined,
  now: Date,
): Promise<{ backup: SerializedBackup; counts: TableCounts }> {
  const counts = {} as TableCounts
  let done = 0
  onProgress?.({ table: tableNames[0]!, done, total: tableNames.length })
  const pieces = await db.transaction('r', tables(), () =>
    Promise.all(
      tableNames.map((name, index) =>
        readRows(name).then((rows) => {
          counts[name] = rows.length
          done += 1
          onProgress?.({ table: name, done, total: tableNames.length })
          return tablePiece(name, JSON.stringify(rows), index)
        }),
      ),
    ),
  )
  const backup = await assembleBackup(pieces, now)
  const bytes = serializedSize(backup)
  if (bytes > MAX_BACKUP_BYTES) throw new BackupTooLargeError(bytes)
  return { backup, counts }
}

/**
 * The one size rule, said before anything is written: a backup the restore would refuse is
 * never written, by Export or by an automatic backup.
 */
export class BackupTooLargeError extends Error {
  override name = 'BackupTooLargeError'
  constructor(bytes: number) {
    super(
      `Your data needs ${megabytes(bytes)} MB, more than the ${megabytes(MAX_BACKUP_BYTES)} MB a backup may hold, so no backup was written. Nothing was changed. Export notes as Markdown or CSV from the sections below, or delete what you no longer need, then try again.`,
    )
  }
}

/** The backup as text: what automatic backups hand to the desktop. */
export async function exportBackup(
  onProgress?: (progress: ExportProgress) => void,
  now = new Date(),
): Promise<BackupExport> {
  const { backup, counts } = await buildBackup(onProgress, now)
  return { text: backupText(backup), fileName: backupFileName(now), counts }
}

/** The backup as a Blob of the bytes already encoded for the checksum: what Export backup saves. */
export async function exportBackupFile(
  onProgress?: (progress: ExportProgress) => void,
  now = new Date(),
): Promise<BackupFileExport> {
  const { backup, counts } = await buildBackup(onProgress, now)
  return { file: backupBlob(backup), fileName: backupFileName(now), counts }
}

export function catalogResourceIds(): Set<string> {
  return new Set(loadShippedCatalog().resources.map((entry) => entry.id))
}

export function readBackupText(text: string): Promise<BackupCheck> {
  return checkBackup(text, catalogResourceIds())
}

export class StorageFullError extends Error {
  override name = 'StorageFullError'
}

/** Dexie wraps the browser's error; either may carry the name. */
export function isQuotaError(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name
    if (name === 'QuotaExceededError') return true
    current = (current as { inner?: unknown }).inner
  }
  return false
}

/**
 * What `resourcesInUse` would read from the database if it held exactly these rows: the
 * `resourceId` index keys of the usage tables (an index holds only valid keys: strings and
 * numbers here, as the record schemas allow) and the primary keys of `resourceProgress`.
 */
export function resourcesInUseByRows(rows: ValidBackup['tables']): Set<string> {
  const inUse = new Set<string>()
  const add = (key: unknown) => {
    if (typeof key === 'string' || (typeof key === 'number' && !Number.isNaN(key))) {
      inUse.add(String(key))
    }
  }
  for (const table of resourceUsageTables) for (const row of rows[table]) add(row.resourceId)
  for (const row of rows.resourceProgress) add(row.resourceId)
  return inUse
}

const resourceUsageTables = [
  'planItems',
  'sessions',
  'notes',
  'quotes',
  'indexEntries',
  'expenses',
] as const satisfies readonly TableName[]

/**
 * Writes a table's records (a packed table packed first) straight to IndexedDB inside the Dexie
 * transaction: one request per record and no per-request handlers (Dexie's bulkPut adds promise
 * and hook bookkeeping to each of ~8,000 records). A failing request is not handled, so it aborts
 * the whole transaction, and Dexie rejects.
 */
/** Returns how many records it put. */
function putRows(
  transaction: Transaction,
  name: TableName,
  rows: readonly unknown[],
  progress: RowProgress,
): number {
  const store = transaction.idbtrans.objectStore(storedTableOf(name))
  const records = recordsFor(name, rows)
  putDerived(transaction, name, records)
  const start = progress.queued
  records.forEach((record, index) => {
    const request = store.put(record)
    // Progress counts rows: a packed record moves it on by the rows it holds (spread evenly).
    const before = start + Math.round((index * rows.length) / records.length)
    const after = start + Math.round(((index + 1) * rows.length) / records.length)
    const step = Math.floor(after / PROGRESS_STEP)
    // A handler only where the count passes a PROGRESS_STEP: progress costs nothing per row.
    if (after === progress.total) {
      request.onsuccess = () => progress.report?.({ written: after, total: progress.total })
    } else if (step !== Math.floor(before / PROGRESS_STEP)) {
      const written = step * PROGRESS_STEP
      request.onsuccess = () => progress.report?.({ written, total: progress.total })
    }
  })
  progress.queued += rows.length
  return records.length
}

/**
 * Replace empties every object store with the store's own `clear`, queued in the transaction
 * without waiting for it: IndexedDB runs a transaction's requests in the order they were made,
 * so the puts that follow still land in empty stores, while the browser clears the old records
 * as this tab packs and queues the new ones (waiting for the clears first kept the page idle
 * for seconds on the heavy dataset). A failing clear aborts the transaction like a failing put.
 */
function clearAll(transaction: Transaction): void {
  for (const name of tableNames) transaction.idbtrans.objectStore(storedTableOf(name)).clear()
  for (const name of derivedStoreNames) transaction.idbtrans.objectStore(name).clear()
}

/**
 * The derived records of records put directly (past the middleware that keeps them on every
 * Dexie write, db/derived-stores.ts): put where a record derives one, deleted where it derives
 * none (a merge may replace a tagged note with an untagged one). Queued like the records,
 * unhandled likewise.
 */
function putDerived(transaction: Transaction, name: TableName, records: readonly unknown[]) {
  for (const { store, puts, deletes } of derivedWrites(name, records)) {
    const target = transaction.idbtrans.objectStore(store)
    for (const id of deletes) target.delete(id as IDBValidKey)
    for (const record of puts) target.put(record)
  }
}

/**
 * A merge into a packed table: the rows already stored and the backup's, by id (the backup's
 * win), are written back packed. Rows are what a merge compares; records would not match up.
 */
async function mergedRows(name: TableName, rows: readonly unknown[]): Promise<unknown[]> {
  const byId = new Map<unknown, unknown>()
  for (const row of await readRows(name)) byId.set((row as { id: unknown }).id, row)
  for (const row of rows) {
    const id = (row as { id: unknown }).id
    byId.delete(id)
    byId.set(id, row)
  }
  await db.table(storedTableOf(name)).clear()
  return [...byId.values()]
}

const PROGRESS_STEP = 500

export interface RestoreProgress {
  written: number
  total: number
}

interface RowProgress {
  queued: number
  total: number
  report?: (progress: RestoreProgress) => void
}

/**
 * The native writes bypass Dexie's change tracking, so once they are committed every table is
 * announced as changed: to this tab's caches (the change feed) and, through Dexie's broadcast,
 * to other open tabs and windows.
 */
function announceAllTablesChanged(): void {
  const parts: Record<string, RangeSet> = {}
  for (const name of tableNames) {
    // Stryker disable next-line UnaryOperator,ArrayDeclaration: equivalent: every primary key is a text, above every number and below every array in IndexedDB's order
    parts[`idb://${db.name}/${storedTableOf(name)}/`] = new RangeSet(-Infinity, [[[]]])
  }
  Dexie.on('storagemutated').fire(parts)
}

/**
 * Writes a checked backup in ONE transaction over every table: replace clears them first, merge
 * puts by primary key (a record in both is taken from the backup; nothing is duplicated). The
 * shipped catalog is merged again inside the same transaction so catalog entries stay current,
 * and the derived caches are reset there too (`resetDerivedCaches`).
 * Any failure aborts the whole transaction: the database is left exactly as it was.
 */
export async function applyBackup(
  backup: ValidBackup,
  mode: RestoreMode,
  onProgress?: (progress: RestoreProgress) => void,
): Promise<void> {
  const catalog = loadShippedCatalog()
  try {
    await db.transaction('rw', tables(), async (transaction) => {
      if (mode === 'replace') clearAll(transaction)
      const rows = { ...backup.tables } as Record<TableName, readonly unknown[]>
      if (mode === 'merge') {
        for (const name of tableNames) {
          if (packingOf(name)) rows[name] = await mergedRows(name, backup.tables[name])
        }
      }
      const total = tableNames.reduce((sum, name) => sum + rows[name].length, 0)
      const progress: RowProgress = { queued: 0, total, report: onProgress }
      const records = {} as Record<TableName, number>
      for (const name of tableNames) {
        records[name] = putRows(transaction, name, rows[name], progress)
      }
      // After a replace the usage tables hold exactly the backup's rows, so the resources in
      // use are read from them rather than scanned back out of the indexes (one round trip to
      // IndexedDB per distinct key). A merge keeps older rows too: it scans.
      await mergeCatalog(
        catalog,
        undefined,
        mode === 'replace' ? resourcesInUseByRows(backup.tables) : undefined,
      )
      // After a replace the sessions are exactly the backup's rows: the study days are written
      // from them (they passed the sessions' record schema: date, minutes, resourceId).
      const sessions = backup.tables.sessions as unknown as StudySessionRecord[]
      await resetDerivedCaches({
        catalog,
        sessions: mode === 'replace' ? { rows: sessions, dayRecords: records.sessions } : undefined,
      })
    })
  } catch (error) {
    if (isQuotaError(error)) {
      throw new StorageFullError(
        'The disk or the browser’s storage for Bastion is full, so the restore was not applied. Nothing was lost: your data is exactly as it was. Free some space, then try again.',
      )
    }
    throw error
  }
  announceAllTablesChanged()
}

/** Check, then apply: what the fuzz tests and the round trip drive. */
export async function restoreBackupText(text: string, mode: RestoreMode): Promise<BackupCheck> {
  const check = await readBackupText(text)
  if (check.ok) await applyBackup(check.backup, mode)
  return check
}
