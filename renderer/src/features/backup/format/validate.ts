import type { z } from 'zod'
import { MAX_BACKUP_BYTES } from '../../../../../electron/shared/backup-schemas'
import {
  CURRENT_SCHEMA_VERSION,
  derivedStoreNames,
  rowStores,
  schemaVersions,
  tableNames,
  type TableName,
} from '../../../db/database'
import { logicalTableOf } from '../../../db/packed'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  type BackupFile,
  type BackupHeader,
  type BackupTables,
} from './format'
import { isSafeKey, recordSchemas, references } from './record-schemas'
import { parseBackupJson } from './safe-json'
import { BackupUpgradeError, upgradeBackup } from './upgrade'

export { MAX_BACKUP_BYTES }
const MAX_PROBLEMS = 20

/** One thing wrong with a backup, located as precisely as the file allows. */
export interface BackupProblem {
  message: string
  table?: string
  /** Zero-based position of the record in its table. */
  index?: number
  recordId?: string
  field?: string
}

export interface ValidBackup {
  header: BackupHeader
  /** Rows per table, upgraded to the current schema; every table of the schema is present. */
  tables: Record<TableName, Record<string, unknown>[]>
  /** Data version the file was made at (older ones were upgraded). */
  fromSchemaVersion: number
}

export type BackupCheck =
  { ok: true; backup: ValidBackup } | { ok: false; problems: BackupProblem[]; total: number }

/** "Table sessions, record 13 (id "s1"), field minutes: must be a number". */
export function describeProblem(problem: BackupProblem): string {
  const where: string[] = []
  if (problem.table !== undefined) where.push(`Table “${problem.table}”`)
  if (problem.index !== undefined) {
    const id = problem.recordId !== undefined ? ` (id “${problem.recordId}”)` : ''
    where.push(`record ${problem.index + 1}${id}`)
  }
  if (problem.field) where.push(`field “${problem.field}”`)
  return where.length > 0 ? `${where.join(', ')}: ${problem.message}` : problem.message
}

/** The primary key field of a table, from its Dexie schema line (`'id, date'` → `id`). */
export function primaryKeyOf(table: TableName): string {
  const spec = rowStores[table]
  // Stryker disable next-line StringLiteral,MethodExpression,Regex: equivalent today: every primary key in rowStores is a bare name (no space, no ++ or & prefix)
  return (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')
}

/** Megabytes as people count them (10^6 bytes), rounded up so 100.2 MB never reads "100 MB". */
export function megabytes(bytes: number): number {
  return Math.ceil(bytes / 1_000_000)
}

export function tooLargeMessage(bytes: number): string {
  return `The file is too large to be a Bastion backup (${megabytes(bytes)} MB; the limit is ${megabytes(MAX_BACKUP_BYTES)} MB).`
}

/**
 * The logical tables a backup of this schema version holds (a packed store by its logical
 * table). Read from the Dexie schema history, so a table a later version adds is required from
 * that version on, with no list to keep in step here.
 */
export function tablesOfSchemaVersion(version: number): string[] {
  const stores = (schemaVersions as Record<number, Record<string, string | null> | undefined>)[
    version
  ]
  if (!stores) return []
  // A derived store (db/derived-stores.ts) is rebuilt from the others: no backup holds it.
  const names = Object.keys(stores)
    .filter((store) => !derivedStoreNames.includes(store))
    .map(logicalTableOf)
  return [...new Set(names)]
}

function fail(...problems: BackupProblem[]): BackupCheck {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: problems.length }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

/** A version number: 1, 2, 3… (never a text, a fraction or zero). */
function isWholeFrom1(value: unknown): value is number {
  return Number.isInteger(value) && (value as number) >= 1
}

function checkHeader(value: unknown): BackupProblem[] {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    return [{ message: 'This is not a Bastion backup: it has no “format”: “bastion-backup”.' }]
  }
  const problems: BackupProblem[] = []
  const { formatVersion, schemaVersion, appVersion, exportedAt, checksum, tables } = value
  if (!isWholeFrom1(formatVersion)) {
    problems.push({ field: 'formatVersion', message: 'must be a whole number from 1' })
  } else if (formatVersion > BACKUP_FORMAT_VERSION) {
    problems.push({
      field: 'formatVersion',
      message: `this backup uses a newer file format (${formatVersion}) than this Bastion reads (${BACKUP_FORMAT_VERSION}). Update Bastion, then restore it.`,
    })
  }
  if (!isWholeFrom1(schemaVersion)) {
    problems.push({ field: 'schemaVersion', message: 'must be a whole number from 1' })
  } else if (schemaVersion > CURRENT_SCHEMA_VERSION) {
    problems.push({
      field: 'schemaVersion',
      message: `this backup was made by a newer Bastion (data version ${schemaVersion}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Bastion, then restore it.`,
    })
  }
  if (typeof appVersion !== 'string' || appVersion.length > 100) {
    problems.push({ field: 'appVersion', message: 'must be a version text' })
  }
  if (typeof exportedAt !== 'string' || Number.isNaN(Date.parse(exportedAt))) {
    problems.push({ field: 'exportedAt', message: 'must be a date and time (ISO 8601)' })
  }
  if (typeof checksum !== 'string' || !/^[0-9a-f]{64}$/.test(checksum)) {
    problems.push({ field: 'checksum', message: 'must be a SHA-256 checksum (64 hex digits)' })
  }
  if (!isRecord(tables)) problems.push({ field: 'tables', message: 'must be an object of tables' })
  return problems
}

