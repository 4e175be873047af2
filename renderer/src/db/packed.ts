import type {
  IndexBookRecord,
  IndexEntryRecord,
  IsoDay,
  QuoteBookRecord,
  QuoteRecord,
  ReviewCardBookRecord,
  ReviewCardRecord,
  ReviewDayRecord,
  ReviewLogRecord,
  SessionDayRecord,
  StudySessionRecord,
} from './records'

/**
 * Three logical tables are stored packed, several rows to an IndexedDB record (see
 * SessionDayRecord, IndexBookRecord and QuoteBookRecord in records.ts): `sessions` one record
 * per day, `indexEntries` and `quotes` one record per resource. Everything that speaks in rows (backups, CSV, the
 * change feed's table names, the features' repositories) goes through this module.
 */

/** Key of an index book for entries that point at no resource. */
export const NO_RESOURCE = ''

export function sessionDay(date: IsoDay, sessions: StudySessionRecord[]): SessionDayRecord {
  return {
    date,
    sessions,
    resourceIds: [...new Set(sessions.map((session) => session.resourceId))],
    sessionIds: sessions.map((session) => session.id),
  }
}

/**
 * Every tag and framework link of a book's rows, once each (indexed from schema 8: Coverage
 * finds the books that hold an item's tag without reading the others).
 */
export function rowTags(
  rows: readonly { tags?: readonly string[]; objectiveIds?: readonly string[] }[],
): string[] {
  const tags = new Set<string>()
  for (const row of rows) {
    for (const tag of row.tags ?? []) tags.add(tag)
    for (const tag of row.objectiveIds ?? []) tags.add(tag)
  }
  return [...tags]
}

export function indexBook(resourceId: string, entries: IndexEntryRecord[]): IndexBookRecord {
  return { resourceId, entries, entryIds: entries.map((entry) => entry.id), tags: rowTags(entries) }
}

export function quoteBook(resourceId: string, quotes: QuoteRecord[]): QuoteBookRecord {
  return { resourceId, quotes, quoteIds: quotes.map((quote) => quote.id), tags: rowTags(quotes) }
}

export function bookKeyOf(entry: Pick<IndexEntryRecord, 'resourceId'>): string {
  return entry.resourceId ?? NO_RESOURCE
}

/** Groups rows by key; a later row with an id already seen replaces the earlier one (as put does). */
function groupById<Row extends { id: string }>(
  rows: readonly Row[],
  keyOf: (row: Row) => string,
): Map<string, Row[]> {
  const byId = new Map<string, Row>()
  for (const row of rows) {
    byId.delete(row.id)
    byId.set(row.id, row)
  }
  const groups = new Map<string, Row[]>()
  for (const row of byId.values()) {
    const key = keyOf(row)
    const group = groups.get(key)
    if (group) group.push(row)
    else groups.set(key, [row])
  }
  return groups
}

export function packSessions(rows: readonly StudySessionRecord[]): SessionDayRecord[] {
  return [...groupById(rows, (row) => row.date)].map(([date, sessions]) =>
    sessionDay(date, sessions),
  )
}

export function packIndexEntries(rows: readonly IndexEntryRecord[]): IndexBookRecord[] {
  return [...groupById(rows, bookKeyOf)].map(([resourceId, entries]) =>
    indexBook(resourceId, entries),
  )
}

export function packQuotes(rows: readonly QuoteRecord[]): QuoteBookRecord[] {
  return [...groupById(rows, bookKeyOf)].map(([resourceId, quotes]) =>
    quoteBook(resourceId, quotes),
  )
}

/** A card's key in its book's `dueKeys` index: due instant (zero-padded) then id. */
export function dueKey(due: number, cardId: string): string {
  return `${dueKeyPrefix(due)}:${cardId}`
}

/** Keys below `dueKeyPrefix(now + 1)` are the cards due at or before `now`. */
export function dueKeyPrefix(due: number): string {
  return String(Math.max(0, Math.floor(due))).padStart(15, '0')
}

export function reviewCardBook(
  resourceId: string,
  cards: ReviewCardRecord[],
): ReviewCardBookRecord {
  return {
    resourceId,
    cards,
    cardIds: cards.map((card) => card.id),
    tags: rowTags(cards),
    dueKeys: cards
      .filter((card) => !card.suspended)
      .map((card) => dueKey(card.memory.due, card.id)),
  }
}

