import { db, newId } from '../../db/database'
import { checkedRevision, nextRevision, type RevisionBase } from '../../db/revision'
import type {
  ExpenseCategory,
  IsoDay,
  ProgressEventRecord,
  ProgressStatus,
  ResourceProgressRecord,
  StudySessionRecord,
} from '../../db/records'
import { defaultUnit, type ProgressUnit } from '../../domain/progress'
import { paidExpenseFor } from '../../domain/expenses'
import { toResource } from '../../db/resource'
import type { ResourceKind } from '../../db/resource-schema'
import type { SessionValues } from './session-input'
import {
  addNewSession,
  daysMatching,
  findSession,
  newestFirst,
  putSession,
  removeSession,
  sessionsOf,
  type SessionRange,
} from './session-store'
import { adjustStudyDays } from '../../db/derived'
import { RunningTimer, TIMER_SETTING, timerDay, timerMinutes } from './timer'

/** Which sessions a list or total covers (see session-store's SessionRange). */
export type SessionFilter = SessionRange

/** False only when this start creates the database: no session can be stored yet. */
export function mayHaveSessions(): Promise<boolean> {
  return db.existedBeforeStart()
}

/** Newest first, through the day records' indexes (never a scan of everything). */
export async function listSessions(filter: SessionFilter = {}): Promise<StudySessionRecord[]> {
  const days = await daysMatching(filter)?.toArray()
  return days ? sessionsOf(days, filter).sort(newestFirst) : []
}

export async function addSession(values: SessionValues, now = Date.now()): Promise<string> {
  const session: StudySessionRecord = {
    id: newId(),
    ...values,
    createdAt: now,
    updatedAt: now,
  }
  if (session.unitsAdvanced === undefined) delete session.unitsAdvanced
  await db.transaction(
    'rw',
    [db.sessionDays, db.meta, db.resourceProgress, db.progressEvents, db.resources],
    async () => {
      // Different tables: the session and the progress need not wait for each other.
      await Promise.all([
        addNewSession(session).then((dayDelta) => adjustStudyDays(undefined, session, dayDelta)),
        advanceProgress(values.resourceId, values.unitsAdvanced ?? 0, now),
      ])
    },
  )
  return session.id
}

export async function updateSession(
  id: string,
  values: SessionValues,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  await db.transaction('rw', [db.sessionDays, db.meta], async () => {
    const existing = await findSession(id)
    if (!existing) throw new Error('This session was deleted. Log it again; nothing else changed.')
    const revision = checkedRevision(existing, base, 'session', now)
    const next: StudySessionRecord = { ...existing, ...values, ...revision }
    if (values.unitsAdvanced === undefined) delete next.unitsAdvanced
    const { dayDelta } = await putSession(next)
    await adjustStudyDays(existing, next, dayDelta)
  })
}

/** Deletes a session and hands back the exact record so Undo can restore it. */
export async function deleteSession(id: string): Promise<StudySessionRecord> {
  return db.transaction('rw', [db.sessionDays, db.meta], async () => {
    const { previous, dayDelta } = await removeSession(id)
    if (!previous) throw new Error('This session was already deleted.')
    await adjustStudyDays(previous, undefined, dayDelta)
    return previous
  })
}

export async function restoreSession(record: StudySessionRecord): Promise<void> {
  await db.transaction('rw', [db.sessionDays, db.meta], async () => {
    const { previous, dayDelta } = await putSession(record)
    await adjustStudyDays(previous, record, dayDelta)
  })
}

export async function getProgress(resourceId: string): Promise<ResourceProgressRecord | null> {
  return (await db.resourceProgress.get(resourceId)) ?? null
}

export async function listProgressEvents(resourceId: string): Promise<ProgressEventRecord[]> {
  const events = await db.progressEvents.where('resourceId').equals(resourceId).toArray()
  return events.sort((a, b) => b.at - a.at)
}

/** Writes progress and appends the change to its history, in one transaction. */
async function saveProgress(
  resourceId: string,
  change: Partial<Omit<ResourceProgressRecord, 'resourceId' | 'updatedAt'>>,
  now: number,
  note?: string,
): Promise<void> {
  const existing = await db.resourceProgress.get(resourceId)
  const next: ResourceProgressRecord = {
    status: 'not-started',
    ...existing,
    ...change,
    resourceId,
    ...nextRevision(existing, now),
  }
  if (next.status !== 'done') delete next.completedOn
  await db.resourceProgress.put(next)
  const event: ProgressEventRecord = {
    id: newId(),
    resourceId,
    at: now,
    status: next.status,
    unitsDone: next.unitsDone,
    unitsTotal: next.unitsTotal,
    unit: next.unit,
    ...(next.completedOn ? { completedOn: next.completedOn } : {}),
    ...(note ? { note } : {}),
  }
  await db.progressEvents.add(event)
}

function inTransaction<T>(work: () => Promise<T>): Promise<T> {
  return db.transaction('rw', [db.resourceProgress, db.progressEvents, db.resources], work)
}

