import { subDays } from 'date-fns'
import type { ReviewCardRecord, ReviewLogRecord } from '../../db/records'
import { parseIsoDay, toIsoDay } from '../../domain/dates'

export interface DayCount {
  day: string
  reviews: number
  minutes: number
}

/** Reviews and their minutes per day, for the last `days` days up to `today`, oldest first. */
export function reviewsPerDay(
  logs: readonly ReviewLogRecord[],
  today: string,
  days: number,
): DayCount[] {
  const byDay = new Map<string, DayCount>()
  const end = parseIsoDay(today)
  for (let i = days - 1; i >= 0; i -= 1) {
    const day = toIsoDay(subDays(end, i))
    byDay.set(day, { day, reviews: 0, minutes: 0 })
  }
  for (const log of logs) {
    const entry = byDay.get(log.date)
    if (!entry) continue
    entry.reviews += 1
    entry.minutes += log.durationMs / 60_000
  }
  return [...byDay.values()]
}

/**
 * Recall rate: of the answers to cards already learnt (in review), the share that was not
 * Again. New and learning steps are left out: forgetting a card just seen says little.
 */
export function recallRate(logs: readonly ReviewLogRecord[]): number | null {
  const reviews = logs.filter((log) => log.state === 2)
  if (reviews.length === 0) return null
  return reviews.filter((log) => log.rating > 1).length / reviews.length
}

export interface CardsByState {
  new: number
  learning: number
  review: number
  relearning: number
  suspended: number
}

export function cardsByState(cards: readonly ReviewCardRecord[]): CardsByState {
  const counts: CardsByState = { new: 0, learning: 0, review: 0, relearning: 0, suspended: 0 }
  for (const card of cards) {
    if (card.suspended) counts.suspended += 1
    else if (card.memory.state === 0) counts.new += 1
    else if (card.memory.state === 1) counts.learning += 1
    else if (card.memory.state === 2) counts.review += 1
    else counts.relearning += 1
  }
  return counts
}

/**
 * Study minutes per day with review time added (each day's answers, rounded to whole minutes):
 * reviewing counts as study. Days without reviews keep their own entry.
 */
export function withReviewMinutes(
  minutesByDay: ReadonlyMap<string, number>,
  reviewDays: ReadonlyMap<string, { reviews: number; ms: number }> | undefined,
): ReadonlyMap<string, number> {
  if (!reviewDays || reviewDays.size === 0) return minutesByDay
  const merged = new Map(minutesByDay)
  for (const [day, { ms }] of reviewDays) {
    const minutes = Math.round(ms / 60_000)
    if (minutes > 0) merged.set(day, (merged.get(day) ?? 0) + minutes)
  }
  return merged
}
