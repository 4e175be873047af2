import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { resetDatabase } from '../helpers/database'
import {
  createNote,
  deleteIndexEntry,
  deleteNote,
  deleteQuote,
  restoreIndexEntry,
  restoreNote,
  restoreQuote,
  saveIndexEntry,
  saveQuote,
} from '@renderer/features/notes/repository'

beforeEach(async () => {
  await resetDatabase()
})

// The deleting rule: a delete hands back what it removed, and Undo puts it back exactly.
describe('deleting notes, quotes and index entries can be undone exactly', () => {
  it('a quote comes back into its resource book, in its place', async () => {
    const fields = { text: 'Q', locator: null, comment: '', tags: [] as string[], resourceId: 'r1' }
    await saveQuote({ ...fields, text: 'first' }, undefined, 1)
    const id = await saveQuote({ ...fields, text: 'second', tags: ['t'] }, undefined, 2)
    const before = await db.quoteBooks.toArray()
    const removed = await deleteQuote(id)
    expect(removed.text).toBe('second')
    expect(await db.quoteBooks.toArray()).not.toEqual(before)
    await restoreQuote(removed)
    expect(await db.quoteBooks.toArray()).toEqual(before)
    await expect(deleteQuote('missing')).rejects.toThrow('This quote was already deleted.')
  })

  it('the last index entry of a book empties it, and Undo brings the book back', async () => {
    const id = await saveIndexEntry(
      { term: 'Kerberos', note: '', pages: '12', tags: [], objectiveIds: [], resourceId: 'r1' },
      undefined,
      5,
    )
    const before = await db.indexBooks.toArray()
    await restoreIndexEntry(await deleteIndexEntry(id))
    expect(await db.indexBooks.toArray()).toEqual(before)
  })

  it('a note comes back with its times', async () => {
    const id = await createNote({ title: 'T', body: 'B', resourceId: 'r1' }, 7)
    const before = await db.notes.toArray()
    await restoreNote(await deleteNote(id))
    expect(await db.notes.toArray()).toEqual(before)
  })
})
