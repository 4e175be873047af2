import { db, newId } from '../../db/database'
import { checkedRevision, type RevisionBase } from '../../db/revision'
import { cardBookKey, dueKeyPrefix, reviewCardBook, reviewDay } from '../../db/packed'
import type {
  IndexEntryRecord,
  QuoteRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  ReviewRating,
  ReviewSource,
} from '../../db/records'
import { toIsoDay } from '../../domain/dates'
import { examWindow, type ExamTarget } from './exam-window'

// The scheduler (ts-fsrs) loads when a card is made or answered, or pulled in for the exam: not
// with the Dashboard, whose due count needs none of it on most days.
const scheduling = () => import('./scheduling')

/**
 * Review cards are stored one book per resource and the log one record per day (db/packed.ts);
 * this module is the only one that sees those records. Every write is one transaction.
 */

export type CardFields = Pick<
  ReviewCardRecord,
  'kind' | 'front' | 'back' | 'source' | 'resourceId' | 'tags' | 'objectiveIds'
>

async function bookOfCard(cardId: string) {
  return db.reviewCardBooks.where('cardIds').equals(cardId).first()
}

export async function readCard(id: string): Promise<ReviewCardRecord | null> {
  const book = await bookOfCard(id)
  return book?.cards.find((card) => card.id === id) ?? null
}

/**
 * Puts a card into its book (moving it when its resource changed), where it was or at `at` (a
 * restored card goes back to its old place), else at the end. Inside a transaction.
 */
async function putCard(card: ReviewCardRecord, at?: number): Promise<void> {
  const key = cardBookKey(card)
  const current = await bookOfCard(card.id)
  if (current && current.resourceId !== key) {
    const rest = current.cards.filter((other) => other.id !== card.id)
    if (rest.length > 0) await db.reviewCardBooks.put(reviewCardBook(current.resourceId, rest))
    else await db.reviewCardBooks.delete(current.resourceId)
  }
  const book = current?.resourceId === key ? current : await db.reviewCardBooks.get(key)
  const cards = (book?.cards ?? []).filter((other) => other.id !== card.id)
  const found = book?.cards.findIndex((other) => other.id === card.id) ?? -1
  const index = found !== -1 ? found : (at ?? cards.length)
  cards.splice(Math.min(index, cards.length), 0, card)
  await db.reviewCardBooks.put(reviewCardBook(key, cards))
}

async function removeCard(id: string): Promise<void> {
  const book = await bookOfCard(id)
  if (!book) return
  const rest = book.cards.filter((card) => card.id !== id)
  if (rest.length > 0) await db.reviewCardBooks.put(reviewCardBook(book.resourceId, rest))
  else await db.reviewCardBooks.delete(book.resourceId)
}

export class CardInputError extends Error {
  override name = 'CardInputError'
}

export async function createCard(fields: CardFields, now = Date.now()): Promise<string> {
  if (!fields.front.trim()) throw new CardInputError('Write the card’s text first.')
  const { newMemory } = await scheduling()
  const id = newId()
  const card: ReviewCardRecord = {
    id,
    ...fields,
    front: fields.front.trim(),
    back: fields.back.trim(),
    suspended: false,
    memory: newMemory(now),
    createdAt: now,
    updatedAt: now,
  }
  await db.transaction('rw', db.reviewCardBooks, () => putCard(card))
  return id
}

export type CardPatch = Partial<Pick<ReviewCardRecord, 'front' | 'back' | 'tags' | 'suspended'>> & {
  /** Marks the source's current version as seen (the "source changed" notice goes away). */
  sourceSeenAt?: number
}

export async function updateCard(
  id: string,
  patch: CardPatch,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  await db.transaction('rw', db.reviewCardBooks, async () => {
    const card = await readCard(id)
    if (!card) throw new CardInputError('This card no longer exists.')
    const revision = checkedRevision(card, base, 'card', now)
    const { sourceSeenAt, ...fields } = patch
    await putCard({
      ...card,
      ...fields,
      ...(sourceSeenAt !== undefined && card.source
        ? { source: { ...card.source, seenUpdatedAt: sourceSeenAt } }
        : {}),
      ...revision,
    })
  })
}

/** What a delete took away, to put back with Undo. */
export interface DeletedCard {
  card: ReviewCardRecord
  /** Where the card stood in its book. */
  position: number
  logs: ReviewLogRecord[]
}

