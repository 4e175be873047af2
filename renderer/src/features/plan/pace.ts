import { addDaysIso } from '../../domain/dates'

export interface LoggedSession {
  date: string
  minutes: number
  resourceId: string
}

/** Average weekly minutes over the 28 days ending today (today included). */
export function actualWeeklyAverage(sessions: readonly LoggedSession[], today: string): number {
  const from = addDaysIso(today, -27)
  let total = 0
  for (const session of sessions) {
    if (session.date >= from && session.date <= today) total += Math.max(0, session.minutes)
  }
  return total / 4
}

/** Logged minutes per resource, for "planned minus logged". */
export function loggedMinutesByResource(sessions: readonly LoggedSession[]): Map<string, number> {
  const map = new Map<string, number>()
  for (const session of sessions) {
    map.set(session.resourceId, (map.get(session.resourceId) ?? 0) + Math.max(0, session.minutes))
  }
  return map
}

export function minutesOn(sessions: readonly LoggedSession[], day: string): number {
  return sessions.reduce((sum, s) => (s.date === day ? sum + Math.max(0, s.minutes) : sum), 0)
}
