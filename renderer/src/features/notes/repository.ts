import type { Table } from 'dexie'
import { db, newId } from '../../db/database'
import { putBack, takeOut } from '../../db/take-out'
import { bookKeyOf, indexBook, quoteBook } from '../../db/packed'
import type {
  IndexBookRecord,
  IndexEntryRecord,
  NoteRecord,
  QuoteBookRecord,
  QuoteRecord,
} from '../../db/records'
import {
  checkedRevision,
  isSameRevision,
  nextRevision,
  RevisionConflictError,
  type RevisionBase,
} from '../../db/revision'
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

/**
 * Quotes and index entries are stored one record per resource ("books": QuoteBookRecord,
 * IndexBookRecord); these helpers read and write rows in them, inside a transaction on the
 * book table.
 */
interface Books<Row extends { id: string; resourceId?: string }> {
  table: Table<unknown, string>
  rowsOf(book: unknown): Row[]
  make(resourceId: string, rows: Row[]): unknown
  /** The multiEntry index of row ids. */
  ids: 'entryIds' | 'quoteIds'
}

const entryBooks: Books<IndexEntryRecord> = {
  table: db.indexBooks as unknown as Table<unknown, string>,
  rowsOf: (book) => (book as IndexBookRecord).entries,
  make: indexBook,
  ids: 'entryIds',
}

const quoteBooks: Books<QuoteRecord> = {
  table: db.quoteBooks as unknown as Table<unknown, string>,
  rowsOf: (book) => (book as QuoteBookRecord).quotes,
  make: quoteBook,
  ids: 'quoteIds',
}

async function allRows<Row extends { id: string }>(books: Books<Row>): Promise<Row[]> {
  return (await books.table.toArray()).flatMap((book) => books.rowsOf(book))
}

async function findRow<Row extends { id: string }>(books: Books<Row>, id: string) {
  const book = await books.table.where(books.ids).equals(id).first()
  return book === undefined ? undefined : books.rowsOf(book).find((row) => row.id === id)
}

/** Rewrites the book holding the row without it (an emptied book is deleted). */
async function removeRow<Row extends { id: string }>(books: Books<Row>, id: string) {
  const holding = await books.table.where(books.ids).equals(id).toArray()
  for (const book of holding) {
    const key = (book as { resourceId: string }).resourceId
    const rest = books.rowsOf(book).filter((row) => row.id !== id)
    if (rest.length > 0) await books.table.put(books.make(key, rest))
    else await books.table.delete(key)
  }
}

/** Removes a row and hands it back whole, for Undo. */
async function takeRow<Row extends { id: string }>(books: Books<Row>, id: string, what: string) {
  const row = await findRow(books, id)
  if (!row) throw new Error(`This ${what} was already deleted.`)
  await removeRow(books, id)
  return row
}

/** Adds or replaces a row by id; its book follows its resource. */
async function putRow<Row extends { id: string; resourceId?: string }>(
  books: Books<Row>,
  row: Row,
) {
  await removeRow(books, row.id)
  const key = bookKeyOf(row)
  const book = await books.table.get(key)
  await books.table.put(books.make(key, [...(book ? books.rowsOf(book) : []), row]))
}

async function rowsFor<Row extends { id: string }>(books: Books<Row>, resourceId: string) {
  const book = await books.table.get(resourceId)
  return book ? books.rowsOf(book) : []
}

export async function listQuotes(): Promise<QuoteRecord[]> {
  return (await allRows(quoteBooks)).sort((a, b) => b.createdAt - a.createdAt)
}

export async function listIndexEntries(): Promise<IndexEntryRecord[]> {
  return allRows(entryBooks)
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

export class NoteDeletedError extends Error {
  override name = 'NoteDeletedError'
  constructor() {
    super('This note was deleted in another window; your text is kept in this window.')
  }
}

/**
 * Saves the editor's fields over the stored note if it is still the revision the editor is
 * based on (`base`; null saves over whatever is stored: Keep mine). Returns the new base.
 * Throws RevisionConflictError with the stored note when it changed meanwhile.
 */
export async function updateNote(
  id: string,
  fields: NoteFields,
  base: RevisionBase | null,
  now = Date.now(),
): Promise<RevisionBase> {
  return db.transaction('rw', db.notes, async () => {
    const current = await db.notes.get(id)
    if (!current) throw new NoteDeletedError()
    if (base && !isSameRevision(current, base)) throw new RevisionConflictError(current, 'note')
    // A clock set back must not make the saved note look older than the one it replaces.
    const next = nextRevision(current, Math.max(now, current.updatedAt + 1))
    const { resourceId: _drop, ...rest } = current
    await db.notes.put(withoutEmptyResource({ ...rest, ...fields, ...next }))
    return next
  })
}

export async function deleteNote(id: string): Promise<NoteRecord> {
  return takeOut(db.notes, id, 'note')
}

export async function restoreNote(record: NoteRecord): Promise<void> {
  await putBack(db.notes, record)
}

export async function saveQuote(
  fields: QuoteFields,
  id?: string,
  now = Date.now(),
  base?: RevisionBase,
): Promise<string> {
  return db.transaction('rw', db.quoteBooks, async () => {
    const current = id ? await findRow(quoteBooks, id) : undefined
    if (id && !current) throw new Error('This quote no longer exists.')
    const revision = checkedRevision(current, base, 'quote', now)
    const quote: QuoteRecord = withoutEmptyResource({
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      ...fields,
      ...revision,
    })
    await putRow(quoteBooks, quote)
    return quote.id
  })
}

export async function deleteQuote(id: string): Promise<QuoteRecord> {
  return db.transaction('rw', db.quoteBooks, () => takeRow(quoteBooks, id, 'quote'))
}

export async function restoreQuote(record: QuoteRecord): Promise<void> {
  await db.transaction('rw', db.quoteBooks, () => putRow(quoteBooks, record))
}

export async function saveIndexEntry(
  fields: IndexEntryFields,
  id?: string,
  now = Date.now(),
  base?: RevisionBase,
): Promise<string> {
  return db.transaction('rw', db.indexBooks, async () => {
    const current = id ? await findRow(entryBooks, id) : undefined
    if (id && !current) throw new Error('This index entry no longer exists.')
    const revision = checkedRevision(current, base, 'index entry', now)
    const entry: IndexEntryRecord = withoutEmptyResource({
      id: current?.id ?? newId(),
      createdAt: current?.createdAt ?? now,
      ...fields,
      ...revision,
    })
    await putRow(entryBooks, entry)
    return entry.id
  })
}

export async function deleteIndexEntry(id: string): Promise<IndexEntryRecord> {
  return db.transaction('rw', db.indexBooks, () => takeRow(entryBooks, id, 'index entry'))
}

export async function restoreIndexEntry(record: IndexEntryRecord): Promise<void> {
  await db.transaction('rw', db.indexBooks, () => putRow(entryBooks, record))
}

export interface ResourceNotes {
  notes: NoteRecord[]
  quotes: QuoteRecord[]
  entries: IndexEntryRecord[]
}

export async function listForResource(resourceId: string): Promise<ResourceNotes> {
  const [notes, quotes, entries] = await Promise.all([
    db.notes.where('resourceId').equals(resourceId).toArray(),
    rowsFor(quoteBooks, resourceId),
    rowsFor(entryBooks, resourceId),
  ])
  notes.sort((a, b) => b.updatedAt - a.updatedAt)
  return { notes, quotes, entries }
}
