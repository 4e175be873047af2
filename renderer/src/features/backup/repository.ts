import { db, tableNames, type TableName } from '../../db/database'
import { loadShippedCatalog, mergeCatalog } from '../catalog/repository'
import { STUDY_DAYS_KEY } from '../log/study-days'
import { backupFileName, serializeBackup, type BackupTables } from './format'
import { checkBackup, type BackupCheck, type ValidBackup } from './validate'

export type RestoreMode = 'replace' | 'merge'

export interface ExportProgress {
  table: TableName
  done: number
  total: number
}

export type TableCounts = Record<TableName, number>

function tables() {
  return tableNames.map((name) => db.table(name))
}

/** Every table, read in one transaction so the dump is a consistent snapshot. */
export async function dumpDatabase(
  onProgress?: (progress: ExportProgress) => void,
): Promise<Record<TableName, unknown[]>> {
  return db.transaction('r', tables(), async () => {
    const dump = {} as Record<TableName, unknown[]>
    let done = 0
    for (const name of tableNames) {
      onProgress?.({ table: name, done, total: tableNames.length })
      dump[name] = await db.table(name).toArray()
      done += 1
    }
    onProgress?.({ table: tableNames[tableNames.length - 1]!, done, total: tableNames.length })
    return dump
  })
}

export async function countRecords(): Promise<TableCounts> {
  const counts = await Promise.all(tableNames.map((name) => db.table(name).count()))
  return Object.fromEntries(tableNames.map((name, index) => [name, counts[index]])) as TableCounts
}

export interface BackupExport {
  text: string
  fileName: string
  counts: TableCounts
}

export async function exportBackup(
  onProgress?: (progress: ExportProgress) => void,
  now = new Date(),
): Promise<BackupExport> {
  const dump = await dumpDatabase(onProgress)
  const { text } = await serializeBackup(dump as BackupTables, now)
  const counts = Object.fromEntries(
    tableNames.map((name) => [name, dump[name].length]),
  ) as TableCounts
  return { text, fileName: backupFileName(now), counts }
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
 * Meta records that are caches derived from other tables: dropped by every restore so the
 * feature rebuilds them from the restored rows (a cache from the backup or from the database
 * could disagree with the merged rows while still passing its own staleness check).
 * Not listed: `catalogVersion` (rewritten by the catalog merge below) and
 * `exam.objectivesSeeded.*` (a record of the user's choice, not derived data).
 */
export const derivedMetaKeys: readonly string[] = [STUDY_DAYS_KEY]

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
 * Writes a checked backup in ONE transaction over every table: replace clears them first, merge
 * puts by primary key (a record in both is taken from the backup; nothing is duplicated). The
 * shipped catalog is merged again inside the same transaction so catalog entries stay current,
 * and derived caches (`derivedMetaKeys`) are dropped there too.
 * Any failure aborts the whole transaction: the database is left exactly as it was.
 */
export async function applyBackup(backup: ValidBackup, mode: RestoreMode): Promise<void> {
  const catalog = loadShippedCatalog()
  try {
    await db.transaction('rw', tables(), async () => {
      if (mode === 'replace') await Promise.all(tableNames.map((name) => db.table(name).clear()))
      await Promise.all(
        tableNames.map((name) => {
          const rows = backup.tables[name]
          return rows.length > 0 ? db.table(name).bulkPut(rows) : undefined
        }),
      )
      await db.meta.bulkDelete([...derivedMetaKeys])
      // After a replace the usage tables hold exactly the backup's rows, so the resources in
      // use are read from them rather than scanned back out of the indexes (one round trip to
      // IndexedDB per distinct key). A merge keeps older rows too: it scans.
      await mergeCatalog(
        catalog,
        undefined,
        mode === 'replace' ? resourcesInUseByRows(backup.tables) : undefined,
      )
    })
  } catch (error) {
    if (isQuotaError(error)) {
      throw new StorageFullError(
        'The disk or the browser’s storage for Bastion is full, so the restore was not applied. Nothing was lost: your data is exactly as it was. Free some space, then try again.',
      )
    }
    throw error
  }
}

/** Check, then apply: what the fuzz tests and the round trip drive. */
export async function restoreBackupText(text: string, mode: RestoreMode): Promise<BackupCheck> {
  const check = await readBackupText(text)
  if (check.ok) await applyBackup(check.backup, mode)
  return check
}
