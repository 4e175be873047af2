import type { NoteRecord, QuoteRecord } from '../../../db/records'
import { foldText, shorten } from './decode'
import type { KindleClipping } from './kindle-parse'
import type { ParsedRow, RowFate } from './types'

/** What a clipping becomes. Worked out the same way for the preview and, on the ticked rows, for the write. */
export type KindleDecision =
  | { action: 'quote'; book: string; comments: string[] }
  | { action: 'comment'; on: number }
  | { action: 'update-quote'; quote: QuoteRecord; text?: string; comment?: string }
  | { action: 'note'; book: string }
  | { action: 'none'; fate: RowFate }

export interface ResourceTitle {
  id: string
  title: string
  subtitle?: string
  kind: string
}

export interface KindleStore {
  resources: readonly ResourceTitle[]
  quotes: readonly QuoteRecord[]
  notes: readonly NoteRecord[]
}

/** A book of the file: an existing resource, or one the import adds. */
export interface KindleBook {
  key: string
  title: string
  authors: string[]
  resource?: ResourceTitle
}

export interface KindlePlan {
  books: Map<string, KindleBook>
  decisions: KindleDecision[]
}

function mainTitle(title: string): string {
  return foldText(title.split(/:| [-–—] /)[0] ?? title)
}

/** The resource a Kindle title names: same title (subtitle or not), books first. */
export function matchResource(
  title: string,
  resources: readonly ResourceTitle[],
): ResourceTitle | undefined {
  const whole = foldText(title)
  const main = mainTitle(title)
  const candidates = resources.filter((resource) => {
    const own = foldText(resource.title)
    const full = foldText(`${resource.title} ${resource.subtitle ?? ''}`)
    return own === whole || full === whole || own === main
  })
  return candidates.find((resource) => resource.kind === 'book') ?? candidates[0]
}

/** Locations of a stored quote, read back from its locator ("p. 12 · loc. 170–172"). */
function storedLocation(quote: QuoteRecord): { from: number; to: number } | undefined {
  const match = /loc\. (\d+)(?:–(\d+))?/.exec(quote.locator?.display ?? '')
  if (!match) return undefined
  return { from: Number(match[1]), to: Number(match[2] ?? match[1]) }
}

function overlaps(a?: { from: number; to: number }, b?: { from: number; to: number }): boolean {
  if (!a || !b) return true
  return a.from <= b.to && b.from <= a.to
}

function contains(range: { from: number; to: number } | undefined, at: number | undefined) {
  return range !== undefined && at !== undefined && range.from <= at && at <= range.to
}

/** One text holds the other: the same highlight, extended or trimmed on the device. */
function sameHighlight(a: string, b: string): boolean {
  const x = foldText(a)
  const y = foldText(b)
  return x !== '' && y !== '' && (x.includes(y) || y.includes(x))
}

const quoted = (text: string) => `“${shorten(text, 50)}”`

