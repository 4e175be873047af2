import { newId } from '../../../db/database'
import type { ReviewCardRecord, ReviewLogRecord } from '../../../db/records'
import { toIsoDay } from '../../../domain/dates'
import { answer, newMemory } from '../../review'
import type { AnkiCard } from './anki-parse'
import type { ApplyContext, ImportedRef } from './types'

/**
 * An Anki card's answers replayed in order through Bastion's scheduler (ts-fsrs), from a new
 * card at its first answer: the memory it ends with and one log row per answer. Exam-date
 * capping is left out: those answers were given before; it applies from the next one on.
 */
export function replay(
  card: AnkiCard,
  now: number,
): { record: ReviewCardRecord; logs: ReviewLogRecord[] } {
  let memory = newMemory(card.reviews[0]?.at ?? now)
  const logs: ReviewLogRecord[] = []
  for (const review of card.reviews) {
    const result = answer(memory, review.rating, review.at, card.id, null)
    logs.push({
      id: newId(),
      cardId: card.id,
      date: toIsoDay(new Date(review.at)),
      at: review.at,
      ...result.log,
      durationMs: review.durationMs,
    })
    memory = result.memory
  }
  const tags = card.deck && !card.tags.includes(card.deck) ? [...card.tags, card.deck] : card.tags
  return {
    record: {
      id: card.id,
      kind: card.kind,
      front: card.front,
      back: card.back,
      tags,
      objectiveIds: [],
      suspended: card.suspended,
      memory,
      createdAt: card.createdAt > 0 ? card.createdAt : now,
      updatedAt: now,
    },
    logs,
  }
}

/** Writes the cards and their review log inside the import's transaction. */
export async function addAnkiCards(
  cards: readonly AnkiCard[],
  { now, put }: Pick<ApplyContext, 'now' | 'put'>,
): Promise<ImportedRef[]> {
  const replayed = cards.map((card) => replay(card, now))
  await put(
    'reviewCards',
    replayed.map(({ record }) => record),
  )
  await put(
    'reviewLogs',
    replayed.flatMap(({ logs }) => logs),
  )
  return replayed.flatMap(({ record, logs }) => [
    { table: 'reviewCards' as const, id: record.id, label: `Card “${record.front.slice(0, 60)}”` },
    ...logs.map((log) => ({
      table: 'reviewLogs' as const,
      id: log.id,
      label: `Answer to “${record.front.slice(0, 40)}” on ${log.date}`,
    })),
  ])
}
