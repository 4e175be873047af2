import { newId } from '../../../db/database'
import type {
  ProgressEventRecord,
  ResourceProgressRecord,
  ResourceRecord,
} from '../../../db/records'
import { toResource } from '../../../db/resource'
import { newBookRecord } from './book-record'
import { foldText } from './decode'
import { shelfParser, statusNames, type ShelfBook } from './goodreads-parse'
import { matchResource, type ResourceTitle } from './kindle-plan'
import type { ApplyContext, ImportedRef, ImportLookup, ParsedRow, RowFate } from './types'
import { defineFormat } from './types'

interface Shelf {
  resources: (ResourceTitle & { isbn?: string })[]
  progress: Map<string, ResourceProgressRecord>
}

async function shelfOf(lookup: ImportLookup): Promise<Shelf> {
  const [resources, progress] = await Promise.all([
    lookup.rows<ResourceRecord>('resources'),
    lookup.rows<ResourceProgressRecord>('resourceProgress'),
  ])
  return {
    resources: resources.map(toResource),
    progress: new Map(progress.map((row) => [row.resourceId, row])),
  }
}

type Decision =
  | { action: 'add' }
  | { action: 'update'; resource: ResourceTitle }
  | { action: 'none'; fate: RowFate }

const digits = (isbn: string | undefined) => (isbn ?? '').replace(/[^0-9X]/gi, '')

function describe(book: ShelfBook): string {
  const last = book.finished.at(-1)
  return `${statusNames[book.status]}${last ? `, finished ${last}` : ''}`
}

function decide(rows: readonly ParsedRow<ShelfBook>[], shelf: Shelf): Decision[] {
  const seen = new Map<string, number>()
  return rows.map((row) => {
    const book = row.value
    if (!book) return { action: 'none', fate: { status: 'error', detail: row.error ?? '' } }
    const keys = [book.isbn ? `isbn:${book.isbn}` : '', `title:${foldText(book.title)}`]
    const twin = keys.map((key) => seen.get(key)).find((line) => line !== undefined)
    if (twin !== undefined) {
      return { action: 'none', fate: { status: 'duplicate', detail: `Duplicate of row ${twin}` } }
    }
    for (const key of keys) if (key) seen.set(key, row.line)
    const resource =
      (book.isbn && shelf.resources.find((r) => digits(r.isbn) === book.isbn)) ||
      matchResource(book.title, shelf.resources)
    if (!resource) return { action: 'add' }
    const progress = shelf.progress.get(resource.id)
    const done = progress?.status === book.status
    const dated = book.finished.length === 0 || progress?.completedOn === book.finished.at(-1)
    if (done && dated) {
      return {
        action: 'none',
        fate: {
          status: 'duplicate',
          detail: `Already in the catalog as “${resource.title}”, ${describe(book)}`,
        },
      }
    }
    return { action: 'update', resource }
  })
}

/** Books with authors, pages and ISBN; status and finish dates as progress and completions. */
export const shelfFormat = defineFormat<ShelfBook>({
  parser: shelfParser,
  async plan(rows, lookup) {
    return decide(rows, await shelfOf(lookup)).map((decision, index) => {
      const book = rows[index]!.value
      if (decision.action === 'none') return decision.fate
      if (decision.action === 'add')
        return { status: 'new', detail: `New book, ${describe(book!)}` }
      return {
        status: 'update',
        detail: `Sets “${decision.resource.title}” to ${describe(book!)}`,
      }
    })
  },
  async apply(rows, context) {
    const shelf = await shelfOf(context.lookup)
    const refs: ImportedRef[] = []
    for (const [index, decision] of decide(rows, shelf).entries()) {
      const book = rows[index]!.value!
      if (decision.action === 'add') {
        const { title, authors, isbn, pages, year, publisher } = book
        const record = newBookRecord({ title, authors, isbn, pages, year, publisher }, context.now)
        await context.put('resources', [record])
        refs.push({ table: 'resources', id: record.id, label: `Book “${book.title}”` })
        refs.push(...(await writeProgress(record.id, book, undefined, context)))
      } else if (decision.action === 'update') {
        const before = shelf.progress.get(decision.resource.id)
        refs.push(...(await writeProgress(decision.resource.id, book, before, context)))
      }
    }
    return refs
  },
})

/** The book's status, and one progress event per finish date (a completion each). */
async function writeProgress(
  resourceId: string,
  book: ShelfBook,
  before: ResourceProgressRecord | undefined,
  { now, put }: ApplyContext,
): Promise<ImportedRef[]> {
  const last = book.finished.at(-1)
  const progress: ResourceProgressRecord = {
    ...before,
    resourceId,
    status: book.status,
    ...(last ? { completedOn: last } : {}),
    updatedAt: now,
  }
  if (book.status !== 'done') delete progress.completedOn
  const note = `Imported from ${book.source}`
  const events: ProgressEventRecord[] = book.finished.length
    ? book.finished.map((day) => ({
        id: newId(),
        resourceId,
        at: now,
        status: 'done',
        completedOn: day,
        note,
      }))
    : [{ id: newId(), resourceId, at: now, status: book.status, note }]
  await put('resourceProgress', [progress])
  await put('progressEvents', events)
  return [
    {
      table: 'resourceProgress',
      id: resourceId,
      label: `Status of “${book.title}”`,
      ...(before ? { before } : {}),
    },
    ...events.map((event) => ({
      table: 'progressEvents' as const,
      id: event.id,
      label: event.completedOn
        ? `Completion of “${book.title}” on ${event.completedOn}`
        : `Status change of “${book.title}”`,
    })),
  ]
}
