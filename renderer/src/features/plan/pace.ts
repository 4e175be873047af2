import { addDaysIso } from './days'

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

/** "12 h 30 min", "45 min", "0 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes)
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** Built once: toLocaleString with options builds a formatter on every call. */
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** Weekly minutes as hours with at most one decimal ("5.5 h"). */
export function formatWeeklyHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10
  return `${oneDecimal.format(hours)} h`
}
