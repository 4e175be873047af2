import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { editionMapping, loadShippedFrameworks } from '@renderer/domain/frameworks'
import {
  applyEditionMove,
  planEditionMove,
  undoEditionMove,
} from '@renderer/features/frameworks/repository'
import {
  createNote,
  listIndexEntries,
  listQuotes,
  saveIndexEntry,
  saveQuote,
  updateNote,
} from '@renderer/features/notes/repository'
import { resetDatabase } from '../helpers/database'

const mapping = editionMapping(loadShippedFrameworks().owasp)

beforeEach(async () => {
  await resetDatabase()
})

async function seed() {
  const noteId = await createNote({}, 1000)
  await updateNote(
    noteId,
    { title: 'Leaks', body: '', tags: ['LLM07:2025', 'mine'], objectiveIds: ['LLM07:2025'] },
    { revision: 0, updatedAt: 1000 },
    2000,
  )
  await saveQuote({ text: 'q', locator: null, comment: '', tags: ['LLM03:2025'] }, undefined, 1000)
  await saveIndexEntry(
    { term: 'Agency', note: '', pages: '', tags: ['LLM06:2025', 'LLM01:2026'], objectiveIds: [] },
    undefined,
    1000,
  )
  await saveIndexEntry(
    { term: 'Untouched', note: '', pages: '', tags: ['LLM08:2026'], objectiveIds: [] },
    undefined,
    1000,
  )
  return noteId
}

describe('moving stored tags from the 2025 edition to 2026', () => {
  it('lists each change with where it is used, and nothing when there is nothing to move', async () => {
    expect(await planEditionMove(mapping)).toEqual([])
    await seed()
    const plan = await planEditionMove(mapping)
    expect(plan.map((m) => [m.from, m.to, m.uses])).toEqual([
      ['LLM03:2025', 'LLM04:2026', [{ table: 'quotes', records: 1 }]],
      ['LLM06:2025', 'LLM03:2026', [{ table: 'indexEntries', records: 1 }]],
      ['LLM07:2025', 'LLM08:2026', [{ table: 'notes', records: 1 }]],
    ])
  })

  it('rewrites every tag and link in one go, counts up revisions, and Undo puts them back', async () => {
    const noteId = await seed()
    const result = await applyEditionMove(mapping, 5000)
    expect(result.rows).toBe(3)

    const note = await db.notes.get(noteId)
    expect(note).toMatchObject({
      tags: ['LLM08:2026', 'mine'],
      objectiveIds: ['LLM08:2026'],
      revision: 2,
      updatedAt: 5000,
    })
    expect((await listQuotes()).map((q) => q.tags)).toEqual([['LLM04:2026']])
    const entries = await listIndexEntries()
    expect(Object.fromEntries(entries.map((e) => [e.term, e.tags]))).toEqual({
      Agency: ['LLM03:2026', 'LLM01:2026'],
      Untouched: ['LLM08:2026'],
    })
    expect(await planEditionMove(mapping)).toEqual([])

    await undoEditionMove(result)
    expect((await db.notes.get(noteId))?.tags).toEqual(['LLM07:2025', 'mine'])
    expect((await listQuotes()).map((q) => q.tags)).toEqual([['LLM03:2025']])
    expect(await planEditionMove(mapping)).toHaveLength(3)
  })

  it('moves a custom resource’s tags', async () => {
    await db.resources.add({
      id: 'custom-1',
      origin: 'custom',
      base: { title: 'Mine', tags: ['LLM07:2025'] },
      createdAt: 1,
      updatedAt: 1,
    } as never)
    expect((await planEditionMove(mapping))[0]?.uses).toEqual([{ table: 'resources', records: 1 }])
    await applyEditionMove(mapping)
    const stored = (await db.resources.get('custom-1')) as unknown as { base: { tags: string[] } }
    expect(stored.base.tags).toEqual(['LLM08:2026'])
  })
})
