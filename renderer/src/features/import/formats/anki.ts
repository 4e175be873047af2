import type { ReviewCardRecord } from '../../../db/records'
import { ankiParser, type AnkiCard } from './anki-parse'
import { addAnkiCards } from './anki-store'
import type { ParsedRow, RowFate } from './types'
import { defineFormat } from './types'

/** Case and spacing ignored, gaps kept: the cloze cards of one note differ only by their gaps. */
const fold = (text: string) => text.replace(/\s+/g, ' ').trim().toLocaleLowerCase('en')
const faceKey = (card: { front: string; back: string }) => `${fold(card.front)}|${fold(card.back)}`

/** New cards, or the card an earlier import (same note and card) or the user already has. */
export function planAnkiCards(
  rows: readonly ParsedRow<AnkiCard>[],
  existing: readonly Pick<ReviewCardRecord, 'id' | 'front' | 'back'>[],
): RowFate[] {
  const ids = new Set(existing.map((card) => card.id))
  const faces = new Map(existing.map((card) => [faceKey(card), card.front]))
  return rows.map((row): RowFate => {
    const card = row.value
    if (row.error || !card) return { status: 'error', detail: row.error ?? 'Not readable.' }
    if (ids.has(card.id)) {
      return { status: 'duplicate', detail: 'Already imported from this Anki note.' }
    }
    const twin = faces.get(faceKey(card))
    if (twin !== undefined) {
      return { status: 'duplicate', detail: `The same as the card “${twin.slice(0, 60)}”.` }
    }
    ids.add(card.id)
    faces.set(faceKey(card), card.front)
    const answers = card.reviews.length
    const parts = [
      answers === 0 ? 'never reviewed' : `${answers} answer${answers === 1 ? '' : 's'} replayed`,
      ...(card.deck ? [`deck ${card.deck}`] : []),
      ...(card.suspended ? ['suspended'] : []),
    ]
    return { status: 'new', detail: parts.join(' · ') }
  })
}

/** Anki cards become review cards, their answers replayed through FSRS into the review log. */
export const ankiFormat = defineFormat<AnkiCard, Promise<ParsedRow<AnkiCard>[]>>({
  parser: ankiParser,
  async plan(rows, lookup) {
    return planAnkiCards(rows, await lookup.rows<ReviewCardRecord>('reviewCards'))
  },
  async apply(rows, context) {
    return addAnkiCards(
      rows.flatMap((row) => (row.value ? [row.value] : [])),
      context,
    )
  },
})
