import type { DerivedStore } from './derived-stores'
import type { IsoDay, SessionDayRecord } from './records'

/**
 * Schema 12: each study day's minutes and session count, one small record per day beside the
 * day's record with all its sessions (db/derived-stores.ts keeps it in the same transaction).
 * The Dashboard reads them all in one request: the study-days cache (db/derived/study-days.ts)
 * needed a count of the day records to know it was current, and IndexedDB counts them by
 * reading every one (16 ms for 100,000 sessions, twice per Dashboard load).
 */
export const STUDY_DAY_SUMMARY_STORE = 'studyDaySummaries'

export interface StudyDaySummaryRecord {
  date: IsoDay
  /** The day's minutes: its sessions' positive minutes, summed. */
  minutes: number
  /** How many sessions the day holds. */
  sessions: number
}

export function studyDaySummary(day: Pick<SessionDayRecord, 'date' | 'sessions'>) {
  let minutes = 0
  for (const session of day.sessions) if (session.minutes > 0) minutes += session.minutes
  return { date: day.date, minutes, sessions: day.sessions.length }
}

export const studyDaySummaryStore: DerivedStore<StudyDaySummaryRecord> = {
  name: STUDY_DAY_SUMMARY_STORE,
  sources: ['sessionDays'],
  // Keyed by the day, like the day's own record: the same keys, the same ranges.
  idOf: (_source, date) => date as IsoDay,
  derive: (_source, record) => studyDaySummary(record as SessionDayRecord),
  rangeOf: (_source, range) => range,
}