function fieldOf(issue: z.core.$ZodIssue): string | undefined {
  return issue.path.map(String).join('.') || undefined
}

/**
 * Checks a table's rows; returns their keys and the rows as the record schema parsed them
 * (unknown fields stripped): what is stored is the checked value, never the raw one.
 */
function checkRows(
  table: TableName,
  rows: unknown,
  problems: BackupProblem[],
): { keys: Set<string>; parsed: Record<string, unknown>[] } {
  const keys = new Set<string>()
  const parsed: Record<string, unknown>[] = []
  if (!Array.isArray(rows)) {
    problems.push({ table, message: 'must be a list of records' })
    // Stryker disable next-line ObjectLiteral: equivalent: with this problem recorded, the check fails before keys or rows are read
    return { keys, parsed }
  }
  const keyField = primaryKeyOf(table)
  const schema = recordSchemas[table]
  rows.forEach((row: unknown, index) => {
    if (problems.length > MAX_PROBLEMS * 5) return
    if (!isRecord(row)) {
      problems.push({ table, index, message: 'must be an object' })
      return
    }
    const key = row[keyField]
    const recordId = typeof key === 'string' ? key.slice(0, 80) : undefined
    if (typeof key !== 'string' || key.length === 0 || !isSafeKey(key)) {
      problems.push({
        table,
        index,
        field: keyField,
        message: 'the key must be a non-empty text that is not a reserved word',
      })
      return
    }
    if (keys.has(key)) {
      problems.push({
        table,
        index,
        recordId,
        field: keyField,
        message: 'appears twice in this table',
      })
    }
    keys.add(key)
    if (!schema) {
      parsed.push(row)
      return
    }
    const result = schema.safeParse(row)
    if (result.success) {
      parsed.push(result.data as Record<string, unknown>)
      return
    }
    for (const issue of result.error.issues.slice(0, 3)) {
      problems.push({ table, index, recordId, field: fieldOf(issue), message: issue.message })
    }
  })
  return { keys, parsed }
}