/** A review day's index key: the day, how many answers, and their milliseconds. */
export function daySummary(
  date: IsoDay,
  reviews: readonly ReviewLogRecord[],
): [IsoDay, number, number] {
  return [date, reviews.length, reviews.reduce((sum, review) => sum + review.durationMs, 0)]
}

export function reviewDay(date: IsoDay, reviews: ReviewLogRecord[]): ReviewDayRecord {
  return {
    date,
    reviews,
    logIds: reviews.map((review) => review.id),
    cardIds: [...new Set(reviews.map((review) => review.cardId))],
  }
}

/**
 * The book a card is stored in: its resource's, or for a card without one, one of 32 books
 * chosen by its id. Every answer rewrites the card's book, and cards from free-standing notes
 * or written from scratch would otherwise all share one ever-growing record.
 */
export function cardBookKey(card: Pick<ReviewCardRecord, 'id' | 'resourceId'>): string {
  if (card.resourceId !== undefined) return card.resourceId
  let hash = 0
  for (let i = 0; i < card.id.length; i += 1)
    hash = (Math.imul(hash, 31) + card.id.charCodeAt(i)) | 0
  return `${NO_RESOURCE}#${(hash >>> 0) % 32}`
}

export function packReviewCards(rows: readonly ReviewCardRecord[]): ReviewCardBookRecord[] {
  return [...groupById(rows, cardBookKey)].map(([resourceId, cards]) =>
    reviewCardBook(resourceId, cards),
  )
}

export function packReviewLogs(rows: readonly ReviewLogRecord[]): ReviewDayRecord[] {
  return [...groupById(rows, (row) => row.date)].map(([date, reviews]) => reviewDay(date, reviews))
}

interface Packing {
  /** The object store that holds the packed records. */
  stored: 'sessionDays' | 'indexBooks' | 'quoteBooks' | 'reviewCardBooks' | 'reviewDays'
  /** A multiEntry index with one key per row: counting it counts rows without reading them. */
  rowIds: 'sessionIds' | 'entryIds' | 'quoteIds' | 'cardIds' | 'logIds'
  pack(rows: readonly unknown[]): unknown[]
  unpack(records: readonly unknown[]): unknown[]
}

export const packedTables = {
  sessions: {
    stored: 'sessionDays',
    rowIds: 'sessionIds',
    pack: (rows) => packSessions(rows as StudySessionRecord[]),
    unpack: (records) => (records as SessionDayRecord[]).flatMap((day) => day.sessions),
  },
  indexEntries: {
    stored: 'indexBooks',
    rowIds: 'entryIds',
    pack: (rows) => packIndexEntries(rows as IndexEntryRecord[]),
    unpack: (records) => (records as IndexBookRecord[]).flatMap((book) => book.entries),
  },
  quotes: {
    stored: 'quoteBooks',
    rowIds: 'quoteIds',
    pack: (rows) => packQuotes(rows as QuoteRecord[]),
    unpack: (records) => (records as QuoteBookRecord[]).flatMap((book) => book.quotes),
  },
  reviewCards: {
    stored: 'reviewCardBooks',
    rowIds: 'cardIds',
    pack: (rows) => packReviewCards(rows as ReviewCardRecord[]),
    unpack: (records) => (records as ReviewCardBookRecord[]).flatMap((book) => book.cards),
  },
  reviewLogs: {
    stored: 'reviewDays',
    rowIds: 'logIds',
    pack: (rows) => packReviewLogs(rows as ReviewLogRecord[]),
    unpack: (records) => (records as ReviewDayRecord[]).flatMap((day) => day.reviews),
  },
} as const satisfies Record<string, Packing>

export type PackedTableName = keyof typeof packedTables

export function packingOf(table: string): Packing | undefined {
  return (packedTables as Record<string, Packing>)[table]
}

/** The logical table (as backups and query keys name it) an object store belongs to. */
export function logicalTableOf(store: string): string {
  for (const [table, packing] of Object.entries(packedTables)) {
    if (packing.stored === store) return table
  }
  return store
}
