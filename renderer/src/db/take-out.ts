import type { Table } from 'dexie'
import { db } from './database'

/**
 * Deletes one record and hands it back whole, so Undo can put it back exactly (the deleting
 * rule: every delete happens at once and can be undone). `what` names it in the error.
 */
export async function takeOut<T, K, I>(table: Table<T, K, I>, id: K, what: string): Promise<T> {
  return db.transaction('rw', table, async () => {
    const record = await table.get(id)
    if (record === undefined) throw new Error(`This ${what} was already deleted.`)
    await table.delete(id)
    return record
  })
}

/** Puts back a record that takeOut handed back. */
export async function putBack<T, K, I>(table: Table<T, K, I>, record: T): Promise<void> {
  // A record read from the table is always a valid insert for it.
  await table.put(record as unknown as I)
}
