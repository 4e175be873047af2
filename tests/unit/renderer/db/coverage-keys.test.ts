import Dexie from 'dexie'
import { readFileSync } from 'node:fs'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  coverageKeyOfRecord,
  withCoverageKey,
  withoutCoverageKey,
} from '@renderer/db/coverage-keys'
import { BastionDatabase, db, readRows, recordsFor, schemaVersions } from '@renderer/db/database'
import { quoteBook, reviewCardBook } from '@renderer/db/packed'
import type { CoverageKey, NoteRecord, ReviewCardRecord } from '@renderer/db/records'
import { localDayOf } from '@renderer/domain/dates'
import { exportBackup, restoreBackupText } from '@renderer/features/backup/repository'
import {
  createNote,
  deleteNote,
  restoreNote,
  updateNote,
} from '@renderer/features/notes/repository'
import { resetDatabase } from '../helpers/database'

const noon = new Date(2026, 10, 2, 12).getTime()
const day = localDayOf(noon)

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

/** Every coverage key in a store's index, as the Coverage page reads them. */
const indexKeys = (store: 'notes' | 'quoteBooks' | 'indexBooks' | 'reviewCardBooks') =>
  db.table(store).orderBy('coverage').keys() as unknown as Promise<CoverageKey[]>

describe('deriving coverage keys', () => {
  it('keys a note by its tags and framework links, each once, and the day of its last edit', () => {
    const key = coverageKeyOfRecord(
      'notes',
      note({ tags: ['LLM01:2026', 'mine'], objectiveIds: ['LLM01:2026', 'AML.T0051'] }),
    )
    expect(key).toEqual([['LLM01:2026', 'mine', 'AML.T0051'], [[day, [0, 1, 2]]]])
  })

  it('leaves a record without any tag out of the index', () => {
    expect(coverageKeyOfRecord('notes', note())).toBeUndefined()
    expect(withCoverageKey('notes', { ...note(), coverage: [['x'], []] })).not.toHaveProperty(
      'coverage',
    )
  })

  it('keys a book by its tagged rows only, sharing one tag list; quotes by their tags alone', () => {
    const quote = (id: string, tags: string[]) => ({
      id,
      text: id,
      locator: null,
      comment: '',
      tags,
      createdAt: noon,
      updatedAt: noon,
    })
    const book = quoteBook('r1', [
      quote('q1', ['LLM01:2026']),
      quote('q2', []),
      quote('q3', ['AML.T0051', 'LLM01:2026']),
    ])
    expect(coverageKeyOfRecord('quoteBooks', book)).toEqual([
      ['LLM01:2026', 'AML.T0051'],
      [
        [day, [0]],
        [day, [1, 0]],
      ],
    ])
  })

  it('keeps what a card’s recall needs: suspended, stability and last review', () => {
    const never = card('c3', { tags: ['x'] })
    delete never.memory.lastReview
    const book = reviewCardBook('r1', [
      card('c1', { tags: ['LLM02:2026'] }),
      card('c2', { objectiveIds: ['LLM02:2026'], suspended: true }),
      never,
    ])
    expect(coverageKeyOfRecord('reviewCardBooks', book)).toEqual([
      ['LLM02:2026', 'x'],
      [
        [day, [0], 0, 12.5, noon],
        [day, [0], 1, 12.5, noon],
        ['', [1], 0, 12.5],
      ],
    ])
  })

  it('writes a card whose stability is not a number (a NaN would make the key invalid)', async () => {
    await resetDatabase()
    const broken = card('c1', { tags: ['LLM02:2026'] })
    broken.memory.stability = Number.NaN
    await db.reviewCardBooks.put(reviewCardBook('r1', [broken]))
    expect(await indexKeys('reviewCardBooks')).toEqual([[['LLM02:2026'], [[day, [0], 0, 0, noon]]]])
  })
})

describe('keeping coverage keys right on every write', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('follows a note’s tags through edits, delete and undo', async () => {
    const id = await createNote({ tags: ['LLM01:2026'] }, noon)
    expect(await indexKeys('notes')).toEqual([[['LLM01:2026'], [[day, [0]]]]])
    const later = noon + 86_400_000
    await updateNote(
      id,
      { title: 'x', body: '', tags: ['AML.T0051'], objectiveIds: [] },
      { revision: 0, updatedAt: noon },
      later,
    )
    expect(await indexKeys('notes')).toEqual([[['AML.T0051'], [[localDayOf(later), [0]]]]])
    const deleted = await deleteNote(id)
    expect(await indexKeys('notes')).toEqual([])
    await restoreNote(deleted)
    expect(await indexKeys('notes')).toEqual([[['AML.T0051'], [[localDayOf(later), [0]]]]])
  })

  it('derives them on a restore’s direct writes, and keeps them out of the backup', async () => {
    const rows = [note({ tags: ['LLM01:2026'] }), note({ id: 'n2' })]
    expect(recordsFor('notes', rows)).toEqual([
      { ...rows[0], coverage: [['LLM01:2026'], [[day, [0]]]] },
      rows[1],
    ])
    await db.notes.bulkPut(rows)
    const backup = (await exportBackup()).text
    expect(backup).not.toContain('"coverage"')
    await resetDatabase()
    expect((await restoreBackupText(backup, 'replace')).ok).toBe(true)
    expect(await indexKeys('notes')).toEqual([[['LLM01:2026'], [[day, [0]]]]])
    expect(await readRows('notes')).toEqual(rows)
    expect(withoutCoverageKey({ ...rows[0]!, coverage: [[], []] })).toEqual(rows[0])
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
