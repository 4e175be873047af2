import {
  COVERAGE_GROUPS_ID,
  COVERAGE_GROUPS_STORE,
  groupedIds,
  type CoverageGroupsRecord,
} from '../../db/coverage-groups'
import { COVERAGE_KEY_STORE, type CoverageKeyRecord } from '../../db/coverage-keys'
import { coverageKeyGroups, type KeyGroups } from './key-groups'

/**
 * What the coverage worker does with bare IndexedDB (no Dexie, and no schema of its own: the
 * page has opened and upgraded the database before it asks anything). Kept apart from the
 * worker's message loop so that it runs in unit tests too.
 */
export class GroupsReader {
  private opened: { name: string; database: Promise<IDBDatabase> } | undefined

  constructor(private readonly indexedDb: IDBFactory = indexedDB) {}

  /** The database as it is; it closes when another connection needs to upgrade it. */
  open(name: string): Promise<IDBDatabase> {
    if (this.opened?.name === name) return this.opened.database
    const database = new Promise<IDBDatabase>((resolve, reject) => {
      const request = this.indexedDb.open(name)
      // A database that does not exist yet is not this worker's to create.
      request.onupgradeneeded = () => request.transaction?.abort()
      request.onsuccess = () => {
        const connection = request.result
        connection.onversionchange = () => {
          connection.close()
          this.opened = undefined
        }
        resolve(connection)
      }
      request.onerror = () => {
        this.opened = undefined
        reject(request.error ?? new Error(`Could not open ${name}`))
      }
    })
    this.opened = { name, database }
    return database
  }

  /**
   * The keys grouped: those kept (db/coverage-groups.ts) when they were made for these ids, or
   * else made afresh from the keys and kept, in one transaction with the keys they came from.
   */
  async read(name: string, ids: readonly string[]): Promise<KeyGroups> {
    try {
      return await groupsIn(await this.open(name), ids)
    } catch (error) {
      this.opened = undefined
      throw error
    }
  }
}

function groupsIn(database: IDBDatabase, ids: readonly string[]): Promise<KeyGroups> {
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
