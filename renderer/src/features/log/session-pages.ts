import type { StudySessionRecord } from '../../db/records'
import type { SessionFilter } from './repository'
import {
  daysMatching,
  FIRST_DAY,
  LAST_DAY,
  newestFirst,
  readingDays,
  sessionsOf,
} from './session-store'
import { loadStudyDays } from '../../db/derived'

/**
 * The Log reads its list a page at a time: a save refreshes the newest sessions, not all 10,000.
 * Totals come from the Log's minutes cache where it can answer, or else from the day records the
 * filter's index selects.
 */

/** Days read first for a page: a week. A day holds one session or dozens; see below. */
const FIRST_DAYS = 7

/**
 * At least the newest `limit` matching sessions, newest first, ending on a whole day. Every day
 * record the index selects holds at least one matching session, so the newest `limit` days are
 * always enough; but a day may hold dozens (ten sessions a day over five years is 18,000), so
 * the days are read a week first, then twice as many each time, until the page is full: the
 * refresh after a save reads a few days' sessions, not a hundred days'.
 */
export async function listSessionPage(
  filter: SessionFilter,
  limit: number,
): Promise<StudySessionRecord[]> {
  if (!daysMatching(filter)) return []
  return readingDays(async () => {
    const page: StudySessionRecord[] = []
    let read = 0
    let take = Math.min(FIRST_DAYS, limit)
    while (take > 0) {
      const days = (await daysMatching(filter)?.reverse().offset(read).limit(take).toArray()) ?? []
      for (const day of days) {
        if (page.length >= limit) break
        page.push(...sessionsOf([day], filter))
      }
      read += days.length
      if (page.length >= limit || days.length < take) break
      take = Math.min(take * 2, limit - read)
    }
    return page.sort(newestFirst)
  })
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
  const collection = daysMatching(filter)
  if (!collection) return { count: 0, minutes: 0 }
  const dated = Boolean(filter.from || filter.to)
  if (!filter.resourceId && !dated) {
    const studied = await loadStudyDays()
    return { count: studied.sessionCount, minutes: studied.totalMinutes }
  }
  if (filter.resourceId) {
    const sessions = sessionsOf(await collection.toArray(), filter)
    return {
      count: sessions.length,
      minutes: sessions.reduce((sum, session) => sum + Math.max(0, session.minutes), 0),
    }
  }
  // A date range: count the day records' sessions (their ids, not whole sessions), and take
  // the minutes from the cache.
  const [counts, studied] = await Promise.all([
    collection.toArray().then((days) => days.reduce((sum, day) => sum + day.sessions.length, 0)),
    loadStudyDays(),
  ])
  return {
    count: counts,
    minutes: sumDays(studied.byDay, filter.from || FIRST_DAY, filter.to || LAST_DAY),
  }
}
