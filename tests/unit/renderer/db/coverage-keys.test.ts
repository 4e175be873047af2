import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  addMemory,
  coverageKeyId,
  coverageKeyOfRecord,
  readCoverageKey,
  visitCoverageKeys,
  type CoverageStore,
  withCoverageKey,
  withoutCoverageKey,
} from '@renderer/db/coverage-keys'
import {
  BastionDatabase,
  derivedWrites,
  db,
  readRows,
  recordsFor,
  schemaVersions,
} from '@renderer/db/database'
import { quoteBook, reviewCardBook } from '@renderer/db/packed'
import type { NoteRecord, ReviewCardRecord } from '@renderer/db/records'
import { exportBackup, restoreBackupText } from '@renderer/features/backup/repository'
import {
  createNote,
  deleteNote,
  restoreNote,
  updateNote,
} from '@renderer/features/notes/repository'
import { resetDatabase } from '../helpers/database'

const noon = new Date(2026, 10, 2, 12).getTime()

const note = (fields: Partial<NoteRecord> = {}): NoteRecord => ({
  id: 'n1',
  title: 'A note',
  body: 'text',
  tags: [],
  objectiveIds: [],
  createdAt: noon,
  updatedAt: noon,
  ...fields,
})

const card = (id: string, fields: Partial<ReviewCardRecord> = {}): ReviewCardRecord => ({
  id,
  kind: 'qa',
  front: `front ${id}`,
  back: 'back',
  tags: [],
  objectiveIds: [],
  suspended: false,
  memory: {
    due: noon,
    stability: 12.5,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: 2,
    lastReview: noon,
  },
  createdAt: noon,
  updatedAt: noon,
  ...fields,
})

/** Every coverage key of a store's records, read as the Coverage page reads them. */
const indexKeys = async (store: CoverageStore) =>
  (await db.coverageKeys.toArray())
    .filter((record) => record.store === store)
    .map((record) => readCoverageKey(record.key))

/** The key store as ids, in order: which records have a key. */
const keyIds = async () => (await db.coverageKeys.toCollection().primaryKeys()) as string[]

/** A record's key, read back. */
const keyOf = (...args: Parameters<typeof coverageKeyOfRecord>) => {
  const key = coverageKeyOfRecord(...args)
  return key === undefined ? undefined : readCoverageKey(key)
}