/** Deletes a card and its review history together. */
export async function deleteCard(id: string): Promise<DeletedCard> {
  return db.transaction('rw', db.reviewCardBooks, db.reviewDays, async () => {
    const book = await bookOfCard(id)
    const position = book?.cards.findIndex((card) => card.id === id) ?? -1
    if (!book || position === -1) throw new CardInputError('This card was already deleted.')
    const days = await db.reviewDays.where('cardIds').equals(id).toArray()
    const logs = days.flatMap((day) => day.reviews.filter((review) => review.cardId === id))
    for (const day of days) {
      const rest = day.reviews.filter((review) => review.cardId !== id)
      if (rest.length > 0) await db.reviewDays.put(reviewDay(day.date, rest))
      else await db.reviewDays.delete(day.date)
    }
    await removeCard(id)
    return { card: book.cards[position]!, position, logs }
  })
}

/** Puts a deleted card back where it was, with its reviews in their days in time order. */
export async function restoreDeletedCard(deleted: DeletedCard): Promise<void> {
  await db.transaction('rw', db.reviewCardBooks, db.reviewDays, async () => {
    await putCard(deleted.card, deleted.position)
    for (const log of deleted.logs) await addLog(log)
  })
}

/** Adds an answer to its day, in time order (answers are logged as they happen). */
async function addLog(log: ReviewLogRecord): Promise<void> {
  const day = await db.reviewDays.get(log.date)
  const reviews = (day?.reviews ?? []).filter((review) => review.id !== log.id)
  const index = reviews.findIndex((review) => review.at > log.at)
  reviews.splice(index === -1 ? reviews.length : index, 0, log)
  await db.reviewDays.put(reviewDay(log.date, reviews))
}

/** What Undo needs to put a card back exactly as it was before an answer. */
export interface AnswerUndo {
  previous: ReviewCardRecord
  log: ReviewLogRecord
}

export async function answerCard(
  id: string,
  rating: ReviewRating,
  durationMs: number,
  target: ExamTarget | null,
  now = Date.now(),
): Promise<AnswerUndo> {
  const { answer } = await scheduling()
  return db.transaction('rw', db.reviewCardBooks, db.reviewDays, async () => {
    const previous = await readCard(id)
    if (!previous) throw new CardInputError('This card no longer exists.')
    const result = answer(previous.memory, rating, now, id, target)
    const log: ReviewLogRecord = {
      id: newId(),
      cardId: id,
      date: toIsoDay(new Date(now)),
      at: now,
      ...result.log,
      durationMs: Math.max(0, Math.round(durationMs)),
    }
    // A review is not an edit: the card's revision and update time stay, so a form editing the
    // card's text is not shown a conflict because the card was answered meanwhile.
    await putCard({ ...previous, memory: result.memory })
    await addLog(log)
    return { previous, log }
  })
}

/** Puts the card back exactly as it was and removes the answer from the log. */
export async function undoAnswer(undo: AnswerUndo): Promise<void> {
  await db.transaction('rw', db.reviewCardBooks, db.reviewDays, async () => {
    await putCard(undo.previous)
    const day = await db.reviewDays.get(undo.log.date)
    if (!day) return
    const rest = day.reviews.filter((review) => review.id !== undo.log.id)
    if (rest.length > 0) await db.reviewDays.put(reviewDay(day.date, rest))
    else await db.reviewDays.delete(day.date)
  })
}

/** Cards due by their stored date: one index count, no card read. */
export async function countStoredDue(now: number): Promise<number> {
  return db.reviewCardBooks
    .where('dueKeys')
    .below(dueKeyPrefix(now + 1))
    .count()
}

/**
 * Cards scheduled after the exam that exam-date mode pulls into the final days (made or
 * answered before the exam was set): read only once those days have begun.
 */
async function pulledForExam(now: number, target: ExamTarget | null): Promise<ReviewCardRecord[]> {
  if (!target) return []
  const { examStart, windowStart } = examWindow(target)
  if (now < windowStart || now >= examStart) return []
  const { effectiveDue } = await scheduling()
  const books = await db.reviewCardBooks
    .where('dueKeys')
    .aboveOrEqual(dueKeyPrefix(examStart))
    .distinct()
    .toArray()
  return books.flatMap((book) =>
    book.cards.filter(
      (card) =>
        !card.suspended &&
        card.memory.due >= examStart &&
        effectiveDue(card.memory, card.id, card.createdAt, target) <= now,
    ),
  )
}

