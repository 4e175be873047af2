import MiniSearch, { type SearchResult } from 'minisearch'
import type { IndexEntryRecord, NoteRecord, QuoteRecord } from '../../db/records'

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
  updatedAt: number
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
    updatedAt: entry.updatedAt,
  }
}

export interface NotesSearchHit {
  document: SearchDocument
  terms: string[]
  score: number
}

/** Two indexed fields keep a keystroke cheap: the heading (title, tags) and the text. */
const fields = ['heading', 'body']

function extractField(document: SearchDocument, field: string): string {
  if (field === 'heading') return `${document.title} ${document.tags}`
  if (field === 'body') return `${document.text} ${document.extra}`
  return String(document[field as keyof SearchDocument] ?? '')
}

/** The shortest query that is searched: one letter would match nearly everything. */
export const minimumQueryLength = 2

/**
 * One MiniSearch index over notes, quotes and index entries. `sync` diffs by id and updatedAt,
 * so a change re-indexes only what changed; searching never reads the database.
 */
export class NotesSearch {
  private readonly index = new MiniSearch<SearchDocument>({
    fields,
    storeFields: [],
    extractField,
    searchOptions: {
      boost: { heading: 3 },
      // Only the word being typed is a prefix; finished words match exactly (much cheaper).
      prefix: (_term, index, terms) => index === terms.length - 1,
      combineWith: 'AND',
    },
  })
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
    const current = this.documents.get(document.id)
    if (current) this.index.discard(current.id)
    this.index.add(document)
    this.documents.set(document.id, document)
  }

  remove(id: string): void {
    if (!this.documents.has(id)) return
    this.index.discard(id)
    this.documents.delete(id)
  }

  search(query: string, limit = 50): NotesSearchHit[] {
    const text = query.trim()
    if (!text) return []
    if (text.length < minimumQueryLength) return []
    let results: SearchResult[] = this.index.search(text)
    // Typos: only when the exact/prefix search found nothing, since fuzzy matching is costly.
    if (results.length === 0 && text.length >= 4) {
      results = this.index.search(text, { fuzzy: (term) => (term.length >= 4 ? 0.2 : false) })
    }
    const hits: NotesSearchHit[] = []
    for (const result of results) {
      const document = this.documents.get(String(result.id))
      if (!document) continue
      hits.push({ document, terms: result.terms, score: result.score })
      if (hits.length >= limit) break
    }
    return hits
  }
}

export interface TextSegment {
  text: string
  match: boolean
}

/** Splits text into plain and matched parts (whole words starting with a matched term). */
export function highlightSegments(text: string, terms: string[]): TextSegment[] {
  const words = [...new Set(terms.filter(Boolean).map((term) => term.toLocaleLowerCase()))]
  if (words.length === 0 || !text) return [{ text, match: false }]
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu')
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    if (start > last) segments.push({ text: text.slice(last, start), match: false })
    segments.push({ text: match[0], match: true })
    last = start + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false })
  return segments
}

/** A short window of text around the first match, for a result line. */
export function excerpt(text: string, terms: string[], width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= width) return flat
  const lower = flat.toLocaleLowerCase()
  const positions = terms
    .map((term) => lower.indexOf(term.toLocaleLowerCase()))
    .filter((position) => position >= 0)
  const first = positions.length > 0 ? Math.min(...positions) : 0
  const start = Math.max(0, first - Math.floor(width / 3))
  const end = Math.min(flat.length, start + width)
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
}
