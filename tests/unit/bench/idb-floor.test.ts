// The restore's floor: bare IndexedDB from the same state as the restore it is paired with.
import { afterEach, describe, expect, it } from 'vitest'
import { deleteFloorDatabase, floorWrite } from '../../../scripts/bench/idb-floor.mjs'

const schema = { notes: 'id, *tags', books: 'resourceId', empty: 'id' }
const name = 'floor-test'

function readAll(store: string): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(name)
    request.onsuccess = () => {
      const database = request.result
      const read = database.transaction(store).objectStore(store).getAll()
      read.onsuccess = () => {
        database.close()
        resolve(read.result)
      }
    }
    request.onerror = () => reject(request.error)
  })
}

afterEach(() => deleteFloorDatabase(name))

describe('the restore floor', () => {
  it('puts the records into a new database and times it', async () => {
    const tables = { notes: [{ id: 'a', tags: ['x'] }], books: [{ resourceId: 'r' }], empty: [] }
    const ms = await floorWrite({ name, schema, tables, replacing: false })
    expect(ms).toBeGreaterThanOrEqual(0)
    expect(await readAll('notes')).toEqual([{ id: 'a', tags: ['x'] }])
    expect(await readAll('books')).toEqual([{ resourceId: 'r' }])
  })

  it('replacing, clears what the last run wrote and leaves exactly the records', async () => {
    const before = { notes: [{ id: 'a' }, { id: 'old' }], books: [{ resourceId: 'r', n: 1 }] }
    await floorWrite({ name, schema, tables: before, replacing: false })
    const after = { notes: [{ id: 'a', tags: ['y'] }], books: [{ resourceId: 'r', n: 2 }] }
    await floorWrite({ name, schema, tables: after, replacing: true })
    expect(await readAll('notes')).toEqual([{ id: 'a', tags: ['y'] }])
    expect(await readAll('books')).toEqual([{ resourceId: 'r', n: 2 }])
  })

  it('without replacing, keeps what is stored (the first run of a sequence has nothing)', async () => {
    await floorWrite({ name, schema, tables: { notes: [{ id: 'old' }] }, replacing: false })
    await floorWrite({ name, schema, tables: { notes: [{ id: 'a' }] }, replacing: false })
    expect(await readAll('notes')).toEqual([{ id: 'a' }, { id: 'old' }])
  })
})