describe('deriving coverage keys', () => {
  it('keys a note by its tags and framework links, each once, and its last edit', () => {
    const record = note({ tags: ['LLM01:2026', 'mine'], objectiveIds: ['LLM01:2026', 'AML.T0051'] })
    // One short string: tags, then the row (last edit, tag positions, count).
    expect(coverageKeyOfRecord('notes', record)).toBe(
      `LLM01:2026\u001fmine\u001fAML.T0051\u001e${noon}\u001f0,1,2\u001f1`,
    )
    expect(keyOf('notes', record)).toEqual([
      { tags: ['LLM01:2026', 'mine', 'AML.T0051'], at: noon, count: 1 },
    ])
  })

  it('leaves a record without any tag out of the index', () => {
    expect(coverageKeyOfRecord('notes', note())).toBeUndefined()
    expect(withCoverageKey('notes', { ...note(), coverage: 'stale' })).not.toHaveProperty(
      'coverage',
    )
  })

  it('leaves out a tag holding a separator (no framework id does)', () => {
    expect(keyOf('notes', note({ tags: ['a\u001eb', 'LLM01:2026'] }))).toEqual([
      { tags: ['LLM01:2026'], at: noon, count: 1 },
    ])
  })

  it('keys a book by its tagged rows, alike rows once with their count and latest edit', () => {
    const quote = (id: string, tags: string[], updatedAt = noon) => ({
      id,
      text: id,
      locator: null,
      comment: '',
      tags,
      createdAt: noon,
      updatedAt,
    })
    const later = noon + 3 * 86_400_000
    const book = quoteBook('r1', [
      quote('q1', ['LLM01:2026']),
      quote('q2', []),
      quote('q3', ['AML.T0051', 'LLM01:2026']),
      quote('q4', ['LLM01:2026'], later),
    ])
    expect(keyOf('quoteBooks', book)).toEqual([
      { tags: ['LLM01:2026'], at: later, count: 2 },
      { tags: ['LLM01:2026', 'AML.T0051'], at: noon, count: 1 },
    ])
  })

  it('keeps of alike cards their count, latest review and the memories that can recall best', () => {
    const never = card('c3', { tags: ['x'] })
    delete never.memory.lastReview
    const day = 86_400_000
    const memory = (lastReview: number, stability: number) => ({
      ...card('m').memory,
      lastReview,
      stability,
    })
    const book = reviewCardBook('r1', [
      card('c1', { tags: ['LLM02:2026'] }),
      // Suspended: counted and dated, but it recalls nothing.
      card('c2', { objectiveIds: ['LLM02:2026'], suspended: true, memory: memory(noon + day, 90) }),
      never,
      // Beaten by c1 on both last review and stability: it can never recall best.
      card('c4', { tags: ['LLM02:2026'], memory: memory(noon - day, 3) }),
      // Older but steadier than c1: either may recall best, depending on when.
      card('c5', { tags: ['LLM02:2026'], memory: memory(noon - 2 * day, 40) }),
    ])
    expect(keyOf('reviewCardBooks', book)).toEqual([
      {
        tags: ['LLM02:2026'],
        at: noon + day,
        count: 4,
        memories: [
          [noon, 12.5],
          [noon - 2 * day, 40],
        ],
      },
      { tags: ['x'], count: 1, memories: [] },
    ])
  })

  it('drops a memory once a later card beats it, and keeps equal ones once', () => {
    const memories: [number, number][] = []
    addMemory(memories, [10, 5])
    addMemory(memories, [10, 5])
    addMemory(memories, [5, 50])
    expect(memories).toEqual([
      [10, 5],
      [5, 50],
    ])
    addMemory(memories, [20, 60])
    expect(memories).toEqual([[20, 60]])
  })

  it('reads many keys in one pass, alike entries sharing their tags', () => {
    const keys = [
      coverageKeyOfRecord('notes', note({ tags: ['LLM01:2026'] }))!,
      coverageKeyOfRecord('notes', note({ id: 'n2', tags: ['AML.T0051'] }))!,
      coverageKeyOfRecord('notes', note({ id: 'n3', tags: ['LLM01:2026'], updatedAt: noon + 1 }))!,
      coverageKeyOfRecord('reviewCardBooks', reviewCardBook('r1', [card('c1', { tags: ['x'] })]))!,
    ]
    const seen: [readonly string[], number | undefined, number, unknown][] = []
    visitCoverageKeys(keys, (tags, at, count, memories) => seen.push([tags, at, count, memories]))
    expect(seen).toEqual([
      [['LLM01:2026'], noon, 1, undefined],
      [['AML.T0051'], noon, 1, undefined],
      [['LLM01:2026'], noon + 1, 1, undefined],
      [['x'], noon, 1, [[noon, 12.5]]],
    ])
    // The same record layout hands over the same list: a reader can key a memo on it.
    expect(seen[2]![0]).toBe(seen[0]![0])
    expect(keys.flatMap(readCoverageKey)).toEqual(
      seen.map(([tags, at, count, memories]) =>
        memories ? { tags, at, count, memories } : { tags, at, count },
      ),
    )
  })

  it('writes a readable key for a card whose stability is not a number', async () => {
    await resetDatabase()
    const broken = card('c1', { tags: ['LLM02:2026'] })
    broken.memory.stability = Number.NaN
    await db.reviewCardBooks.put(reviewCardBook('r1', [broken]))
    expect(await indexKeys('reviewCardBooks')).toEqual([
      [{ tags: ['LLM02:2026'], at: noon, count: 1, memories: [[noon, 0]] }],
    ])
  })
})

