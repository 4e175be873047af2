import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  coverageKeyOfRecord,
  readCoverageKey,
  withCoverageKey,
  withoutCoverageKey,
} from '@renderer/db/coverage-keys'
import { BastionDatabase, db, readRows, recordsFor, schemaVersions } from '@renderer/db/database'
import { quoteBook, reviewCardBook } from '@renderer/db/packed'
import type { CoverageKey, NoteRecord, ReviewCardRecord } from '@renderer/db/records'
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

/** Every coverage key in a store's index, read as the Coverage page reads them. */
const indexKeys = async (store: 'notes' | 'quoteBooks' | 'indexBooks' | 'reviewCardBooks') =>
  ((await db.table(store).orderBy('coverage').keys()) as CoverageKey[]).map(readCoverageKey)

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

  it('keeps what each card’s recall needs: suspended, stability and last review', () => {
    const never = card('c3', { tags: ['x'] })
    delete never.memory.lastReview
    const book = reviewCardBook('r1', [
      card('c1', { tags: ['LLM02:2026'] }),
      card('c2', { objectiveIds: ['LLM02:2026'], suspended: true }),
      never,
    ])
    const recall = { suspended: false, stability: 12.5, lastReview: noon }
    expect(keyOf('reviewCardBooks', book)).toEqual([
      { tags: ['LLM02:2026'], at: noon, count: 1, card: recall },
      { tags: ['LLM02:2026'], at: noon, count: 1, card: { ...recall, suspended: true } },
      { tags: ['x'], count: 1, card: { suspended: false, stability: 12.5 } },
    ])
  })

  it('writes a readable key for a card whose stability is not a number', async () => {
    await resetDatabase()
    const broken = card('c1', { tags: ['LLM02:2026'] })
    broken.memory.stability = Number.NaN
    await db.reviewCardBooks.put(reviewCardBook('r1', [broken]))
    expect(await indexKeys('reviewCardBooks')).toEqual([
      [
        {
          tags: ['LLM02:2026'],
          at: noon,
          count: 1,
          card: { suspended: false, stability: 0, lastReview: noon },
        },
      ],
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
    expect(recordsFor('notes', rows)).toEqual([
      { ...rows[0], coverage: coverageKeyOfRecord('notes', rows[0]!) },
      rows[1],
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
})

describe('schema 9: coverage keys', () => {
  const name = 'bastion-coverage-v8'
  afterEach(async () => {
    await Dexie.delete(name)
  })

  it('derives the key of every note and book stored at version 8 (tests/fixtures/schema-v8.json)', async () => {
    const fixture = JSON.parse(readFileSync('tests/fixtures/schema-v8.json', 'utf8')) as {
      tables: Record<string, Record<string, unknown>[]>
    }
    const old = new Dexie(name)
    old.version(8).stores(schemaVersions[8])
    await old.open()
    const tables = fixture.tables
    await old.table('notes').bulkAdd(tables.notes!)
    for (const table of ['quotes', 'indexEntries', 'reviewCards'] as const) {
      const records = recordsFor(table, tables[table]!) as Record<string, unknown>[]
      // Books as version 8 stored them: without a coverage key.
      await old
        .table(
          { quotes: 'quoteBooks', indexEntries: 'indexBooks', reviewCards: 'reviewCardBooks' }[
            table
          ],
        )
        .bulkAdd(records.map((record) => withoutCoverageKey(record)))
    }
    old.close()

    const upgraded = new BastionDatabase(name)
    await upgraded.open()
    try {
      for (const store of ['notes', 'quoteBooks', 'indexBooks', 'reviewCardBooks'] as const) {
        const records = (await upgraded.table(store).toArray()) as object[]
        const expected = records
          .map((record) => coverageKeyOfRecord(store, record))
          .filter((key) => key !== undefined)
        expect(expected.length, store).toBeGreaterThan(0)
        const keys = await upgraded.table(store).orderBy('coverage').keys()
        expect(keys.length, store).toBe(expected.length)
        expect(
          records.map((record) => (record as { coverage?: unknown }).coverage).filter(Boolean),
        ).toEqual(expect.arrayContaining(expected))
      }
    } finally {
      upgraded.close()
    }
  })
})
