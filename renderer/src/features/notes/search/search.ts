import type { IndexEntryRecord, NoteRecord, QuoteRecord } from '../../../db/records'
import { resultLines, type ResultLines } from './result-lines'
import { TextIndex, tokenize, type QueryTerm } from './text-index'

export { excerpt, highlightSegments, type TextSegment } from './result-lines'

export type SearchKind = 'note' | 'quote' | 'index'

/** What the search index stores per item: its text fields and a version to diff on. */
export interface SearchDocument {
  id: string
  kind: SearchKind
  itemId: string
  title: string
  text: string
  extra: string
  tags: string
  /** The item's own tags, for the tag filter (`tags` above is their searchable text). */
  tagList: string[]
  resourceId?: string
  updatedAt: number
}

/** Narrows results to one kind, one resource, one tag (each optional). */
export interface SearchFilter {
  kind?: SearchKind
  resourceId?: string
  tag?: string
}

const hasFilter = (filter: SearchFilter) => Boolean(filter.kind || filter.resourceId || filter.tag)

export function matchesFilter(document: SearchDocument, filter: SearchFilter): boolean {
  if (filter.kind && document.kind !== filter.kind) return false
  if (filter.resourceId && document.resourceId !== filter.resourceId) return false
  if (filter.tag) {
    const wanted = filter.tag.trim().toLocaleLowerCase()
    if (!document.tagList.some((tag) => tag.toLocaleLowerCase() === wanted)) return false
  }
  return true
}

export function noteDocument(note: NoteRecord): SearchDocument {
  return {
    id: `note:${note.id}`,
    kind: 'note',
    itemId: note.id,
    title: note.title,
    text: note.body,
    extra: '',
    tags: note.tags.join(' '),
    tagList: note.tags,
    resourceId: note.resourceId,
    updatedAt: note.updatedAt,
  }
}

export function quoteDocument(quote: QuoteRecord): SearchDocument {
  return {
    id: `quote:${quote.id}`,
    kind: 'quote',
    itemId: quote.id,
    title: quote.locator?.display ?? '',
    text: quote.text,
    extra: quote.comment,
    tags: quote.tags.join(' '),
    tagList: quote.tags,
    resourceId: quote.resourceId,
    updatedAt: quote.updatedAt,
  }
}

export function indexEntryDocument(entry: IndexEntryRecord): SearchDocument {
  return {
    id: `index:${entry.id}`,
    kind: 'index',
    itemId: entry.id,
    title: entry.term,
    text: entry.note,
    extra: entry.pages,
    tags: entry.tags.join(' '),
    tagList: entry.tags,
    resourceId: entry.resourceId,
    updatedAt: entry.updatedAt,
  }
}

export interface NotesSearchHit {
  document: SearchDocument
  terms: string[]
  score: number
  lines: ResultLines
}

/** Two indexed fields keep a keystroke cheap: the heading (title, tags), weighed 3×, and the text. */
const fieldBoosts = [3, 1]

function fieldTexts(document: SearchDocument): string[] {
  return [`${document.title} ${document.tags}`, `${document.text} ${document.extra}`]
}

/** The shortest query that is searched: one letter would match nearly everything. */
export const minimumQueryLength = 2

/** How many results a search returns unless asked for more. */
export const defaultResultLimit = 20

export interface NotesSearchResult {
  hits: NotesSearchHit[]
  /** How many items match in all (`hits` holds the best of them). */
  total: number
}

/**
 * One index over notes, quotes and index entries. `sync` diffs by id and updatedAt, so a change
 * re-indexes only what changed; searching never reads the database.
 */
export class NotesSearch {
  private readonly index = new TextIndex(fieldBoosts)
  private readonly documents = new Map<string, SearchDocument>()

  get size(): number {
    return this.documents.size
  }

  /** Adds, replaces or discards so the index holds exactly `next`. Returns how many changed. */
  sync(next: SearchDocument[]): number {
    return this.upsertChanged(next) + this.removeAllExcept(new Set(next.map((doc) => doc.id)))
  }

  /** Adds new documents and replaces those whose updatedAt changed. */
  upsertChanged(next: SearchDocument[]): number {
    let changed = 0
    for (const document of next) {
      const current = this.documents.get(document.id)
      if (current && current.updatedAt === document.updatedAt) continue
      this.upsert(document)
      changed += 1
    }
    return changed
  }

  /** Discards every document whose id is not in `keep`. */
  removeAllExcept(keep: Set<string>): number {
    const gone = [...this.documents.keys()].filter((id) => !keep.has(id))
    for (const id of gone) this.remove(id)
    return gone.length
  }

  upsert(document: SearchDocument): void {
    this.index.add(document.id, fieldTexts(document))
    this.documents.set(document.id, document)
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return
    this.index.remove(id)
    this.documents.delete(id)
  }

  search(query: string, limit = defaultResultLimit): NotesSearchHit[] {
    return this.find(query, limit).hits
  }

  /**
   * The best `limit` items holding every word of `query` (the last one as a prefix) that pass
   * `filter`. With a filter and no query: every item passing it, the latest changed first.
   */
  find(query: string, limit = defaultResultLimit, filter: SearchFilter = {}): NotesSearchResult {
    const text = query.trim()
    const filtered = hasFilter(filter)
    if (filtered && text.length === 0) return this.browse(limit, filter)
    if (text.length < minimumQueryLength) return { hits: [], total: 0 }
    // Only the word being typed is a prefix; finished words match exactly (much cheaper).
    const words = tokenize(text).slice(0, 32)
    const terms = (fuzzy: boolean): QueryTerm[] =>
      words.map((term, index) => ({
        term,
        prefix: index === words.length - 1,
        fuzzy: fuzzy && term.length >= 4 ? Math.min(6, Math.round(term.length * 0.2)) : 0,
      }))
    // A filter ranks every match, then keeps those passing it (totals stay exact).
    const ask = filtered ? Number.MAX_SAFE_INTEGER : limit
    let found = this.index.search(terms(false), ask)
    // Typos: only when the exact/prefix search found nothing, since fuzzy matching is costly.
    if (found.total === 0 && text.length >= 4) found = this.index.search(terms(true), ask)
    const hits: NotesSearchHit[] = []
    let total = filtered ? 0 : found.total
    for (const { id, terms: matched, score } of found.ranked) {
      const document = this.documents.get(id)
      if (!document || (filtered && !matchesFilter(document, filter))) continue
      if (filtered) total += 1
      if (hits.length < limit)
        hits.push({ document, terms: matched, score, lines: resultLines(document, matched) })
    }
    return { hits, total }
  }

  private browse(limit: number, filter: SearchFilter): NotesSearchResult {
    const passing = [...this.documents.values()]
      .filter((document) => matchesFilter(document, filter))
      .sort((a, b) => b.updatedAt - a.updatedAt)
    const hits = passing
      .slice(0, limit)
      .map((document) => ({ document, terms: [], score: 0, lines: resultLines(document, []) }))
    return { hits, total: passing.length }
  }
}
