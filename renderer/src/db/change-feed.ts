import Dexie from 'dexie'
import type { Query, QueryClient } from '@tanstack/react-query'
import { DATABASE_NAME } from './database'
import { logicalTableOf } from './packed'

/**
 * Queries name the tables they read: `meta: { tables: [...] }`, or by default the first
 * element of their key. This is the only place caches are invalidated after a write.
 */
export function tablesReadBy(query: Query): string[] {
  const declared = (query.meta as { tables?: unknown } | undefined)?.tables
  if (Array.isArray(declared)) return declared.map(String)
  const first = query.queryKey[0]
  return typeof first === 'string' ? [first] : []
}

/**
 * Table names touched by a Dexie `storagemutated` notification for our database, as queries name
 * them: a packed store (`sessionDays`) by its logical table (`sessions`).
 */
export function changedTables(
  parts: Record<string, unknown>,
  databaseName = DATABASE_NAME,
): Set<string> {
  const tables = new Set<string>()
  const prefix = `idb://${databaseName}/`
  for (const key of Object.keys(parts)) {
    if (!key.startsWith(prefix)) continue
    const table = key.slice(prefix.length).split('/')[0]
    if (table) tables.add(logicalTableOf(table))
  }
  return tables
}

/** Subscribes once; returns the unsubscribe function. Covers writes from other tabs too. */
export function invalidateOnStorageChange(
  client: QueryClient,
  databaseName = DATABASE_NAME,
): () => void {
  const listener = (parts: Record<string, unknown>) => {
    const tables = changedTables(parts, databaseName)
    if (tables.size === 0) return
    void client.invalidateQueries({
      predicate: (query) => tablesReadBy(query).some((table) => tables.has(table)),
    })
  }
  Dexie.on('storagemutated', listener)
  return () => Dexie.on('storagemutated').unsubscribe(listener)
}