/** A logged session starts a resource and moves its units on. */
async function advanceProgress(resourceId: string, units: number, now: number): Promise<void> {
  const existing = await db.resourceProgress.get(resourceId)
  const status: ProgressStatus =
    !existing || existing.status === 'not-started' ? 'in-progress' : existing.status
  if (units === 0 && existing?.status === status) return
  if (units === 0) return saveProgress(resourceId, { status }, now, 'Session logged')
  let unit = existing?.unit
  let unitsTotal = existing?.unitsTotal
  if (!unit) {
    const record = await db.resources.get(resourceId)
    const fallback = record
      ? defaultUnit(toResource(record))
      : { unit: 'percent' as const, total: 100 }
    unit = fallback.unit
    unitsTotal = fallback.total ?? undefined
  }
  const done = (existing?.unitsDone ?? 0) + units
  const unitsDone = unitsTotal ? Math.min(unitsTotal, done) : done
  await saveProgress(resourceId, { status, unit, unitsTotal, unitsDone }, now, 'Session logged')
}

export async function setStatus(
  resourceId: string,
  status: ProgressStatus,
  today: IsoDay,
  now = Date.now(),
): Promise<void> {
  await inTransaction(() =>
    saveProgress(resourceId, { status, ...(status === 'done' ? { completedOn: today } : {}) }, now),
  )
}

export interface UnitsUpdate {
  unit: ProgressUnit
  unitsDone: number
  unitsTotal: number
}

/**
 * Saves the units form. `base` is the revision of the progress the form started from: a save
 * based on an older one (a session logged or units saved elsewhere meanwhile) is refused with
 * the stored progress (db/revision.ts).
 */
export async function setUnits(
  resourceId: string,
  update: UnitsUpdate,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  await inTransaction(async () => {
    const existing = await db.resourceProgress.get(resourceId)
    checkedRevision(existing, base, 'progress', now)
    const status: ProgressStatus =
      existing?.status === 'done' || existing?.status === 'skipped'
        ? existing.status
        : update.unitsDone > 0
          ? 'in-progress'
          : (existing?.status ?? 'not-started')
    await saveProgress(resourceId, { ...update, status }, now)
  })
}

export interface Completion {
  resourceId: string
  title: string
  kind: ResourceKind
  completedOn: IsoDay
  certificate: string
  paid: { amountMinor: number; currency: string } | null
}

const expenseCategoryByKind: Record<ResourceKind, ExpenseCategory> = {
  course: 'course',
  book: 'book',
  certification: 'exam-attempt',
  guide: 'other',
}

/** Done with its date; a certificate and the amount paid (an expense Costs reads) if given. */
export async function markCompleted(completion: Completion, now = Date.now()): Promise<void> {
  await db.transaction(
    'rw',
    [db.resourceProgress, db.progressEvents, db.resources, db.expenses],
    async () => {
      const certificate = completion.certificate.trim()
      const existing = await db.resourceProgress.get(completion.resourceId)
      const completedUnits =
        existing?.unit === 'percent'
          ? { unitsDone: 100 }
          : existing?.unitsTotal
            ? { unitsDone: existing.unitsTotal }
            : undefined
      await saveProgress(
        completion.resourceId,
        {
          status: 'done',
          completedOn: completion.completedOn,
          // Completed means every unit done: no "1 of 6 modules" beside a full bar.
          ...(completedUnits ?? {}),
          ...(certificate ? { certificate } : {}),
        },
        now,
        'Marked completed',
      )
      if (completion.paid && completion.paid.amountMinor > 0) {
        const existing = await db.expenses
          .where('resourceId')
          .equals(completion.resourceId)
          .toArray()
        const expense = paidExpenseFor(
          {
            resourceId: completion.resourceId,
            title: completion.title,
            category: expenseCategoryByKind[completion.kind],
            completedOn: completion.completedOn,
            ...completion.paid,
          },
          existing,
          { newId, now },
        )
        await db.expenses.put(expense)
      }
    },
  )
}

export async function readTimer(): Promise<RunningTimer> {
  const record = await db.settings.get(TIMER_SETTING)
  const parsed = RunningTimer.safeParse(record?.value ?? null)
  return parsed.success ? parsed.data : null
}

export async function startTimer(resourceId: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    if (await readTimer()) throw new Error('A timer is already running. Stop it first.')
    await db.settings.put({ key: TIMER_SETTING, value: { resourceId, startedAt: now } })
  })
}

/**
 * Stops the timer and logs its session in one transaction; `minutes` overrides the measured
 * time (a forgotten timer). Returns the new session's id.
 */
export async function stopTimer(now = Date.now(), minutes?: number): Promise<string> {
  return db.transaction(
    'rw',
    [db.settings, db.sessionDays, db.meta, db.resourceProgress, db.progressEvents, db.resources],
    async () => {
      const timer = await readTimer()
      if (!timer) throw new Error('No timer is running.')
      const session: StudySessionRecord = {
        id: newId(),
        resourceId: timer.resourceId,
        date: timerDay(timer),
        minutes: minutes ?? timerMinutes(timer, now),
        covered: '',
        createdAt: now,
        updatedAt: now,
      }
      await adjustStudyDays(undefined, session, await addNewSession(session))
      await advanceProgress(timer.resourceId, 0, now)
      await db.settings.delete(TIMER_SETTING)
      return session.id
    },
  )
}

export async function discardTimer(): Promise<void> {
  await db.settings.delete(TIMER_SETTING)
}

export async function getSession(id: string): Promise<StudySessionRecord | null> {
  return (await findSession(id)) ?? null
}

/** Saves what a timed session covered (asked right after Stop; editable later too). */
export async function setCovered(id: string, covered: string, now = Date.now()): Promise<void> {
  await db.transaction('rw', [db.sessionDays], async () => {
    const existing = await findSession(id)
    if (!existing) throw new Error('This session was deleted, so there is nothing to describe.')
    await putSession({ ...existing, covered: covered.trim(), updatedAt: now })
  })
}
