import { toIsoDay } from '../../domain/dates'

export interface ReminderState {
  enabled: boolean
  /** "HH:mm", local time. */
  time: string
  lastRemindedDay: string | null
  /** Minutes of planned study today. */
  plannedTodayMinutes: number
}

/**
 * Whether to remind now, and how long until it is worth checking again. Fires once per day, at or
 * after the chosen time (so an app opened later that evening still reminds), only on study days.
 */
export function reminderDecision(
  state: ReminderState,
  now: Date,
): { fireNow: boolean; checkAgainInMs: number } {
  const today = toIsoDay(now)
  const [hours, minutes] = state.time.split(':').map(Number) as [number, number]
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate(), hours, minutes)
  const untilMidnight =
    new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime() - now.getTime()
  if (!state.enabled) return { fireNow: false, checkAgainInMs: Math.max(1000, untilMidnight) }
  const fireNow =
    now.getTime() >= due.getTime() &&
    state.lastRemindedDay !== today &&
    state.plannedTodayMinutes > 0
  const untilDue = due.getTime() - now.getTime()
  return { fireNow, checkAgainInMs: Math.max(1000, untilDue > 0 ? untilDue : untilMidnight) }
}
