import { addDaysIso } from '../../domain/dates'

/** Logged minutes on a day: one session's, or a whole day's (db/study-day-summaries.ts). */
export interface LoggedMinutes {
  date: string
  minutes: number
}

/** Average weekly minutes over the 28 days ending today (today included). */
export function actualWeeklyAverage(sessions: readonly LoggedMinutes[], today: string): number {
  const from = addDaysIso(today, -27)
  let total = 0
  for (const session of sessions) {
    if (session.date >= from && session.date <= today) total += Math.max(0, session.minutes)
  }
  return total / 4
}

export function minutesOn(sessions: readonly LoggedMinutes[], day: string): number {
  return sessions.reduce((sum, s) => (s.date === day ? sum + Math.max(0, s.minutes) : sum), 0)
}
