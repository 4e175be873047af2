import { db } from '../../db/database'
import type { StudySessionRecord } from '../../db/records'
import type { SessionFilter } from './repository'
import { loadStudyDays } from './study-days'

/**
 * The Log reads its list a page at a time: a save refreshes the newest sessions, not all 10,000.
 * Totals come from counts on the indexes and the Log's minutes cache, never from reading rows
 * (except a resource within a date range, which the [resourceId+date] index keeps small).
 */

const FIRST_DAY = '0000-01-01'
const LAST_DAY = '9999-12-31'

/** Newest day first; same-day sessions, the one logged last first. */
export function newestFirst(a: StudySessionRecord, b: StudySessionRecord): number {
  return a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1
}

function matching(filter: SessionFilter) {
  const from = filter.from || FIRST_DAY
  const to = filter.to || LAST_DAY
  if (from > to) return null
  return filter.resourceId
    ? db.sessions
        .where('[resourceId+date]')
        .between([filter.resourceId, from], [filter.resourceId, to], true, true)
    : db.sessions.where('date').between(from, to, true, true)
}

/**
 * At least the newest `limit` matching sessions, newest first. The page ends on a whole day: the
 * index orders a day's sessions by id, so the oldest day reached is read in full before sorting.
 */
export async function listSessionPage(
  filter: SessionFilter,
  limit: number,
): Promise<StudySessionRecord[]> {
  const newest = await matching(filter)
    ?.reverse()
    .limit(limit + 1)
    .toArray()
  if (!newest) return []
  if (newest.length <= limit) return newest.sort(newestFirst)
  const lastDay = newest[limit - 1]!.date
  const sameDay = await matching({ ...filter, from: lastDay, to: lastDay })!.toArray()
  return [...newest.filter((session) => session.date > lastDay), ...sameDay].sort(newestFirst)
}

export interface SessionTotals {
  count: number
  minutes: number
}

function sumDays(byDay: ReadonlyMap<string, number>, from: string, to: string): number {
  let minutes = 0
  for (const [day, value] of byDay) if (day >= from && day <= to) minutes += value
  return minutes
}

/** How many sessions match the filter and their minutes. */
export async function sessionTotals(filter: SessionFilter): Promise<SessionTotals> {
  const collection = matching(filter)
  if (!collection) return { count: 0, minutes: 0 }
  const dated = Boolean(filter.from || filter.to)
  if (!filter.resourceId && !dated) {
    const studied = await loadStudyDays()
    return { count: studied.sessionCount, minutes: studied.totalMinutes }
  }
  if (filter.resourceId && dated) {
    const sessions = await collection.toArray()
    return {
      count: sessions.length,
      minutes: sessions.reduce((sum, session) => sum + Math.max(0, session.minutes), 0),
    }
  }
  const [count, studied] = await Promise.all([collection.count(), loadStudyDays()])
  const minutes = filter.resourceId
    ? (studied.byResource.get(filter.resourceId) ?? 0)
    : sumDays(studied.byDay, filter.from || FIRST_DAY, filter.to || LAST_DAY)
  return { count, minutes }
}