export function planClippings(
  rows: readonly ParsedRow<KindleClipping>[],
  store: KindleStore,
): KindlePlan {
  const books = new Map<string, KindleBook>()
  const decisions: KindleDecision[] = rows.map((row) =>
    row.error !== undefined || !row.value
      ? { action: 'none', fate: { status: 'error', detail: row.error ?? 'Unreadable entry' } }
      : row.value.kind === 'bookmark'
        ? {
            action: 'none',
            fate: { status: 'skip', detail: 'A bookmark marks a place but holds no text.' },
          }
        : { action: 'quote', book: '', comments: [] },
  )
  const bookOf = (clipping: KindleClipping): KindleBook => {
    const key = foldText(clipping.title)
    let book = books.get(key)
    if (!book) {
      book = { key, title: clipping.title, authors: clipping.authors }
      const resource = matchResource(clipping.title, store.resources)
      if (resource) book.resource = resource
      books.set(key, book)
    }
    return book
  }
  const storedQuotes = (book: KindleBook) =>
    book.resource ? store.quotes.filter((quote) => quote.resourceId === book.resource!.id) : []

  // Highlights first: in the file (twice, or edited on the device), then against the store.
  const kept: number[] = []
  rows.forEach((row, index) => {
    const clipping = row.value
    if (!clipping || clipping.kind !== 'highlight' || decisions[index]!.action === 'none') return
    const book = bookOf(clipping)
    for (const earlier of kept) {
      const other = rows[earlier]!.value!
      if (foldText(other.title) !== book.key || !overlaps(other.location, clipping.location))
        continue
      if (foldText(other.text) === foldText(clipping.text)) {
        decisions[index] = {
          action: 'none',
          fate: { status: 'duplicate', detail: `Duplicate of line ${rows[earlier]!.line}` },
        }
        return
      }
      if (sameHighlight(other.text, clipping.text)) {
        decisions[earlier] = {
          action: 'none',
          fate: {
            status: 'duplicate',
            detail: `Replaced by the highlight edited on the Kindle (line ${row.line})`,
          },
        }
        kept.splice(kept.indexOf(earlier), 1)
        break
      }
    }
    kept.push(index)
    const same = storedQuotes(book).find((q) => foldText(q.text) === foldText(clipping.text))
    if (same) {
      decisions[index] = {
        action: 'none',
        fate: {
          status: 'duplicate',
          detail: `Duplicate of the quote ${quoted(same.text)} already in “${book.resource!.title}”`,
        },
      }
      return
    }
    const edited = storedQuotes(book).find(
      (q) => sameHighlight(q.text, clipping.text) && overlaps(storedLocation(q), clipping.location),
    )
    decisions[index] = edited
      ? { action: 'update-quote', quote: edited, text: clipping.text }
      : { action: 'quote', book: book.key, comments: [] }
  })

  // Notes: the comment of the highlight they sit on, else a note of their own.
  const notesSeen: number[] = []
  rows.forEach((row, index) => {
    const clipping = row.value
    if (!clipping || clipping.kind !== 'note' || decisions[index]!.action === 'none') return
    const book = bookOf(clipping)
    const at = clipping.location?.to
    const twin = notesSeen.find((earlier) => {
      const other = rows[earlier]!.value!
      return foldText(other.title) === book.key && other.location?.to === at
    })
    if (twin !== undefined) {
      if (foldText(rows[twin]!.value!.text) === foldText(clipping.text)) {
        decisions[index] = {
          action: 'none',
          fate: { status: 'duplicate', detail: `Duplicate of line ${rows[twin]!.line}` },
        }
        return
      }
      dropComment(decisions, twin, rows[twin]!.value!.text)
      decisions[twin] = {
        action: 'none',
        fate: {
          status: 'duplicate',
          detail: `Replaced by the note edited on the Kindle (line ${row.line})`,
        },
      }
      notesSeen.splice(notesSeen.indexOf(twin), 1, index)
    } else {
      notesSeen.push(index)
    }
    const onHighlight = kept.find((h) => {
      const other = rows[h]!.value!
      return foldText(other.title) === book.key && contains(other.location, at)
    })
    const target = onHighlight === undefined ? undefined : decisions[onHighlight]
    if (target?.action === 'quote') {
      target.comments.push(clipping.text)
      decisions[index] = { action: 'comment', on: onHighlight! }
      return
    }
    const quote =
      target?.action === 'update-quote'
        ? target.quote
        : storedQuotes(book).find((q) => contains(storedLocation(q), at))
    if (quote) {
      if (foldText(quote.comment).includes(foldText(clipping.text))) {
        decisions[index] = {
          action: 'none',
          fate: { status: 'duplicate', detail: `Already the comment of ${quoted(quote.text)}` },
        }
      } else {
        const comment = [quote.comment, clipping.text].filter(Boolean).join('\n\n')
        decisions[index] = { action: 'update-quote', quote, comment }
      }
      return
    }
    const storedNote = book.resource
      ? store.notes.find(
          (note) =>
            note.resourceId === book.resource!.id &&
            foldText(note.body) === foldText(clipping.text),
        )
      : undefined
    decisions[index] = storedNote
      ? {
          action: 'none',
          fate: { status: 'duplicate', detail: `Duplicate of the note “${storedNote.title}”` },
        }
      : { action: 'note', book: book.key }
  })
  return { books, decisions }
}

/** A note replaced by its edit no longer comments on its highlight. */
function dropComment(decisions: KindleDecision[], note: number, text: string): void {
  const decision = decisions[note]
  if (decision?.action !== 'comment') return
  const highlight = decisions[decision.on]
  if (highlight?.action !== 'quote') return
  const at = highlight.comments.indexOf(text)
  if (at >= 0) highlight.comments.splice(at, 1)
}

/** The preview's words for a decision. */
export function fateOf(
  decision: KindleDecision,
  books: Map<string, KindleBook>,
  rows: readonly ParsedRow<KindleClipping>[],
): RowFate {
  const where = (key: string) => {
    const book = books.get(key)!
    return book.resource ? `“${book.resource.title}”` : `“${book.title}” (a new book)`
  }
  switch (decision.action) {
    case 'none':
      return decision.fate
    case 'quote':
      return { status: 'new', detail: `New quote in ${where(decision.book)}` }
    case 'comment':
      return {
        status: 'new',
        detail: `Comment of the highlight on line ${rows[decision.on]!.line}`,
      }
    case 'note':
      return { status: 'new', detail: `New note on ${where(decision.book)}` }
    case 'update-quote':
      return {
        status: 'update',
        detail:
          decision.text !== undefined
            ? `Updates the quote ${quoted(decision.quote.text)} (edited on the Kindle)`
            : `Adds this note as the comment of the quote ${quoted(decision.quote.text)}`,
      }
  }
}
