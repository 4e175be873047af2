import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import { BastionDatabase, schemaVersions } from '@renderer/db/database'
import {
  NO_RESOURCE,
  logicalTableOf,
  packIndexEntries,
  packSessions,
  packedTables,
} from '@renderer/db/packed'
import type { IndexEntryRecord, QuoteRecord, StudySessionRecord } from '@renderer/db/records'

const session = (id: string, date: string, resourceId: string): StudySessionRecord => ({
  id,
  date,
  resourceId,
  minutes: 30,
  covered: `covered ${id}`,
  createdAt: 1,
  updatedAt: 1,
})

const entry = (id: string, resourceId?: string): IndexEntryRecord => ({
  id,
  term: `term ${id}`,
  note: '',
  pages: 'p. 1',
  tags: [],
  objectiveIds: [],
  ...(resourceId ? { resourceId } : {}),
  createdAt: 1,
  updatedAt: 1,
})

const byId = <T extends { id: string }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.id.localeCompare(b.id))

// 60 sessions, three a day over 20 days, across two resources.
const sessions = Array.from({ length: 60 }, (_, index) =>
  session(
    `s${index}`,
    `2026-10-${String(Math.floor(index / 3) + 1).padStart(2, '0')}`,
    index % 2 ? 'a' : 'b',
  ),
)
const entries = [entry('e1', 'a'), entry('e2', 'a'), entry('e3', 'b'), entry('e4')]
const quotes: QuoteRecord[] = ['a', 'a', 'b'].map((resourceId, index) => ({
  id: `q${index}`,
  resourceId,
  text: `quote ${index}`,
  locator: null,
  comment: '',
  tags: ['t'],
  createdAt: index,
  updatedAt: index,
}))

describe('packed tables', () => {
  it('packs sessions one record per day with the indexes the Log reads by', () => {
    const days = packSessions(sessions)
    expect(days).toHaveLength(20)
    expect(days[0]).toMatchObject({
      date: '2026-10-01',
      resourceIds: ['b', 'a'],
      sessionIds: ['s0', 's1', 's2'],
    })
    expect(byId(packedTables.sessions.unpack(days))).toEqual(byId(sessions))
  })

  it('packs index entries one record per resource, entries without one together', () => {
    const books = packIndexEntries(entries)
    expect(books.map((book) => [book.resourceId, book.entryIds])).toEqual([
      ['a', ['e1', 'e2']],
      ['b', ['e3']],
      [NO_RESOURCE, ['e4']],
    ])
    expect(packedTables.indexEntries.unpack(books)).toEqual(entries)
  })

  it('keeps the last of rows that share an id, as put would', () => {
    const moved = { ...sessions[0]!, date: '2026-10-30', minutes: 5 }
    const days = packSessions([sessions[0]!, sessions[1]!, moved])
    const rows = packedTables.sessions.unpack(days) as StudySessionRecord[]
    expect(rows.filter((row) => row.id === 's0')).toEqual([moved])
    expect(rows).toHaveLength(2)
  })

  it('names a packed store by its logical table', () => {
    expect(logicalTableOf('sessionDays')).toBe('sessions')
    expect(logicalTableOf('indexBooks')).toBe('indexEntries')
    expect(logicalTableOf('notes')).toBe('notes')
  })
})

describe('the upgrade from schema version 1', () => {
  const name = 'bastion-packing-upgrade'
  afterEach(async () => {
    await Dexie.delete(name)
  })

  it('moves every session, index entry and quote into packed records and drops the old stores and indexes', async () => {
    const old = new Dexie(name)
    old.version(1).stores(schemaVersions[1])
    await old.open()
    await old.table('sessions').bulkAdd(sessions)
    await old.table('indexEntries').bulkAdd(entries)
    await old.table('quotes').bulkAdd(quotes)
    old.close()

    const current = new BastionDatabase(name)
    await current.open()
    try {
      expect(current.tables.map((table) => table.name)).not.toContain('sessions')
      expect(current.tables.map((table) => table.name)).not.toContain('indexEntries')
      // Version 3 dropped the notes' multiEntry tags index (nothing queried it then); version 8
      // brought it back, because Coverage looks notes up by their framework tags; version 9
      // added their coverage keys, which version 10 moved to a store of their own.
      const indexesOf = (store: string) => [
        ...current.backendDB().transaction(store).objectStore(store).indexNames,
      ]
      expect(indexesOf('notes').sort()).toEqual(['objectiveIds', 'resourceId', 'tags', 'updatedAt'])
      expect(current.tables.map((table) => table.name)).not.toContain('quotes')
      expect(await current.sessionDays.count()).toBe(20)
      expect(await current.indexBooks.count()).toBe(3)
      const days = await current.sessionDays.toArray()
      expect(byId(days.flatMap((day) => day.sessions))).toEqual(byId(sessions))
      expect(await current.quoteBooks.count()).toBe(2)
      const quoteBooks = await current.quoteBooks.toArray()
      expect(byId(quoteBooks.flatMap((book) => book.quotes))).toEqual(byId(quotes))
      const books = await current.indexBooks.toArray()
      expect(byId(books.flatMap((book) => book.entries))).toEqual(byId(entries))
      // The multiEntry indexes answer by resource and by id.
      expect(await current.sessionDays.where('resourceIds').equals('a').count()).toBe(20)
      expect((await current.sessionDays.where('sessionIds').equals('s59').first())?.date).toBe(
        '2026-10-20',
      )
      expect((await current.indexBooks.where('entryIds').equals('e4').first())?.resourceId).toBe(
        NO_RESOURCE,
      )
    } finally {
      current.close()
    }
  })
})
