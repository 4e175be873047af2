import { db } from '../../db/database'
import { sessionDay } from '../../db/packed'
import type { IsoDay, SessionDayRecord, StudySessionRecord } from '../../db/records'

/**
 * Sessions are stored one record per day (SessionDayRecord). These are the row-level reads and
 * writes the Log, the Plan and the timer need; writes must run inside a transaction that
 * includes `db.sessionDays` (and `db.meta`, for the minutes cache callers keep in step).
 */

export const FIRST_DAY = '0000-01-01'
export const LAST_DAY = '9999-12-31'

export interface SessionRange {
  resourceId?: string
  from?: IsoDay
  to?: IsoDay
}

/** Newest day first; same-day sessions, the one logged last first. */
export function newestFirst(a: StudySessionRecord, b: StudySessionRecord): number {
  return a.date === b.date ? b.createdAt - a.createdAt : a.date < b.date ? 1 : -1
}

/**
 * The day records a range touches, oldest first, through an index: the date key, or for one
 * resource its multiEntry index (whose entries are ordered by date, the primary key, within
 * the resource). `null` for an empty range.
 */
export function daysMatching(range: SessionRange) {
  const from = range.from || FIRST_DAY
  const to = range.to || LAST_DAY
  if (from > to) return null
  if (!range.resourceId) return db.sessionDays.where('date').between(from, to, true, true)
  const all = !range.from && !range.to
  const days = db.sessionDays.where('resourceIds').equals(range.resourceId)
  return all ? days : days.and((day) => day.date >= from && day.date <= to)
}

/** Runs `read` in one read transaction over the day records: several reads, one snapshot. */
export function readingDays<T>(read: () => Promise<T>): Promise<T> {
  return db.transaction('r', db.sessionDays, read)
}

/** The sessions of these day records that the range asks for (its resource, if any). */
export function sessionsOf(days: readonly SessionDayRecord[], range: SessionRange) {
  const sessions = days.flatMap((day) => day.sessions)
  return range.resourceId
    ? sessions.filter((session) => session.resourceId === range.resourceId)
    : sessions
}

export async function findSession(id: string): Promise<StudySessionRecord | undefined> {
  const day = await db.sessionDays.where('sessionIds').equals(id).first()
  return day?.sessions.find((session) => session.id === id)
}

/** Writes a day back: its sessions, or no record once it has none. Returns the change in days. */
async function writeDay(date: IsoDay, sessions: StudySessionRecord[], existed: boolean) {
  if (sessions.length > 0) {
    await db.sessionDays.put(sessionDay(date, sessions))
    return existed ? 0 : 1
  }
  if (existed) await db.sessionDays.delete(date)
  return existed ? -1 : 0
}

/**
 * Adds or replaces a session by id (its day may change). Returns the session it replaced and
 * how many day records were added (+) or removed (−), for the minutes cache.
 */
export async function putSession(
  record: StudySessionRecord,
): Promise<{ previous?: StudySessionRecord; dayDelta: number }> {
  const previous = await removeFromDays(record.id)
  const day = await db.sessionDays.get(record.date)
  const sessions = (day?.sessions ?? []).filter((session) => session.id !== record.id)
  const added = await writeDay(record.date, [...sessions, record], Boolean(day))
  return { previous: previous.session, dayDelta: previous.dayDelta + added }
}

/** Adds a session with a new id (no other day can hold it). Returns the change in day records. */
export async function addNewSession(record: StudySessionRecord): Promise<number> {
  const day = await db.sessionDays.get(record.date)
  return writeDay(record.date, [...(day?.sessions ?? []), record], Boolean(day))
}

/** Removes a session; returns it (if it existed) and the change in day records. */
export async function removeSession(
  id: string,
): Promise<{ previous?: StudySessionRecord; dayDelta: number }> {
  const removed = await removeFromDays(id)
  return { previous: removed.session, dayDelta: removed.dayDelta }
}

async function removeFromDays(id: string) {
  const days = await db.sessionDays.where('sessionIds').equals(id).toArray()
  let session: StudySessionRecord | undefined
  let dayDelta = 0
  for (const day of days) {
    session ??= day.sessions.find((candidate) => candidate.id === id)
    const rest = day.sessions.filter((candidate) => candidate.id !== id)
    // A day holding nothing else is deleted; writeDay would put it back otherwise.
    dayDelta += await writeDay(day.date, rest, true)
  }
  return { session, dayDelta }
}
