import type { DerivedStore } from './derived-stores'
import { daySummary } from './packed'
import type { IsoDay, ReviewDayRecord } from './records'

/**
 * Schema 10: each review day's answers and their milliseconds, one small record per day beside
 * the day's record with all its answers (db/derived-stores.ts). The Dashboard reads a year of
 * them in one request; reading the `summary` index's keys (schema 6) took a cursor step per day,
 * each waiting its turn on a start-up's busy main thread.
 */
export const REVIEW_DAY_SUMMARY_STORE = 'reviewDaySummaries'

export interface ReviewDaySummaryRecord {
  date: IsoDay
  /** How many answers the day holds. */
  reviews: number
  /** Their measured time, summed. */
  ms: number
}

export const reviewDaySummaryStore: DerivedStore<ReviewDaySummaryRecord> = {
  name: REVIEW_DAY_SUMMARY_STORE,
  sources: ['reviewDays'],
  // Keyed by the day, like the day's own record: the same keys, the same ranges.
  idOf: (_source, date) => date as IsoDay,
  derive(_source, record) {
    const day = record as ReviewDayRecord
    const [date, reviews, ms] = daySummary(day.date, day.reviews ?? [])
    return { date, reviews, ms }
  },
  rangeOf: (_source, range) => range,
}
