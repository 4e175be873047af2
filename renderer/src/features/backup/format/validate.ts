import type { z } from 'zod'
import { CURRENT_SCHEMA_VERSION, rowStores, tableNames, type TableName } from '../../../db/database'
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupChecksum,
  type BackupFile,
  type BackupHeader,
  type BackupTables,
} from './format'
import { recordSchemas, references } from './record-schemas'
import { BackupUpgradeError, upgradeBackup } from './upgrade'

/** 100 MiB: years of heavy use are a few MB; anything far beyond is not a Bastion backup. */
export const MAX_BACKUP_CHARS = 100 * 1024 * 1024
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
  return (spec.split(',')[0] ?? '').trim().replace(/^(\+\+|&)/, '')
}

export function tooLargeMessage(size: number): string {
  const mb = Math.round(size / 1024 / 1024)
  return `The file is too large to be a Bastion backup (${mb} MB; the limit is 100 MB).`
}

function fail(...problems: BackupProblem[]): BackupCheck {
  return { ok: false, problems: problems.slice(0, MAX_PROBLEMS), total: problems.length }
}

function lineAndColumn(text: string, position: number): string {
  const before = text.slice(0, position)
  const line = before.split('\n').length
  const column = position - before.lastIndexOf('\n')
  return `line ${line}, column ${column}`
}

function parseJson(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown }
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error)
    const position = /position (\d+)/.exec(detail)
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : ''
    const cut = /end of (JSON|data) input|Unterminated/i.test(detail)
      ? ' The file looks cut short: it may not have finished saving.'
      : ''
    return { ok: false, message: `The file is not valid JSON${where} (${detail}).${cut}` }
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
}

function checkHeader(value: unknown): BackupProblem[] {
  if (!isRecord(value) || value.format !== BACKUP_FORMAT) {
    return [{ message: 'This is not a Bastion backup: it has no “format”: “bastion-backup”.' }]
  }
  const problems: BackupProblem[] = []
  const { formatVersion, schemaVersion, appVersion, exportedAt, checksum, tables } = value
  if (typeof formatVersion !== 'number' || !Number.isInteger(formatVersion) || formatVersion < 1) {
    problems.push({ field: 'formatVersion', message: 'must be a whole number from 1' })
  } else if (formatVersion > BACKUP_FORMAT_VERSION) {
    problems.push({
      field: 'formatVersion',
      message: `this backup uses a newer file format (${formatVersion}) than this Bastion reads (${BACKUP_FORMAT_VERSION}). Update Bastion, then restore it.`,
    })
  }
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
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
  return issue.path.length > 0 ? issue.path.map(String).join('.') : undefined
}

function checkRows(table: TableName, rows: unknown, problems: BackupProblem[]): Set<string> {
  const keys = new Set<string>()
  if (!Array.isArray(rows)) {
    problems.push({ table, message: 'must be a list of records' })
    return keys
  }
  const keyField = primaryKeyOf(table)
  const schema = recordSchemas[table]
  rows.forEach((row, index) => {
    if (problems.length > MAX_PROBLEMS * 5) return
    if (!isRecord(row)) {
      problems.push({ table, index, message: 'must be an object' })
      return
    }
    const key = row[keyField]
    const recordId = typeof key === 'string' ? key.slice(0, 80) : undefined
    if (typeof key !== 'string' || key.length === 0) {
      problems.push({ table, index, field: keyField, message: 'the key must be a non-empty text' })
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
    if (!schema) return
    const result = schema.safeParse(row)
    if (result.success) return
    for (const issue of result.error.issues.slice(0, 3)) {
      problems.push({ table, index, recordId, field: fieldOf(issue), message: issue.message })
    }
  })
  return keys
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
  if (text.length > MAX_BACKUP_CHARS) {
    const mb = (text.length / 1024 / 1024).toFixed(0)
    return fail({
      message: `The file is too large to be a Bastion backup (${mb} MB; the limit is 100 MB).`,
    })
  }
  if (text.trim() === '') return fail({ message: 'The file is empty.' })
  if (/"__proto__"\s*:/.test(text)) {
    return fail({
      message: 'The file contains a “__proto__” key, which a Bastion backup never has.',
    })
  }
  const parsed = parseJson(text)
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
    const rows = upgraded[table] ?? []
    keys.set(table, checkRows(table, rows, problems))
    tables[table] = Array.isArray(rows) ? (rows as Record<string, unknown>[]) : []
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
