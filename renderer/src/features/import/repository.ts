import { db, newId, type TableName } from '../../db/database'
import { STUDY_DAYS_KEY } from '../../db/derived'
import type { ImportRecord, ImportReportRow, ImportedRowRef } from '../../db/records'
import type {
  ImportFormat,
  ImportLookup,
  ImportOptions,
  ParsedRow,
  PlannedRow,
  RowFate,
} from './formats/types'
import { deleteRows, fingerprintOf, putRows, RowIndex, type Row } from './row-store'
import { resourceStillUsed } from './usage-repository'

/** Reads each table once; inside a transaction when `inside` is given, else each in its own. */
function lookupOf(inside: boolean): ImportLookup {
  const index = new RowIndex()
  return {
    rows<Row>(table: TableName) {
      const read = inside
        ? index.all(table)
        : db.transaction('r', db.tables, () => index.all(table))
      return read as Promise<readonly Row[]>
    },
  }
}

/** The fates of a file's rows, worked out against the store as it is now. */
export async function planImport(
  format: ImportFormat,
  rows: readonly ParsedRow[],
  options: ImportOptions,
): Promise<RowFate[]> {
  const fates = await format.plan(rows, lookupOf(false), options)
  return rows.map((row, i) =>
    row.error !== undefined
      ? { status: 'error', detail: row.error }
      : (fates[i] ?? { status: 'error', detail: 'This entry was not planned.' }),
  )
}

/** A planned row and whether the user kept it ticked. */
export interface ReviewedRow extends PlannedRow {
  ticked: boolean
}

/** Which fates can be imported (and so ticked). */
export function isImportable(fate: RowFate): boolean {
  return fate.status === 'new' || fate.status === 'update'
}

function reportRowOf(row: ReviewedRow): ImportReportRow {
  const unticked = isImportable(row.fate) && !row.ticked
  return {
    line: row.line,
    kind: row.kind,
    label: row.label,
    status: unticked ? 'unticked' : row.fate.status,
    detail: unticked ? 'Left out: unticked in the preview' : (row.fate.detail ?? ''),
  }
}

export interface ImportRequest {
  format: ImportFormat
  fileName: string
  options: ImportOptions
  rows: readonly ReviewedRow[]
  now?: number
}

/**
 * Writes the ticked rows in ONE transaction over every table, with the import's record (its
 * report, and a fingerprint of every row it added or changed, for Undo). Any failure aborts it
 * all: the database is left as it was.
 */
export async function runImport(request: ImportRequest): Promise<ImportRecord> {
  const now = request.now ?? Date.now()
  const id = newId()
  const selected = request.rows.filter((row) => row.ticked && isImportable(row.fate))
  return db.transaction('rw', db.tables, async () => {
    const refs = selected.length
      ? await request.format.apply(
          selected,
          {
            importId: id,
            now,
            lookup: lookupOf(true),
            put: (table, rows) => putRows(table, rows as Row[]),
          },
          request.options,
        )
      : []
    const index = new RowIndex()
    const added: ImportedRowRef[] = []
    for (const ref of refs) {
      const row = await index.get(ref.table, ref.id)
      added.push({ ...ref, fingerprint: fingerprintOf(row) })
    }
    if (refs.some((ref) => ref.table === 'sessions')) await db.meta.delete(STUDY_DAYS_KEY)
    const record: ImportRecord = {
      id,
      at: now,
      formatId: request.format.parser.id,
      formatLabel: request.format.parser.label,
      fileName: request.fileName,
      rows: request.rows.map(reportRowOf),
      added,
    }
    await db.imports.add(record)
    return record
  })
}

export async function listImports(): Promise<ImportRecord[]> {
  return db.imports.orderBy('at').reverse().toArray()
}

export interface UndoOutcome {
  removed: number
  restored: number
  /** What stayed because it changed since the import (or is now used by something else). */
  kept: string[]
}

/**
 * Removes what an import added and puts back what it changed, in one transaction; a row the user
 * changed since (its fingerprint differs) stays, and is named. Resources go last, and one stays
 * while anything left (the user's own quote, session, plan item…) still refers to it.
 */
export async function undoImport(importId: string, now = Date.now()): Promise<UndoOutcome> {
  return db.transaction('rw', db.tables, async () => {
    const record = await db.imports.get(importId)
    if (!record) throw new Error('This import is no longer in the history.')
    if (record.undoneAt) throw new Error('This import was already undone.')
    const outcome: UndoOutcome = { removed: 0, restored: 0, kept: [] }
    const index = new RowIndex()
    const removals = new Map<TableName, string[]>()
    const restores = new Map<TableName, Row[]>()
    const resources: ImportedRowRef[] = []
    for (const ref of record.added) {
      const table = ref.table as TableName
      const current = await index.get(table, ref.id)
      if (current === undefined) continue
      if (fingerprintOf(current) !== ref.fingerprint) {
        outcome.kept.push(`${ref.label} (changed since the import)`)
      } else if (table === 'resources' && ref.before === undefined) {
        resources.push(ref)
      } else if (ref.before === undefined) {
        removals.set(table, [...(removals.get(table) ?? []), ref.id])
      } else {
        restores.set(table, [...(restores.get(table) ?? []), ref.before as Row])
      }
    }
    for (const [table, ids] of removals) {
      await deleteRows(table, ids)
      outcome.removed += ids.length
    }
    for (const [table, rows] of restores) {
      await putRows(table, rows)
      outcome.restored += rows.length
    }
    for (const ref of resources) {
      if (await resourceStillUsed(ref.id)) {
        outcome.kept.push(`${ref.label} (still used by something you added)`)
        continue
      }
      await db.resources.delete(ref.id)
      outcome.removed += 1
    }
    if (removals.has('sessions') || restores.has('sessions')) await db.meta.delete(STUDY_DAYS_KEY)
    await db.imports.put({ ...record, undoneAt: now, keptOnUndo: outcome.kept })
    return outcome
  })
}
