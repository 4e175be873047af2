import { formatIsoDay, isIsoDay } from '../../domain/dates'

/** Reads a typed practice score, or says why not. */
export function parseScore(
  text: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const cleaned = text.trim().replace(/%$/, '').trim()
  if (cleaned === '') return { ok: false, error: 'Enter the score in percent.' }
  const value = Number(cleaned)
  if (!Number.isFinite(value)) return { ok: false, error: 'Enter a number, like 74.' }
  if (value < 0 || value > 100) return { ok: false, error: 'A score is from 0 to 100 percent.' }
  return { ok: true, value: Math.round(value * 10) / 10 }
}

export function parseCredits(
  text: string,
): { ok: true; value: number } | { ok: false; error: string } {
  const value = Number(text.trim())
  if (text.trim() === '' || !Number.isFinite(value))
    return { ok: false, error: 'Enter the credits, like 4.' }
  if (value <= 0) return { ok: false, error: 'Credits must be more than zero.' }
  if (value > 100)
    return { ok: false, error: 'More than 100 credits for one activity? Check the number.' }
  return { ok: true, value: Math.round(value * 100) / 100 }
}

export function dayProblem(day: string, what: string): string | null {
  return isIsoDay(day) ? null : `Enter the ${what} as a date.`
}

/**
 * A practice test cannot have been taken after today: a future date would become the "latest"
 * score and weigh most in readiness.
 */
export function practiceDayProblem(day: string, today: string, locale?: string): string | null {
  const problem = dayProblem(day, 'date of the test')
  if (problem) return problem
  return day > today
    ? `A practice test cannot be dated after today (${formatIsoDay(today, locale)}). Enter the day you took it.`
    : null
}