describe('keeping coverage keys right on every write', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('follows a note’s tags through edits, delete and undo', async () => {
    const id = await createNote({ tags: ['LLM01:2026'] }, noon)
    expect(await indexKeys('notes')).toEqual([[{ tags: ['LLM01:2026'], at: noon, count: 1 }]])
    const later = noon + 86_400_000
    await updateNote(
      id,
      { title: 'x', body: '', tags: ['AML.T0051'], objectiveIds: [] },
      { revision: 0, updatedAt: noon },
      later,
    )
    expect(await indexKeys('notes')).toEqual([[{ tags: ['AML.T0051'], at: later, count: 1 }]])
    const deleted = await deleteNote(id)
    expect(await indexKeys('notes')).toEqual([])
    await restoreNote(deleted)
    expect(await indexKeys('notes')).toEqual([[{ tags: ['AML.T0051'], at: later, count: 1 }]])
  })

  it('derives them on a restore’s direct writes, and keeps them out of the backup', async () => {
    const rows = [note({ tags: ['LLM01:2026'] }), note({ id: 'n2' })]
    expect(recordsFor('notes', rows)).toEqual(rows)
    expect(derivedWrites('notes', rows)).toEqual([
      {
        store: 'coverageKeys',
        puts: [
          {
            id: coverageKeyId('notes', 'n1'),
            store: 'notes',
            key: coverageKeyOfRecord('notes', rows[0]!),
          },
        ],
        deletes: [coverageKeyId('notes', 'n2')],
      },
      // The grouped keys go stale: one delete, however many notes.
      { store: 'coverageGroups', puts: [], deletes: ['groups'] },
    ])
    await db.notes.bulkPut(rows)
    const backup = (await exportBackup()).text
    expect(backup).not.toContain('"coverage"')
    await resetDatabase()
    expect((await restoreBackupText(backup, 'replace')).ok).toBe(true)
    expect(await indexKeys('notes')).toEqual([[{ tags: ['LLM01:2026'], at: noon, count: 1 }]])
    expect(await readRows('notes')).toEqual(rows)
    expect(withoutCoverageKey({ ...rows[0]!, coverage: 'x' })).toEqual(rows[0])
  })
  it('keeps the key store in step with puts, updates, modify, deletes and clears', async () => {
    const tagged = (id: string, tag = 'LLM01:2026') => note({ id, tags: [tag] })
    await db.notes.bulkAdd([tagged('a'), tagged('b'), tagged('c'), note({ id: 'd' })])
    expect(await keyIds()).toEqual(['a', 'b', 'c'].map((id) => coverageKeyId('notes', id)))
    // No record keeps a copy of its key: the key store is the one place.
    expect(await db.notes.get('a')).not.toHaveProperty('coverage')

    await db.notes.update('d', { tags: ['AML.T0051'] })
    await db.notes.update('a', { tags: [] })
    expect(await keyIds()).toEqual(['b', 'c', 'd'].map((id) => coverageKeyId('notes', id)))
    await db.notes
      .where('id')
      .equals('b')
      .modify((row) => {
        row.tags = ['LLM02:2026']
      })
    expect(await indexKeys('notes')).toEqual([
      [{ tags: ['LLM02:2026'], at: noon, count: 1 }],
      [{ tags: ['LLM01:2026'], at: noon, count: 1 }],
      [{ tags: ['AML.T0051'], at: noon, count: 1 }],
    ])
    await db.notes.bulkDelete(['b'])
    await db.notes.where('id').between('c', 'c', true, true).delete()
    expect(await keyIds()).toEqual([coverageKeyId('notes', 'd')])

    // A clear of one store leaves the others' keys alone.
    await db.quoteBooks.put(
      quoteBook('r1', [
        {
          id: 'q1',
          text: 'q',
          locator: null,
          comment: '',
          tags: ['LLM01:2026'],
          createdAt: noon,
          updatedAt: noon,
        },
      ]),
    )
    await db.notes.clear()
    expect(await keyIds()).toEqual([coverageKeyId('quoteBooks', 'r1')])
  })

  it('writes nothing when the transaction fails: record and key go together', async () => {
    await db.notes.add(note({ id: 'a', tags: ['LLM01:2026'] }))
    await expect(
      db.transaction('rw', db.notes, async () => {
        await db.notes.put(note({ id: 'a', tags: ['AML.T0051'] }))
        throw new Error('stop')
      }),
    ).rejects.toThrow('stop')
    expect(await indexKeys('notes')).toEqual([[{ tags: ['LLM01:2026'], at: noon, count: 1 }]])
  })

  it('restores keys with a merge: a note that lost its tags loses its key', async () => {
    await db.notes.bulkPut([note({ tags: ['LLM01:2026'] }), note({ id: 'n2', tags: ['x'] })])
    const backup = (await exportBackup()).text
    await db.notes.bulkPut([note({ tags: ['AML.T0051'] }), note({ id: 'n2', tags: [] })])
    expect((await restoreBackupText(backup, 'merge')).ok).toBe(true)
    expect(await indexKeys('notes')).toEqual([
      [{ tags: ['LLM01:2026'], at: noon, count: 1 }],
      [{ tags: ['x'], at: noon, count: 1 }],
    ])
    await db.notes.put(note({ id: 'n2', tags: [] }))
    const untagged = (await exportBackup()).text
    await db.notes.put(note({ id: 'n2', tags: ['LLM02:2026'] }))
    expect((await restoreBackupText(untagged, 'merge')).ok).toBe(true)
    expect(await keyIds()).toEqual([coverageKeyId('notes', 'n1')])
    expect((await restoreBackupText(untagged, 'replace')).ok).toBe(true)
    expect(await keyIds()).toEqual([coverageKeyId('notes', 'n1')])
  })
})

