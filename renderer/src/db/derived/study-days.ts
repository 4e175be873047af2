import { db } from '../database'
import type { IsoDay, StudySessionRecord } from '../records'

/**
 * Minutes and the last day studied per resource, kept beside the sessions so a page reads one
 * small record instead of every session (10,000 sessions cost a second to read on a slow
 * machine). Minutes per day are the days' own summaries (db/study-day-summaries.ts); records
 * stored before them also hold `days`, which the next session write drops.
 * Every session write adjusts it in the same transaction; a day-record count that disagrees
 * (another writer) makes the next read rebuild it from the sessions, and a restore drops it.
 * Readers learn of a change from the change feed, like every other query.
 */
export const STUDY_DAYS_KEY = 'log.minutesByDay'
const KEY = STUDY_DAYS_KEY

interface StoredStudyDays {
  sessions: number
  /** Day records in db.sessionDays: a count that disagrees means the cache is stale. */
  dayRecords: number
  /** Minutes per resource id, all time (the Plan's "planned minus logged"). */
  resources: Record<string, number>
  /** The last day each resource id has a session on (Coverage's "last studied"). */
  lastDays: Record<string, IsoDay>
}

export interface StudyDays {
  byDay: Map<string, number>
  sessionCount: number
  totalMinutes: number
}

export type DayPart = Pick<StudySessionRecord, 'date' | 'minutes' | 'resourceId'>

function lastDayByResource(sessions: readonly DayPart[]): Record<string, IsoDay> {
  const last: Record<string, IsoDay> = {}
  for (const { resourceId, date } of sessions) {
    const known = last[resourceId]
    if (known === undefined || date > known) last[resourceId] = date
  }
  return last
}

/** The newest day with a session on the resource, from the sessions' index (keys only). */
async function lastDayOf(resourceId: string): Promise<IsoDay | undefined> {
  const [day] = await db.sessionDays
    .where('resourceIds')
    .equals(resourceId)
    .reverse()
    .limit(1)
    .primaryKeys()
  return day
}

function minutesByResource(sessions: readonly DayPart[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const session of sessions) {
    map.set(session.resourceId, (map.get(session.resourceId) ?? 0) + Math.max(0, session.minutes))
  }
  return map
}

/**
 * Call inside a transaction that includes db.sessionDays and db.meta, after the session write;
 * `dayDelta` is how many day records that write added (+) or removed (−).
 */
export async function adjustStudyDays(
  removed?: DayPart,
  added?: DayPart,
  dayDelta = 0,
): Promise<void> {
  const record = await db.meta.get(KEY)
  const stored = record?.value as StoredStudyDays | undefined
  if (!stored) return
  // The record read from IndexedDB is a fresh copy: change it in place (copying 3,000
  // resources would cost as much as the write).
  const { resources, lastDays } = stored
  const shift = (part: DayPart, sign: 1 | -1) => {
    const perResource = (resources[part.resourceId] ?? 0) + sign * Math.max(0, part.minutes)
    if (perResource > 0) resources[part.resourceId] = perResource
    else delete resources[part.resourceId]
  }
  if (removed) shift(removed, -1)
  if (added) shift(added, 1)
  // The last day: a removal from it asks the index (the write is already in it), an addition
  // can only move it later.
  if (removed && lastDays[removed.resourceId] === removed.date) {
    const day = await lastDayOf(removed.resourceId)
    if (day === undefined) delete lastDays[removed.resourceId]
    else lastDays[removed.resourceId] = day
  }
  if (added) {
    const known = lastDays[added.resourceId]
    if (known === undefined || added.date > known) lastDays[added.resourceId] = added.date
  }
  const sessions = stored.sessions + (added ? 1 : 0) - (removed ? 1 : 0)
  const dayRecords = stored.dayRecords + dayDelta
  const next = { sessions, dayRecords, resources, lastDays } satisfies StoredStudyDays
  await db.meta.put({ key: KEY, value: next })
}

function isStored(value: unknown): value is StoredStudyDays {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as StoredStudyDays).sessions === 'number' &&
    typeof (value as StoredStudyDays).dayRecords === 'number' &&
    typeof (value as StoredStudyDays).resources === 'object' &&
    (value as StoredStudyDays).resources !== null &&
    typeof (value as StoredStudyDays).lastDays === 'object' &&
    (value as StoredStudyDays).lastDays !== null
  )
}

/**
 * Minutes per day, sessions and minutes in all (the Dashboard's figures), from the days'
 * summaries (db/study-day-summaries.ts): one request for small records the database keeps
 * itself, so never stale and never rebuilt here.
 */
export async function loadStudyDays(): Promise<StudyDays> {
  const summaries = await db.studyDaySummaries.toArray()
  const byDay = new Map<IsoDay, number>()
  let sessionCount = 0
  let totalMinutes = 0
  for (const { date, minutes, sessions } of summaries) {
    sessionCount += sessions
    if (!(minutes > 0)) continue
    byDay.set(date, minutes)
    totalMinutes += minutes
  }
  return { byDay, sessionCount, totalMinutes }
}

/** Minutes logged per resource id, all time (what the Plan needs, without the days). */
export async function loadMinutesByResource(): Promise<Map<string, number>> {
  return new Map(Object.entries((await loadStoredStudyDays()).resources))
}

/** Per resource id, the minutes logged on it (all time) and the last day studied. */
export async function loadStudyByResource(): Promise<{
  minutes: Map<string, number>
  lastDays: Map<string, IsoDay>
}> {
  const stored = await loadStoredStudyDays()
  return {
    minutes: new Map(Object.entries(stored.resources)),
    lastDays: new Map(Object.entries(stored.lastDays)),
  }
}

async function loadStoredStudyDays(): Promise<StoredStudyDays> {
  // The summaries are one per day record, kept by the database itself: counting them is cheap,
  // where counting the day records reads every one.
  const [record, count] = await db.transaction('r', [db.meta, db.studyDaySummaries], () =>
    Promise.all([db.meta.get(KEY), db.studyDaySummaries.count()]),
  )
  if (isStored(record?.value) && record.value.dayRecords === count) return record.value
  return db.transaction('rw', [db.meta, db.sessionDays], async () => {
    const dayRecords = await db.sessionDays.toArray()
    return writeStudyDays(
      dayRecords.flatMap((day) => day.sessions),
      dayRecords.length,
    )
  })
}

/**
 * Writes the cache for exactly these sessions, stored in `dayRecords` day records (inside a
 * transaction that includes db.meta): the rebuild above, and a replace restore, which holds the
 * rows in memory and so spares the next read a pass over every day.
 */
export async function writeStudyDays(
  sessions: readonly DayPart[],
  dayRecords: number,
): Promise<StoredStudyDays> {
  const stored: StoredStudyDays = {
    sessions: sessions.length,
    dayRecords,
    resources: Object.fromEntries(minutesByResource(sessions)),
    lastDays: lastDayByResource(sessions),
  }
  await db.meta.put({ key: KEY, value: stored })
  return stored
}
