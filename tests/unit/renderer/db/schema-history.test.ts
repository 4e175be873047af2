import Dexie from 'dexie'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { BastionDatabase, schemaVersions } from '@renderer/db/database'

const name = 'bastion-schema-history'
afterEach(async () => {
  await Dexie.delete(name)
})

/** Every object store of the stored database with its key path and indexes, as IndexedDB has them. */
async function storedSchema(): Promise<Record<string, unknown>> {
  const request = indexedDB.open(name)
  const idb = await new Promise<IDBDatabase>((resolve, reject) => {
    request.onsuccess = () => resolve(request.result)
    request.onerror = () => reject(request.error)
  })
  const names = [...idb.objectStoreNames]
  const transaction = idb.transaction(names, 'readonly')
  const schema = Object.fromEntries(
    names.map((storeName) => {
      const store = transaction.objectStore(storeName)
      const indexes = [...store.indexNames].map((indexName) => {
        const index = store.index(indexName)
        return [indexName, index.keyPath, index.multiEntry, index.unique]
      })
      return [storeName, { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes }]
    }),
  )
  idb.close()
  return schema
}

async function openAt(version: 1 | 3) {
  const old = new Dexie(name)
  old.version(version).stores(schemaVersions[version])
  await old.open()
  old.close()
}

describe('the schema history, declared only when a stored database needs it', () => {
  it('creates a new database with the same stores and indexes as the upgrades from version 1', async () => {
    await openAt(1)
    const upgraded = new BastionDatabase(name)
    await upgraded.open()
    upgraded.close()
    const fromHistory = await storedSchema()
    await Dexie.delete(name)

    const created = new BastionDatabase(name)
    await created.open()
    created.close()
    expect(await storedSchema()).toEqual(fromHistory)
  })

  it('declares the older versions for an older database only', async () => {
    const declared = vi.spyOn(BastionDatabase.prototype, 'declareHistory')
    const created = new BastionDatabase(name)
    await created.open()
    created.close()
    const reopened = new BastionDatabase(name)
    await reopened.open()
    reopened.close()
    expect(declared).not.toHaveBeenCalled()

    await Dexie.delete(name)
    await openAt(3)
    const older = new BastionDatabase(name)
    await older.open()
    older.close()
    expect(declared).toHaveBeenCalledTimes(1)
  })

  it('declares them when the browser cannot list its databases', async () => {
    const declared = vi.spyOn(BastionDatabase.prototype, 'declareHistory')
    vi.spyOn(Dexie.dependencies.indexedDB, 'databases').mockRejectedValue(new Error('no list'))
    const database = new BastionDatabase(name)
    await database.open()
    database.close()
    expect(declared).toHaveBeenCalledTimes(1)
  })

  it('opens once when queries start before the open is asked for', async () => {
    const database = new BastionDatabase(name)
    const [settings, meta] = await Promise.all([database.settings.count(), database.meta.count()])
    expect([settings, meta]).toEqual([0, 0])
    database.close()
  })

  it('tells a start that creates the database from one that finds it there', async () => {
    const created = new BastionDatabase(name)
    expect(await created.existedBeforeStart()).toBe(false)
    await created.open()
    created.close()
    const reopened = new BastionDatabase(name)
    expect(await reopened.existedBeforeStart()).toBe(true)
    reopened.close()

    // A browser that cannot say: something may be stored.
    vi.spyOn(Dexie.dependencies.indexedDB, 'databases').mockRejectedValue(new Error('no list'))
    await Dexie.delete(name)
    expect(await new BastionDatabase(name).existedBeforeStart()).toBe(true)
  })
})
