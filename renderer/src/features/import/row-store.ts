import { db, readRows, storedTableOf, type TableName } from '../../db/database'
import { packingOf } from '../../db/packed'
import { cyrb53 } from '../../db/hash'

/**
 * Rows of any logical table by id, whether the table is stored one row per record or packed
 * (db/packed.ts): what undo needs to look at, remove or put back any row an import wrote, and
 * what formats may use to add rows. Call inside a transaction over the tables involved.
 */
export type Row = Record<string, unknown>

function idOf(table: TableName, row: Row): string {
  return String(table === 'resourceProgress' ? row.resourceId : (row.id ?? row.key))
}

/** Every row of the tables asked for, by id, each table read once. */
export class RowIndex {
  private readonly tables = new Map<TableName, Promise<Map<string, Row>>>()

  private read(table: TableName): Promise<Map<string, Row>> {
    let rows = this.tables.get(table)
    if (!rows) {
      rows = readRows(table).then(
        (list) => new Map((list as Row[]).map((row) => [idOf(table, row), row])),
      )
      this.tables.set(table, rows)
    }
    return rows
  }

  async get(table: TableName, id: string): Promise<Row | undefined> {
    return (await this.read(table)).get(id)
  }

  async all(table: TableName): Promise<Row[]> {
    return [...(await this.read(table)).values()]
  }
}

/** Removes rows by id; a packed record left empty is deleted. */
export async function deleteRows(table: TableName, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return
  const packing = packingOf(table)
  if (!packing) return db.table(table).bulkDelete([...ids])
  const store = db.table(packing.stored)
  const gone = new Set(ids)
  const keys = [
    ...new Set(
      await store
        .where(packing.rowIds)
        .anyOf([...gone])
        .primaryKeys(),
    ),
  ]
  const holding = (await store.bulkGet(keys)).filter(Boolean)
  const rest = (packing.unpack(holding) as Row[]).filter((row) => !gone.has(String(row.id)))
  await store.bulkDelete(keys)
  if (rest.length > 0) await store.bulkPut(packing.pack(rest))
}

/**
 * Adds rows or replaces them by id. A packed table's rows join the records they belong to (the
 * day, the resource): those records are read, extended and written back once each.
 */
export async function putRows(table: TableName, rows: readonly Row[]): Promise<void> {
  if (rows.length === 0) return
  const packing = packingOf(table)
  if (!packing) {
    await db.table(table).bulkPut(rows)
    return
  }
  const store = db.table(storedTableOf(table))
  const primaryKey = store.schema.primKey.keyPath as string
  const ids = new Set(rows.map((row) => String(row.id)))
  const holding = await store
    .where(packing.rowIds)
    .anyOf([...ids])
    .primaryKeys()
  const landing = (packing.pack(rows) as Row[]).map((record) => record[primaryKey])
  const keys = [...new Set([...holding, ...landing])] as string[]
  const existing = (await store.bulkGet(keys)).filter(Boolean)
  const kept = (packing.unpack(existing) as Row[]).filter((row) => !ids.has(String(row.id)))
  await store.bulkDelete(keys)
  await store.bulkPut(packing.pack([...kept, ...rows]))
}

/** A short, stable hash of a row's JSON: a different one means the row changed. */
export function fingerprintOf(row: unknown): string {
  return cyrb53(JSON.stringify(row) ?? '')
}
