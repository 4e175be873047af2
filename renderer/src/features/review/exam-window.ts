import { startOfDay, subDays } from 'date-fns'
import { parseIsoDay } from '../../domain/dates'

// Apart from scheduling.ts (ts-fsrs): the Dashboard's due count needs the exam's window on
// every start, the scheduler only once a card is answered or pulled in for the exam.

/** Exam-date mode: the settings and the exam day they aim at. */
export interface ExamTarget {
  /** The exam's calendar day, yyyy-MM-dd. */
  examDay: string
  /** Predicted recall on exam day must stay at or above this (0–1). */
  targetRetention: number
  /** Every card is seen at least once in this many days before the exam. */
  finalDays: number
}

export interface ExamWindow {
  /** Start of exam day (local). */
  examStart: number
  /** Start of the first of the final days. */
  windowStart: number
}

export function examWindow(target: ExamTarget): ExamWindow {
  const examStart = startOfDay(parseIsoDay(target.examDay)).getTime()
  return { examStart, windowStart: subDays(examStart, target.finalDays).getTime() }
}
