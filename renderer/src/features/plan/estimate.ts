import { formatCount } from '../../domain/numbers'
import type { ProgressStatus } from '../../db/records'

/**
 * Minutes still to study: planned minus logged, floored at 0; nothing for done or skipped items;
 * null when there is no estimate to subtract from.
 */
export function remainingMinutes(
  plannedMinutes: number | null,
  loggedMinutes: number,
  status: ProgressStatus | undefined,
): number | null {
  if (status === 'done' || status === 'skipped') return 0
  if (plannedMinutes === null) return null
  return Math.max(0, plannedMinutes - loggedMinutes)
}

/** Parses typed hours ("12", "7.5", "7,5") into minutes, or says what is wrong. */
export function parseHoursInput(
  text: string,
  { allowZero = false, max = 10_000 } = {},
): { ok: true; minutes: number } | { ok: false; error: string } {
  const cleaned = text.trim().replace(',', '.')
  if (cleaned === '') return { ok: false, error: 'Enter a number of hours, like 12 or 7.5.' }
  if (!/^\d+(\.\d+)?$/.test(cleaned))
    return { ok: false, error: 'Enter hours as a number, like 12 or 7.5.' }
  const hours = Number(cleaned)
  if (!allowZero && hours === 0) return { ok: false, error: 'Enter more than 0 hours.' }
  if (hours > max) return { ok: false, error: `Enter at most ${formatCount(max)} hours.` }
  return { ok: true, minutes: Math.round(hours * 60) }
}

export function minutesToHoursInput(minutes: number): string {
  return String(Math.round((minutes / 60) * 100) / 100)
}
