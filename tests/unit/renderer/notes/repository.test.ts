import { beforeEach, describe, expect, it } from 'vitest'
import { RevisionConflictError } from '@renderer/db/revision'
import { db } from '@renderer/db/database'
import { coverageKeyId, coverageKeyOfRecord } from '@renderer/db/coverage-keys'
import {
  createNote,
  deleteIndexEntry,
  deleteQuote,
  deleteNote,
  listForResource,
  listIndexEntries,
  listQuotes,
  saveIndexEntry,
  saveQuote,
  updateNote,
} from '@renderer/features/notes/repository'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
})

describe('notes repository', () => {
  it('creates, updates and keeps created time; a free note has no resource', async () => {
    const id = await createNote({}, 1000)
    const base = { revision: 0, updatedAt: 1000 }
    const fields = { title: 'T', body: 'B', tags: ['x'], objectiveIds: ['LLM01'] }
    expect(await updateNote(id, fields, base, 2000)).toEqual({ revision: 1, updatedAt: 2000 })
    const stored = await db.notes.get(id)
    expect(stored).toEqual({
      id,
      ...fields,
      createdAt: 1000,
      updatedAt: 2000,
      revision: 1,
    })
    // Its coverage key is derived from its tags on every write, in a store of its own
    // (db/coverage-keys.ts), not on the note.
    expect(await db.coverageKeys.get(coverageKeyId('notes', id))).toEqual({
      id: coverageKeyId('notes', id),
      store: 'notes',
      key: coverageKeyOfRecord('notes', stored!),
    })
  })

  it('refuses a quote or index entry form saved over a newer revision', async () => {
    const quote = { text: 'a', locator: null, comment: '', tags: [] }
    const id = await saveQuote(quote, undefined, 10)
    const base = { revision: 1, updatedAt: 10 }
    await saveQuote({ ...quote, comment: 'other window' }, id, 20, base)
    await expect(saveQuote({ ...quote, comment: 'this form' }, id, 30, base)).rejects.toThrow(
      /quote changed in another window, so your changes were not saved over it/,
    )
    expect((await listQuotes())[0]).toMatchObject({ comment: 'other window', revision: 2 })
    const entry = { term: 'AES', note: '', pages: '1', tags: [], objectiveIds: [] }
    const entryId = await saveIndexEntry(entry, undefined, 10)
    await saveIndexEntry({ ...entry, pages: '2' }, entryId, 20, base)
    await expect(saveIndexEntry({ ...entry, pages: '3' }, entryId, 30, base)).rejects.toThrow(
      RevisionConflictError,
    )
  })

  it('refuses a save based on an older revision and hands back the stored note', async () => {
    const id = await createNote({ body: 'first' }, 1000)
    const base = { revision: 0, updatedAt: 1000 }
    const other = { title: '', body: 'saved in window B', tags: [], objectiveIds: [] }
    await updateNote(id, other, base, 2000)
    const stale = updateNote(id, { ...other, body: 'typed in window A' }, base, 3000)
    await expect(stale).rejects.toBeInstanceOf(RevisionConflictError)
    await expect(stale).rejects.toMatchObject({
      theirs: { body: 'saved in window B', revision: 1 },
    })
    expect((await db.notes.get(id))?.body).toBe('saved in window B')
    // Keep mine: saved over the revision it was shown.
    await updateNote(id, { ...other, body: 'typed in window A' }, { revision: 1, updatedAt: 2000 })
    expect(await db.notes.get(id)).toMatchObject({ body: 'typed in window A', revision: 2 })
  })

  it('refuses to save a deleted note, with a message saying the text is kept', async () => {
    const id = await createNote({ body: 'x' })
    await deleteNote(id)
    await expect(
      updateNote(id, { title: '', body: 'y', tags: [], objectiveIds: [] }, null),
    ).rejects.toThrow(/deleted in another window; your text is kept/)
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
    expect(await listQuotes()).toEqual([
      expect.objectContaining({ id, text: 'b', createdAt: 10, updatedAt: 20 }),
    ])
    // Quotes are kept one record per resource; moving one to a book moves it between records.
    await saveQuote(
      { text: 'b', locator: null, comment: '', tags: [], resourceId: 'book-a' },
      id,
      30,
    )
    expect(await db.quoteBooks.count()).toBe(1)
    expect((await listForResource('book-a')).quotes.map((quote) => quote.id)).toEqual([id])
    await deleteQuote(id)
    expect(await db.quoteBooks.count()).toBe(0)
    await expect(
      saveQuote({ text: 'c', locator: null, comment: '', tags: [] }, id),
    ).rejects.toThrow('no longer exists')
  })

  it('keeps index entries one record per book, and moves an entry whose book changes', async () => {
    const fields = (term: string, resourceId?: string) => ({
      term,
      note: '',
      pages: 'p. 1',
      tags: [],
      objectiveIds: [],
      ...(resourceId ? { resourceId } : {}),
    })
    const aes = await saveIndexEntry(fields('AES', 'book-a'), undefined, 1)
    await saveIndexEntry(fields('RSA', 'book-a'), undefined, 2)
    const free = await saveIndexEntry(fields('Kerberos'), undefined, 3)
    expect(await db.indexBooks.count()).toBe(2)
    expect((await db.indexBooks.get('book-a'))?.entryIds).toHaveLength(2)

    await saveIndexEntry(fields('AES-GCM', 'book-b'), aes, 4)
    expect((await db.indexBooks.get('book-a'))?.entries.map((entry) => entry.term)).toEqual(['RSA'])
    expect((await listForResource('book-b')).entries).toEqual([
      { id: aes, createdAt: 1, updatedAt: 4, revision: 2, ...fields('AES-GCM', 'book-b') },
    ])

    await deleteIndexEntry(free)
    await deleteIndexEntry(aes)
    expect(await db.indexBooks.count()).toBe(1)
    expect((await listIndexEntries()).map((entry) => entry.term)).toEqual(['RSA'])
    await expect(saveIndexEntry(fields('x'), aes)).rejects.toThrow('no longer exists')
  })
})
