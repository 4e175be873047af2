import type { AttemptStatus } from '../db/records'
import { isIsoDay } from './dates'

/** The fields of an exam attempt that decide whether it supplies the exam date. */
export interface AttemptForExamDate {
  id: string
  certificationId: string
  status: AttemptStatus
  startDate: string
  examDate?: string
  examTime?: string
  timeZone?: string
  createdAt: number
}

/** The one exam date every feature uses, with where it comes from. */
export type EffectiveExamDate =
  | {
      source: 'attempt'
      date: string
      attemptId: string
      status: AttemptStatus
      examTime?: string
      timeZone?: string
    }
  | { source: 'goal'; date: string }
  | { source: 'none'; date: null }

const activeStatuses: ReadonlySet<AttemptStatus> = new Set(['planning', 'registered', 'scheduled'])

/**
 * A person books the exam once. When they have an attempt for the plan's certification that is
 * still open (planning, registered or scheduled, not passed or failed) and carries an exam date,
 * the latest such attempt supplies the date; otherwise the Plan goal's own date counts, and null
 * there means "not booked yet". "Latest" is the most recent start date, then the most recently
 * created.
 */
export function effectiveExamDate(
  attempts: readonly AttemptForExamDate[],
  goal: { certificationId: string; examDate: string | null },
): EffectiveExamDate {
  const current = attempts
    .filter(
      (a) =>
        a.certificationId === goal.certificationId &&
        activeStatuses.has(a.status) &&
        isIsoDay(a.examDate),
    )
    .sort((a, b) => b.startDate.localeCompare(a.startDate) || b.createdAt - a.createdAt)[0]
  if (current?.examDate) {
    return {
      source: 'attempt',
      date: current.examDate,
      attemptId: current.id,
      status: current.status,
      examTime: current.examTime,
      timeZone: current.timeZone,
    }
  }
  if (goal.examDate !== null && isIsoDay(goal.examDate)) {
    return { source: 'goal', date: goal.examDate }
  }
  return { source: 'none', date: null }
}