/** Records of the v8 fixture as `version` stores them: books packed, each with `coverage` if asked. */
const v8Tables = (
  JSON.parse(readFileSync('tests/fixtures/schema-v8.json', 'utf8')) as {
    tables: Record<string, Record<string, unknown>[]>
  }
).tables
const reviewLogs = v8Tables.reviewLogs!

function fixtureRecords(withKeys: boolean): Record<CoverageStore, object[]> {
  const tables = v8Tables
  const stored = (store: CoverageStore, records: readonly unknown[]) =>
    records.map((record) =>
      withKeys ? withCoverageKey(store, record as object) : withoutCoverageKey(record as object),
    )
  return {
    notes: stored('notes', tables.notes!),
    quoteBooks: stored('quoteBooks', recordsFor('quotes', tables.quotes!)),
    indexBooks: stored('indexBooks', recordsFor('indexEntries', tables.indexEntries!)),
    reviewCardBooks: stored('reviewCardBooks', recordsFor('reviewCards', tables.reviewCards!)),
  }
}

describe('schemas 9 and 10: coverage keys', () => {
  const name = 'bastion-coverage-upgrade'
  afterEach(async () => {
    await Dexie.delete(name)
  })

  for (const from of [8, 9] as const) {
    it(`moves every note's and book's key to the key store, from version ${from}`, async () => {
      const records = fixtureRecords(from === 9)
      const old = new Dexie(name)
      old.version(from).stores(schemaVersions[from])
      await old.open()
      for (const [store, rows] of Object.entries(records)) await old.table(store).bulkAdd(rows)
      await old.table('reviewDays').bulkAdd(recordsFor('reviewLogs', reviewLogs) as object[])
      if (from === 9)
        expect(await old.table('notes').orderBy('coverage').count()).toBeGreaterThan(0)
      old.close()

      const upgraded = new BastionDatabase(name)
      await upgraded.open()
      try {
        const stored = await upgraded.coverageKeys.toArray()
        for (const [store, rows] of Object.entries(records) as [CoverageStore, object[]][]) {
          const expected = rows
            .map((record) => coverageKeyOfRecord(store, record))
            .filter((key) => key !== undefined)
          expect(expected.length, store).toBeGreaterThan(0)
          expect(
            stored.filter((record) => record.store === store).map((record) => record.key),
            store,
          ).toEqual(expect.arrayContaining(expected))
          expect(stored.filter((record) => record.store === store)).toHaveLength(expected.length)
          const after = (await upgraded.table(store).toArray()) as object[]
          expect(
            after.filter((record) => 'coverage' in record),
            store,
          ).toEqual([])
        }
        // The review days' summaries get their store in the same upgrade.
        const days = (await upgraded.reviewDays.toArray()).map(({ date, reviews }) => ({
          date,
          reviews: reviews.length,
          ms: reviews.reduce((sum, review) => sum + review.durationMs, 0),
        }))
        expect(days.length).toBeGreaterThan(0)
        expect(await upgraded.reviewDaySummaries.toArray()).toEqual(days)
      } finally {
        upgraded.close()
      }
    })
  }

  it('writes the card books’ keys anew from version 10 (alike cards grouped)', async () => {
    const book = reviewCardBook('r1', [
      card('c1', { tags: ['LLM02:2026'] }),
      card('c2', { tags: ['LLM02:2026'] }),
    ])
    const old = new Dexie(name)
    old.version(10).stores(schemaVersions[10])
    await old.open()
    await old.table('reviewCardBooks').add(book)
    // Version 10's key: one entry per card (last review, positions, suspended, stability).
    const perCard = `LLM02:2026\u001e${noon}\u001f0\u001f0\u001f12.5\u001e${noon}\u001f0\u001f0\u001f12.5`
    await old
      .table('coverageKeys')
      .add({ id: coverageKeyId('reviewCardBooks', 'r1'), store: 'reviewCardBooks', key: perCard })
    await old.table('notes').add(note({ tags: ['LLM01:2026'] }))
    await old.table('coverageKeys').add({
      id: coverageKeyId('notes', 'n1'),
      store: 'notes',
      key: coverageKeyOfRecord('notes', note({ tags: ['LLM01:2026'] })),
    })
    old.close()

    const upgraded = new BastionDatabase(name)
    await upgraded.open()
    try {
      const keys = await upgraded.coverageKeys.toArray()
      expect(keys.map((record) => [record.store, readCoverageKey(record.key)])).toEqual([
        ['notes', [{ tags: ['LLM01:2026'], at: noon, count: 1 }]],
        [
          'reviewCardBooks',
          [{ tags: ['LLM02:2026'], at: noon, count: 2, memories: [[noon, 12.5]] }],
        ],
      ])
    } finally {
      upgraded.close()
    }
  })
})
