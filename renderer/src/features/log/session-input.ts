import { tooLongMessage } from '../../domain/text-limits'
import { isIsoDay } from '../../domain/dates'
import type { IsoDay } from '../../db/records'

import { MAX_COVERED_LENGTH, MAX_SESSION_MINUTES } from '../../domain/session-limits'

export { MAX_COVERED_LENGTH, MAX_SESSION_MINUTES }

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string }

/** Reads "90", "90 min", "1h 30m", "1:30" or "1.5 h" as whole minutes. */
export function parseDuration(text: string): Parsed<number> {
  const cleaned = text.trim().toLowerCase().replace(/\s+/g, '')
  if (cleaned === '') return { ok: false, error: 'Enter how many minutes you studied.' }
  if (cleaned.startsWith('-')) return { ok: false, error: 'Minutes cannot be negative.' }
  let minutes: number | null = null
  let match: RegExpExecArray | null
  if ((match = /^(\d+(?:\.\d+)?)(?:m|min|mins|minutes?)?$/.exec(cleaned))) {
    minutes = Number(match[1])
  } else if ((match = /^(\d+):([0-5]\d)$/.exec(cleaned))) {
    minutes = Number(match[1]) * 60 + Number(match[2])
  } else if (
    (match = /^(\d+(?:\.\d+)?)(?:h|hr|hrs|hours?)(?:(\d+)(?:m|min|mins|minutes?)?)?$/.exec(cleaned))
  ) {
    minutes = Number(match[1]) * 60 + Number(match[2] ?? 0)
  }
  if (minutes === null || !Number.isFinite(minutes)) {
    return { ok: false, error: 'Enter minutes like 45, or hours like 1:30 or 1h 30m.' }
  }
  const rounded = Math.round(minutes)
  if (rounded < 1) return { ok: false, error: 'A session is at least 1 minute.' }
  if (rounded > MAX_SESSION_MINUTES) {
    return { ok: false, error: 'A session cannot be longer than 24 hours. Split it by day.' }
  }
  return { ok: true, value: rounded }
}

export interface SessionDraft {
  resourceId: string
  date: string
  minutes: string
  covered: string
  unitsAdvanced: string
}

export interface SessionValues {
  resourceId: string
  date: IsoDay
  minutes: number
  covered: string
  unitsAdvanced?: number
}

export type SessionErrors = Partial<Record<keyof SessionDraft, string>>

/** Checks a session form; every problem is named next to its field. */
export function validateSession(
  draft: SessionDraft,
  today: IsoDay,
  knownResourceIds: ReadonlySet<string>,
): { ok: true; value: SessionValues } | { ok: false; errors: SessionErrors } {
  const errors: SessionErrors = {}
  if (!draft.resourceId) errors.resourceId = 'Choose the resource you studied.'
  else if (!knownResourceIds.has(draft.resourceId)) {
    errors.resourceId = 'That resource no longer exists. Choose another.'
  }
  if (!isIsoDay(draft.date)) errors.date = 'Enter a date in full, or pick one from the calendar.'
  else if (draft.date > today) errors.date = 'A session cannot be in the future.'
  else if (draft.date < '2000-01-01') errors.date = 'Enter a date from 2000 on.'
  const minutes = parseDuration(draft.minutes)
  if (!minutes.ok) errors.minutes = minutes.error
  if (draft.covered.length > MAX_COVERED_LENGTH) {
    errors.covered = tooLongMessage('what you covered', MAX_COVERED_LENGTH, draft.covered.length)
  }
  let unitsAdvanced: number | undefined
  const unitsText = draft.unitsAdvanced.trim()
  if (unitsText !== '') {
    const units = Number(unitsText)
    if (!Number.isInteger(units) || units < 0) {
      errors.unitsAdvanced = 'Enter a whole number of units, or leave it empty.'
    } else if (units > 10_000) errors.unitsAdvanced = 'That is more units than any resource has.'
    else if (units > 0) unitsAdvanced = units
  }
  if (Object.keys(errors).length > 0 || !minutes.ok) return { ok: false, errors }
  return {
    ok: true,
    value: {
      resourceId: draft.resourceId,
      date: draft.date,
      minutes: minutes.value,
      covered: draft.covered.trim(),
      unitsAdvanced,
    },
  }
}