/** The due count the Dashboard and the Review page show. */
export async function countDue(now: number, target: ExamTarget | null): Promise<number> {
  const [stored, pulled] = await Promise.all([countStoredDue(now), pulledForExam(now, target)])
  return stored + pulled.length
}

/**
 * The `limit` most overdue cards due now, most overdue first. The session shows one card at a
 * time and reads again after each answer, so it never needs all of a large backlog: the index
 * keys name the cards, and only the books holding them are read.
 */
export async function readDueCards(
  now: number,
  target: ExamTarget | null,
  limit = 50,
): Promise<ReviewCardRecord[]> {
  const keys = await db.reviewCardBooks
    .where('dueKeys')
    .below(dueKeyPrefix(now + 1))
    .limit(limit)
    .keys()
  const ids = keys.map((key) => String(key).slice(String(key).indexOf(':') + 1))
  const wanted = new Set(ids)
  const [books, pulled] = await Promise.all([
    ids.length > 0
      ? db.reviewCardBooks.where('cardIds').anyOf(ids).distinct().toArray()
      : Promise.resolve([]),
    pulledForExam(now, target),
  ])
  const due = books.flatMap((book) =>
    book.cards.filter((card) => wanted.has(card.id) && !card.suspended && card.memory.due <= now),
  )
  return [...due, ...pulled].sort((a, b) => a.memory.due - b.memory.due)
}

/** Cards that are not suspended, and those of them due before `before`: index counts only. */
export async function countActive(before: number): Promise<{ active: number; dueBefore: number }> {
  const [active, dueBefore] = await Promise.all([
    db.reviewCardBooks.orderBy('dueKeys').count(),
    db.reviewCardBooks.where('dueKeys').below(dueKeyPrefix(before)).count(),
  ])
  return { active, dueBefore }
}

/** When the next card not due yet falls due (null when none is waiting). */
export async function readNextDue(now: number): Promise<number | null> {
  const keys = await db.reviewCardBooks
    .where('dueKeys')
    .aboveOrEqual(dueKeyPrefix(now + 1))
    .limit(1)
    .keys()
  const key = keys[0]
  return typeof key === 'string' ? Number(key.slice(0, key.indexOf(':'))) : null
}

export async function readAllCards(): Promise<ReviewCardRecord[]> {
  const books = await db.reviewCardBooks.toArray()
  return books.flatMap((book) => book.cards)
}

/** Review log rows from `fromDay` on (yyyy-MM-dd), oldest first. */
export async function readReviewLogs(fromDay: string): Promise<ReviewLogRecord[]> {
  const days = await db.reviewDays.where('date').aboveOrEqual(fromDay).toArray()
  return days.flatMap((day) => day.reviews)
}

/**
 * Answers and their milliseconds per day from `fromDay` on: the days' summaries, kept in a
 * store of their own (db/review-day-summaries.ts) and read in one request.
 */
export async function readReviewDaySummaries(
  fromDay: string,
): Promise<Map<string, { reviews: number; ms: number }>> {
  const days = await db.reviewDaySummaries.where('date').aboveOrEqual(fromDay).toArray()
  return new Map(days.map(({ date, reviews, ms }) => [date, { reviews, ms }]))
}

/** A card's source as it is now, for its link and the "source changed" notice. */
export interface CardSourceNow {
  kind: ReviewSource['kind']
  id: string
  title: string
  updatedAt: number
}

/**
 * Reads the source a card links to (a note, a quote or an index entry), or null when it was
 * deleted. Read-only: the Notes feature owns these records.
 */
export async function readCardSource(source: ReviewSource): Promise<CardSourceNow | null> {
  if (source.kind === 'note') {
    const note = await db.notes.get(source.id)
    return note
      ? {
          kind: 'note',
          id: note.id,
          title: note.title || 'Untitled note',
          updatedAt: note.updatedAt,
        }
      : null
  }
  if (source.kind === 'quote') {
    const book = await db.quoteBooks.where('quoteIds').equals(source.id).first()
    const quote: QuoteRecord | undefined = book?.quotes.find((row) => row.id === source.id)
    return quote
      ? {
          kind: 'quote',
          id: quote.id,
          title: `“${quote.text.slice(0, 60)}”`,
          updatedAt: quote.updatedAt,
        }
      : null
  }
  const book = await db.indexBooks.where('entryIds').equals(source.id).first()
  const entry: IndexEntryRecord | undefined = book?.entries.find((row) => row.id === source.id)
  return entry
    ? { kind: 'indexEntry', id: entry.id, title: entry.term, updatedAt: entry.updatedAt }
    : null
}