function checkReferences(
  tables: Record<TableName, Record<string, unknown>[]>,
  keys: Map<TableName, Set<string>>,
  catalogResourceIds: ReadonlySet<string>,
  problems: BackupProblem[],
): void {
  for (const { table, field, target } of references) {
    const targets = keys.get(target) ?? new Set<string>()
    const keyField = primaryKeyOf(table)
    tables[table].forEach((row, index) => {
      const value = row[field]
      if (value === undefined || value === null) return
      const found =
        typeof value === 'string' &&
        (targets.has(value) || (target === 'resources' && catalogResourceIds.has(value)))
      if (found) return
      problems.push({
        table,
        index,
        recordId: String(row[keyField]).slice(0, 80),
        field,
        message: `refers to ${target} “${String(value).slice(0, 80)}”, which is not in the backup`,
      })
    })
  }
}

/**
 * Reads and checks a backup completely (format, versions, checksum, every record's fields, and
 * references between tables) without touching the database. Never throws.
 */
export async function checkBackup(
  text: string,
  catalogResourceIds: ReadonlySet<string>,
): Promise<BackupCheck> {
  try {
    return await checkBackupUnsafe(text, catalogResourceIds)
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    return fail({ message: `The backup could not be read (${detail}).` })
  }
}

async function checkBackupUnsafe(
  text: string,
  catalogResourceIds: ReadonlySet<string>,
): Promise<BackupCheck> {
  // A text's UTF-8 size is at least its length: a file within the byte limit always passes.
  if (text.length > MAX_BACKUP_BYTES) return fail({ message: tooLargeMessage(text.length) })
  if (text.trim() === '') return fail({ message: 'The file is empty.' })
  const parsed = parseBackupJson(text)
  if (!parsed.ok) return fail({ message: parsed.message })
  const headerProblems = checkHeader(parsed.value)
  if (headerProblems.length > 0) return fail(...headerProblems)
  const file = parsed.value as BackupFile

  if ((await backupChecksum(file.tables, file.formatVersion)) !== file.checksum) {
    return fail({
      field: 'checksum',
      message:
        'does not match the data: the file was changed or damaged after it was saved. Use another backup.',
    })
  }
  const missing = missingTables(file)
  if (missing.length > 0) return fail(...missing)
  let upgraded: BackupTables
  try {
    upgraded = upgradeBackup(file.tables, file.schemaVersion)
  } catch (error) {
    if (error instanceof BackupUpgradeError)
      return fail({ field: 'schemaVersion', message: error.message })
    throw error
  }
  return checkTables(file, upgraded, catalogResourceIds)
}

/** Every table of the file's schema version must be there: an absent one is not an empty one. */
function missingTables(file: BackupFile): BackupProblem[] {
  return tablesOfSchemaVersion(file.schemaVersion)
    .filter((table) => !Object.hasOwn(file.tables, table))
    .map((table) => ({
      table,
      message: `is missing from the backup (a backup of data version ${file.schemaVersion} holds it, even when empty). Use another backup.`,
    }))
}

function checkTables(
  file: BackupFile,
  upgraded: BackupTables,
  catalogResourceIds: ReadonlySet<string>,
): BackupCheck {
  const problems: BackupProblem[] = []
  const known = new Set<string>(tableNames)
  for (const name of Object.keys(upgraded)) {
    if (!known.has(name)) {
      problems.push({ table: name.slice(0, 80), message: 'is not a table Bastion knows' })
    }
  }
  const keys = new Map<TableName, Set<string>>()
  const tables = {} as Record<TableName, Record<string, unknown>[]>
  for (const table of tableNames) {
    // Tables the file's version had are present (missingTables); a table added by a later
    // version, which the upgrade steps did not fill, starts empty.
    const checked = checkRows(table, upgraded[table] ?? [], problems)
    keys.set(table, checked.keys)
    tables[table] = checked.parsed
  }
  if (problems.length === 0) checkReferences(tables, keys, catalogResourceIds, problems)
  if (problems.length > 0) return fail(...problems)
  const { format, formatVersion, appVersion, schemaVersion, exportedAt, checksum } = file
  return {
    ok: true,
    backup: {
      header: { format, formatVersion, appVersion, schemaVersion, exportedAt, checksum },
      tables,
      fromSchemaVersion: schemaVersion,
    },
  }
}
