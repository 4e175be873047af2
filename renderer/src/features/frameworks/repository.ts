import type { Table } from 'dexie'
import { db, type TableName } from '../../db/database'
import { changeTagListsInRow, tagListsOfRow } from '../../db/owasp-ids'
import { rowTags } from '../../db/packed'
import { moveTags, movesFor, type EditionMove } from '../../domain/frameworks'

type Row = Record<string, unknown>

/**
 * Where tags are stored: a table of rows, or a packed store whose records hold a list of rows
 * (`field`) of a logical table.
 */
interface TagStore {
  store: 'resources' | 'notes' | 'practiceTests' | 'quoteBooks' | 'indexBooks' | 'reviewCardBooks'
  table: TableName
  field?: string
}

const tagStores: readonly TagStore[] = [
  { store: 'resources', table: 'resources' },
  { store: 'notes', table: 'notes' },
  { store: 'quoteBooks', table: 'quotes', field: 'quotes' },
  { store: 'indexBooks', table: 'indexEntries', field: 'entries' },
  { store: 'practiceTests', table: 'practiceTests' },
  { store: 'reviewCardBooks', table: 'reviewCards', field: 'cards' },
]

/** Records a person edits with an editor: a changed one counts up its revision (db/revision.ts). */
const revisioned = new Set<TableName>(['notes', 'quotes', 'indexEntries'])

/** The tables whose queries read what a move changes (query keys name logical tables). */
export const tablesWithTags: readonly TableName[] = tagStores.map((s) => s.table)

/** One move of the mapping and the records that would go through it, by table. */
export interface PlannedMove extends EditionMove {
  uses: { table: TableName; records: number }[]
}

function storeTable(store: TagStore): Table<object, string> {
  return db.table(store.store)
}

function rowsOf(store: TagStore, record: object): Row[] {
  return store.field ? ((record as Record<string, Row[]>)[store.field] ?? []) : [record as Row]
}

/**
 * Every move the mapping would make on the stored tags, in the mapping's order, each with the
 * tables it touches and how many records there (a record counts once, whichever list holds it).
 */
export async function planEditionMove(
  mapping: ReadonlyMap<string, EditionMove>,
): Promise<PlannedMove[]> {
  const counts = new Map<string, Map<TableName, number>>()
  await db.transaction(
    'r',
    tagStores.map((s) => s.store),
    async () => {
      for (const store of tagStores) {
        for (const record of await storeTable(store).toArray()) {
          for (const row of rowsOf(store, record)) {
            const tags = tagListsOfRow(store.table, row).flat()
            for (const move of movesFor(tags, mapping)) {
              const byTable = counts.get(move.from) ?? new Map<TableName, number>()
              byTable.set(store.table, (byTable.get(store.table) ?? 0) + 1)
              counts.set(move.from, byTable)
            }
          }
        }
      }
    },
  )
  return [...mapping.values()]
    .filter((move) => counts.has(move.from))
    .map((move) => ({
      ...move,
      uses: [...(counts.get(move.from) ?? [])].map(([table, records]) => ({ table, records })),
    }))
}

/** What a move replaced: the stored records as they were, to put back on Undo. */
export interface EditionMoveResult {
  /** Rows (notes, quotes, resources…) whose tags changed. */
  rows: number
  before: { store: TagStore['store']; records: object[] }[]
}

function moveRow(
  table: TableName,
  row: Row,
  mapping: ReadonlyMap<string, EditionMove>,
  now: number,
): Row {
  const next = changeTagListsInRow(table, row, (list) =>
    movesFor(list, mapping).length > 0 ? moveTags(list, mapping) : null,
  )
  if (next === row || !revisioned.has(table)) return next
  const updatedAt = typeof row.updatedAt === 'number' ? row.updatedAt : 0
  const revision = typeof row.revision === 'number' ? row.revision : 0
  return { ...next, revision: revision + 1, updatedAt: Math.max(now, updatedAt + 1) }
}

/**
 * Moves every stored tag and framework link through the mapping, in one transaction: all of it
 * or none of it. Returns how many rows changed and the records as they were before.
 */
export async function applyEditionMove(
  mapping: ReadonlyMap<string, EditionMove>,
  now = Date.now(),
): Promise<EditionMoveResult> {
  return db.transaction(
    'rw',
    tagStores.map((s) => s.store),
    async () => {
      const result: EditionMoveResult = { rows: 0, before: [] }
      for (const store of tagStores) {
        const changed: object[] = []
        const before: object[] = []
        for (const record of await storeTable(store).toArray()) {
          if (store.field) {
            const rows = rowsOf(store, record)
            const next = rows.map((row) => moveRow(store.table, row, mapping, now))
            const moved = next.filter((row, i) => row !== rows[i]).length
            if (moved === 0) continue
            result.rows += moved
            before.push(record)
            // A book's indexed `tags` are derived from its rows (schema 8): derive them again.
            changed.push({ ...record, [store.field]: next, tags: rowTags(next) })
          } else {
            const next = moveRow(store.table, record as Row, mapping, now)
            if (next === record) continue
            result.rows += 1
            before.push(record)
            changed.push(next)
          }
        }
        if (changed.length > 0) {
          await storeTable(store).bulkPut(changed)
          result.before.push({ store: store.store, records: before })
        }
      }
      return result
    },
  )
}

/** Puts back the records a move replaced (Undo), in one transaction. */
export async function undoEditionMove(result: EditionMoveResult): Promise<void> {
  await db.transaction(
    'rw',
    result.before.map((b) => b.store),
    async () => {
      for (const { store, records } of result.before) await db.table(store).bulkPut(records)
    },
  )
}
