/// <reference lib="webworker" />
import {
  COVERAGE_GROUPS_ID,
  COVERAGE_GROUPS_STORE,
  groupedIds,
  type CoverageGroupsRecord,
} from '../../db/coverage-groups'
import { COVERAGE_KEY_STORE, type CoverageKeyRecord } from '../../db/coverage-keys'
import { coverageKeyGroups, type KeyGroups } from './key-groups'
import type { KeyGroupsRequest, KeyGroupsResponse } from './keys-worker'

// Reads the grouped coverage keys here, and when a write has staled them groups the keys
// afresh, so neither the keys' deserialization nor the pass over some 12,000 entries holds
// the page's thread. The database stays open between reads, and closes when another
// connection needs to upgrade it.
const scope = self as unknown as DedicatedWorkerGlobalScope
let opened: { name: string; database: Promise<IDBDatabase> } | undefined

/** The database as it is (no version: the page has opened and upgraded it already). */
function open(name: string): Promise<IDBDatabase> {
  if (opened?.name === name) return opened.database
  const database = new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open(name)
    // A database that does not exist yet is not this worker's to create.
    request.onupgradeneeded = () => request.transaction?.abort()
    request.onsuccess = () => {
      const connection = request.result
      connection.onversionchange = () => {
        connection.close()
        opened = undefined
      }
      resolve(connection)
    }
    request.onerror = () => {
      opened = undefined
      reject(request.error ?? new Error(`Could not open ${name}`))
    }
  })
  opened = { name, database }
  return database
}

/**
 * The keys grouped: those kept (db/coverage-groups.ts) when they were made for these ids, or
 * else made afresh from the keys and kept, in one transaction with the keys they came from.
 */
function readGroups(database: IDBDatabase, ids: readonly string[]): Promise<KeyGroups> {
  return new Promise((resolve, reject) => {
    const transaction = database.transaction(
      [COVERAGE_KEY_STORE, COVERAGE_GROUPS_STORE],
      'readwrite',
    )
    const kept = transaction.objectStore(COVERAGE_GROUPS_STORE)
    const signature = groupedIds(ids)
    let groups: KeyGroups | undefined
    const request = kept.get(COVERAGE_GROUPS_ID)
    request.onsuccess = () => {
      const record = request.result as CoverageGroupsRecord<KeyGroups> | undefined
      if (record?.ids === signature) {
        groups = record.groups
        return
      }
      const keys = transaction.objectStore(COVERAGE_KEY_STORE).getAll()
      keys.onsuccess = () => {
        groups = coverageKeyGroups(keys.result as CoverageKeyRecord[], new Set(ids))
        kept.put({ id: COVERAGE_GROUPS_ID, ids: signature, groups })
      }
    }
    transaction.oncomplete = () =>
      groups ? resolve(groups) : reject(new Error('The coverage keys were not read'))
    transaction.onabort = () =>
      reject(transaction.error ?? new Error('Could not read the coverage keys'))
  })
}

scope.onmessage = async (event: MessageEvent<KeyGroupsRequest>) => {
  const message = event.data
  if (message.type === 'open') {
    open(message.database).catch(() => undefined)
    return
  }
  let response: KeyGroupsResponse
  try {
    const groups = await readGroups(await open(message.database), message.ids)
    response = message.type === 'keep' ? { id: message.id, kept: true } : { id: message.id, groups }
  } catch (error) {
    opened = undefined
    response = { id: message.id, error: error instanceof Error ? error.message : String(error) }
  }
  scope.postMessage(response)
}
