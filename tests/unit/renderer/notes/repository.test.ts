import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '../../../../renderer/src/db/database'
import {
  createNote,
  deleteNote,
  listForResource,
  saveIndexEntry,
  saveQuote,
  updateNote,
} from '../../../../renderer/src/features/notes/repository'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

describe('notes repository', () => {
  it('creates, updates and keeps created time; a free note has no resource', async () => {
    const id = await createNote({}, 1000)
    await updateNote(id, { title: 'T', body: 'B', tags: ['x'], objectiveIds: ['LLM01'] }, 2000)
    const stored = await db.notes.get(id)
    expect(stored).toEqual({
      id,
      title: 'T',
      body: 'B',
      tags: ['x'],
      objectiveIds: ['LLM01'],
      createdAt: 1000,
      updatedAt: 2000,
    })
  })

  it('refuses to save a deleted note, with a message saying the text is kept', async () => {
    const id = await createNote({ body: 'x' })
    await deleteNote(id)
    await expect(
      updateNote(id, { title: '', body: 'y', tags: [], objectiveIds: [] }),
    ).rejects.toThrow(/no longer exists/)
    expect(await db.notes.count()).toBe(0)
  })

  it('lists one resource’s notes, quotes and index entries', async () => {
    await createNote({ resourceId: 'book-a', body: 'a' })
    await createNote({ body: 'free' })
    const quoteId = await saveQuote({
      resourceId: 'book-a',
      text: 'q',
      locator: { kind: 'pages', display: 'pp. 1–2', from: 1, to: 2 },
      comment: '',
      tags: [],
    })
    await saveIndexEntry({
      resourceId: 'book-b',
      term: 'AES',
      note: '',
      pages: 'p. 3',
      tags: [],
      objectiveIds: [],
    })
    const mine = await listForResource('book-a')
    expect(mine.notes.map((note) => note.body)).toEqual(['a'])
    expect(mine.quotes.map((quote) => quote.id)).toEqual([quoteId])
    expect(mine.entries).toEqual([])
  })

  it('edits a quote in place, keeping its created time', async () => {
    const id = await saveQuote({ text: 'a', locator: null, comment: '', tags: [] }, undefined, 10)
    await saveQuote({ text: 'b', locator: null, comment: 'c', tags: [] }, id, 20)
    expect(await db.quotes.get(id)).toMatchObject({ text: 'b', createdAt: 10, updatedAt: 20 })
  })
})
