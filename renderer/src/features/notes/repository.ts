import { db, newId } from '../../db/database'
import { bookKeyOf, indexBook } from '../../db/packed'
import type { IndexEntryRecord, NoteRecord, QuoteRecord } from '../../db/records'
import type { NoteFields } from './draft'

export type QuoteFields = Pick<QuoteRecord, 'text' | 'locator' | 'comment' | 'tags' | 'resourceId'>
export type IndexEntryFields = Pick<
  IndexEntryRecord,
  'term' | 'note' | 'pages' | 'tags' | 'objectiveIds' | 'resourceId'
>

/** Dexie keeps `undefined` fields; an absent resource is stored as no property at all. */
function withoutEmptyResource<T extends { resourceId?: string }>(value: T): T {
  const copy = { ...value }
  if (!copy.resourceId) delete copy.resourceId
  return copy
}

export async function listNotes(): Promise<NoteRecord[]> {
  return db.notes.orderBy('updatedAt').reverse().toArray()
}

export async function listQuotes(): Promise<QuoteRecord[]> {
  return db.quotes.orderBy('createdAt').reverse().toArray()
}

/** Index entries are stored one record per resource (IndexBookRecord); these read rows. */
export async function listIndexEntries(): Promise<IndexEntryRecord[]> {
  return (await db.indexBooks.toArray()).flatMap((book) => book.entries)
}

async function findIndexEntry(id: string): Promise<IndexEntryRecord | undefined> {
  const book = await db.indexBooks.where('entryIds').equals(id).first()
  return book?.entries.find((entry) => entry.id === id)
}

/** Rewrites a book without the entry (inside a transaction on db.indexBooks). */
async function removeFromBooks(id: string): Promise<boolean> {
  const books = await db.indexBooks.where('entryIds').equals(id).toArray()
  for (const book of books) {
    const rest = book.entries.filter((entry) => entry.id !== id)
    if (rest.length > 0) await db.indexBooks.put(indexBook(book.resourceId, rest))
    else await db.indexBooks.delete(book.resourceId)
  }
  return books.length > 0
}

export async function getNote(id: string): Promise<NoteRecord | null> {
  return (await db.notes.get(id)) ?? null
}

export async function createNote(fields: Partial<NoteFields>, now = Date.now()): Promise<string> {
  const note: NoteRecord = withoutEmptyResource({
    id: newId(),
    title: fields.title ?? '',
    body: fields.body ?? '',
    tags: fields.tags ?? [],
    objectiveIds: fields.objectiveIds ?? [],
    resourceId: fields.resourceId,
    createdAt: now,
    updatedAt: now,
  })
  await db.notes.add(note)
  return note.id
}

/** Saves the editor's fields; returns the new updatedAt. */
export async function updateNote(
  id: string,
  fields: NoteFields,
  now = Date.now(),
): Promise<number> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id)
    if (!current) throw new Error('This note no longer exists; your text is kept in this window.')
    const { resourceId: _drop, ...rest } = current
    await db.notes.put(withoutEmptyResource({ ...rest, ...fields, updatedAt: now }))
    return now
  })
}

export async function deleteNote(id: string): Promise<void> {
  await db.notes.delete(id)
}

export async function saveQuote(
  fields: QuoteFields,
  id?: string,
  now = Date.now(),
): Promise<string> {
  return db.transaction('rw', db.quotes, async () => {
    const current = id ? await db.quotes.get(id) : undefined
    if (id && !current) throw new Error('This quote no longer exists.')
    const quote: QuoteRecord = withoutEmptyResource({
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      ...fields,
      updatedAt: now,
    })
    await db.quotes.put(quote)
    return quote.id
  })
}

export async function deleteQuote(id: string): Promise<void> {
  await db.quotes.delete(id)
}

export async function saveIndexEntry(
  fields: IndexEntryFields,
  id?: string,
  now = Date.now(),
): Promise<string> {
  return db.transaction('rw', db.indexBooks, async () => {
    const current = id ? await findIndexEntry(id) : undefined
    if (id && !current) throw new Error('This index entry no longer exists.')
    const entry: IndexEntryRecord = withoutEmptyResource({
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      ...fields,
      updatedAt: now,
    })
    if (current) await removeFromBooks(current.id)
    const key = bookKeyOf(entry)
    const book = await db.indexBooks.get(key)
    await db.indexBooks.put(indexBook(key, [...(book?.entries ?? []), entry]))
    return entry.id
  })
}

export async function deleteIndexEntry(id: string): Promise<void> {
  await db.transaction('rw', db.indexBooks, () => removeFromBooks(id))
}

export interface ResourceNotes {
  notes: NoteRecord[]
  quotes: QuoteRecord[]
  entries: IndexEntryRecord[]
}

export async function listForResource(resourceId: string): Promise<ResourceNotes> {
  const [notes, quotes, entries] = await Promise.all([
    db.notes.where('resourceId').equals(resourceId).toArray(),
    db.quotes.where('resourceId').equals(resourceId).toArray(),
    db.indexBooks.get(resourceId).then((book) => book?.entries ?? []),
  ])
  notes.sort((a, b) => b.updatedAt - a.updatedAt)
  return { notes, quotes, entries }
}
