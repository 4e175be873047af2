import { newId } from '../../../db/database'
import { newBookRecord } from './book-record'
import type { NoteRecord, QuoteRecord, ResourceRecord } from '../../../db/records'
import { toResource } from '../../../db/resource'
import { shorten } from './decode'
import { kindleParser, locatorText, type KindleClipping } from './kindle-parse'
import { fateOf, planClippings, type KindleStore } from './kindle-plan'
import type { ApplyContext, ImportedRef, ImportLookup, ParsedRow } from './types'
import { defineFormat } from './types'

async function storeOf(lookup: ImportLookup): Promise<KindleStore> {
  const [resources, quotes, notes] = await Promise.all([
    lookup.rows<ResourceRecord>('resources'),
    lookup.rows<QuoteRecord>('quotes'),
    lookup.rows<NoteRecord>('notes'),
  ])
  return { resources: resources.map(toResource), quotes, notes }
}

function locatorOf(clipping: KindleClipping): QuoteRecord['locator'] {
  const display = locatorText(clipping)
  if (!display) return null
  const page = clipping.page && /^\d+$/.test(clipping.page) ? Number(clipping.page) : undefined
  return page !== undefined
    ? { kind: 'page', display, from: page }
    : { kind: 'text', display, ...(clipping.location ? { from: clipping.location.from } : {}) }
}

/** Quotes on the matching resource (or a new book), notes as comments, edits as updates. */
export const kindleFormat = defineFormat<KindleClipping>({
  parser: kindleParser,
  async plan(rows, lookup) {
    const { books, decisions } = planClippings(rows, await storeOf(lookup))
    return decisions.map((decision) => fateOf(decision, books, rows))
  },
  async apply(rows, context) {
    return writeClippings(rows, await storeOf(context.lookup), context)
  },
})

async function writeClippings(
  rows: readonly ParsedRow<KindleClipping>[],
  store: KindleStore,
  { now, put }: ApplyContext,
): Promise<ImportedRef[]> {
  const { books, decisions } = planClippings(rows, store)
  const refs: ImportedRef[] = []
  const resourceOf = new Map<string, string>()
  const bookId = async (key: string) => {
    const book = books.get(key)!
    if (book.resource) return book.resource.id
    let id = resourceOf.get(key)
    if (!id) {
      const record = newBookRecord(
        {
          title: shorten(book.title, 300),
          authors: book.authors.map((name) => shorten(name, 200)).slice(0, 50),
        },
        now,
      )
      await put('resources', [record])
      id = record.id
      resourceOf.set(key, id)
      refs.push({ table: 'resources', id, label: `Book “${record.base.title}”` })
    }
    return id
  }
  const quotes: QuoteRecord[] = []
  const notes: NoteRecord[] = []
  const updates: { quote: QuoteRecord; before: QuoteRecord }[] = []
  for (const [index, decision] of decisions.entries()) {
    const clipping = rows[index]!.value!
    const createdAt = clipping.addedAt ?? now
    if (decision.action === 'quote') {
      quotes.push({
        id: newId(),
        resourceId: await bookId(decision.book),
        text: clipping.text,
        locator: locatorOf(clipping),
        comment: decision.comments.join('\n\n'),
        tags: [],
        createdAt,
        updatedAt: now,
      })
    } else if (decision.action === 'note') {
      notes.push({
        id: newId(),
        resourceId: await bookId(decision.book),
        title: `Kindle note, ${locatorText(clipping) || shorten(clipping.title, 60)}`,
        body: clipping.text,
        tags: [],
        objectiveIds: [],
        createdAt,
        updatedAt: now,
      })
    } else if (decision.action === 'update-quote') {
      const current = updates.find((u) => u.quote.id === decision.quote.id)
      const base = current?.quote ?? decision.quote
      const next: QuoteRecord = {
        ...base,
        ...(decision.text !== undefined ? { text: decision.text } : {}),
        ...(decision.comment !== undefined ? { comment: decision.comment } : {}),
        updatedAt: now,
        revision: (decision.quote.revision ?? 0) + 1,
      }
      if (current) current.quote = next
      else updates.push({ quote: next, before: decision.quote })
    }
  }
  await put('quotes', [...quotes, ...updates.map((u) => u.quote)])
  await put('notes', notes)
  for (const quote of quotes) {
    refs.push({ table: 'quotes', id: quote.id, label: `Quote “${shorten(quote.text, 50)}”` })
  }
  for (const note of notes)
    refs.push({ table: 'notes', id: note.id, label: `Note “${note.title}”` })
  for (const { quote, before } of updates) {
    refs.push({
      table: 'quotes',
      id: quote.id,
      label: `Quote “${shorten(quote.text, 50)}”`,
      before,
    })
  }
  return refs
}
