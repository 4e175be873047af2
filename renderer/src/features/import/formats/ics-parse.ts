import ICAL from 'ical.js'
import {
  addDaysIso,
  addYearsIso,
  isIsoDay,
  localDayOf,
  todayIso,
  type IsoDay,
} from '../../../domain/dates'
import { ImportFileError, type FormatParser, type ImportOptions } from './types'

/**
 * iCalendar (.ics) → blackout days for the Plan. ical.js reads the file and expands recurrence
 * (RRULE, RDATE, EXDATE, moved occurrences); this module turns what it gives into whole local
 * days, because a Plan blackout is a range of calendar days.
 */

/** One blackout the file proposes: a range of local days, from one event. */
export interface IcsBlackout {
  start: IsoDay
  end: IsoDay
  label?: string
  /** The event's UID (or a made-up one), to tell the same event imported twice. */
  uid: string
  /** How many occurrences of the event this range joins (1 for a single event). */
  occurrences: number
}

export interface IcsRow {
  /** The file line where the event begins (1-based). */
  line: number
  label: string
  kind: 'blackout'
  value?: IcsBlackout
  error?: string
}

/** The days recurring events are expanded over, both ends included. */
export interface IcsRange {
  from: IsoDay
  to: IsoDay
}

/** A file that is not a calendar at all: nothing is imported, and this says why. */
export class IcsFileError extends ImportFileError {
  override name = 'IcsFileError'
}

/** A calendar export of many years is a few megabytes; past this it is not a calendar. */
export const ICS_MAX_CHARS = 20_000_000
/** Occurrences looked at per event: a rule that repeats every minute stops here. */
export const ICS_MAX_STEPS = 20_000
/** The Plan keeps labels this short. */
const LABEL_MAX = 100

export function looksLikeIcs(fileName: string, firstText: string): boolean {
  return (
    /\.(ics|ical|ifb|icalendar)$/i.test(fileName) && /^\uFEFF?\s*BEGIN:VCALENDAR/i.test(firstText)
  )
}

/**
 * How far recurring events expand when the user leaves the last day empty: two years, so an
 * exam date up to then is covered; the plan step stops at the exam date (or a year) itself.
 */
export const OPEN_RANGE_YEARS = 2

/** The range the user chose: `from` defaults to today, an empty `to` to OPEN_RANGE_YEARS on. */
export function icsRange(options: ImportOptions, today = todayIso()): IcsRange {
  const from = options.from?.trim() || today
  const to = options.to?.trim() || (isIsoDay(from) ? addYearsIso(from, OPEN_RANGE_YEARS) : from)
  return { from, to }
}

export const icsParser: FormatParser<IcsBlackout> = {
  id: 'ics',
  label: 'Calendar (.ics) → Plan blackout days',
  extensions: ['.ics'],
  options: [
    {
      key: 'from',
      label: 'Repeating events from',
      type: 'date',
      initial: () => todayIso(),
    },
    {
      key: 'to',
      label: 'Repeating events until',
      type: 'date',
      initial: () => '',
      hint: 'Leave empty to stop at your exam date, or one year after the first day.',
    },
  ],
  accepts(fileName, firstBytes) {
    return looksLikeIcs(fileName, new TextDecoder().decode(firstBytes.subarray(0, 1024)))
  },
  parse({ bytes, options }) {
    if (bytes.length > ICS_MAX_CHARS) throw tooLarge()
    return parseIcs(new TextDecoder('utf-8').decode(bytes), icsRange(options))
  },
}

const tooLarge = () =>
  new IcsFileError(
    'This file is too large for a calendar (over 20 MB). Export a shorter period and try again.',
  )

export function parseIcs(text: string, range: IcsRange): IcsRow[] {
  if (!isIsoDay(range.from) || !isIsoDay(range.to) || range.to < range.from) {
    throw new IcsFileError('Choose a range whose last day is on or after its first day.')
  }
  if (text.length > ICS_MAX_CHARS) throw tooLarge()
  const calendar = readCalendar(text)
  const registered = registerTimezones(calendar)
  try {
    const lines = eventLines(text)
    const rows: IcsRow[] = []
    calendar.getAllSubcomponents('vevent').forEach((component, index) => {
      const line = lines[index] ?? 1
      rows.push(...eventRows(component, line, range))
    })
    return rows
  } finally {
    // ical.js keeps time zones in one global registry: leave it as it was.
    for (const tzid of registered) ICAL.TimezoneService.remove(tzid)
  }
}

function readCalendar(text: string): ICAL.Component {
  const body = text.replace(/^\uFEFF/, '')
  if (!/^\s*BEGIN:VCALENDAR/i.test(body)) {
    throw new IcsFileError(
      'This is not an iCalendar file: it should begin with BEGIN:VCALENDAR. Export the calendar as .ics and try again.',
    )
  }
  let parsed: unknown
  try {
    parsed = ICAL.parse(body)
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error)
    throw new IcsFileError(`This calendar file is damaged and cannot be read (${why}).`)
  }
  // Several calendars in one file come back as a list; the first is the one exported.
  const first = Array.isArray(parsed) && Array.isArray(parsed[0]) ? parsed[0] : parsed
  const calendar = new ICAL.Component(first as unknown[])
  if (calendar.name !== 'vcalendar') throw new IcsFileError('This file holds no calendar.')
  return calendar
}

function registerTimezones(calendar: ICAL.Component): string[] {
  const added: string[] = []
  for (const zone of calendar.getAllSubcomponents('vtimezone')) {
    const tzid = zone.getFirstPropertyValue('tzid')
    if (typeof tzid !== 'string' || ICAL.TimezoneService.has(tzid)) continue
    try {
      ICAL.TimezoneService.register(zone)
      added.push(tzid)
    } catch {
      // A broken VTIMEZONE: its times are read as the zone Intl knows by that name, or local.
    }
  }
  return added
}

/** The line each top-level VEVENT begins on, in file order (ical.js keeps no line numbers). */
function eventLines(text: string): number[] {
  const lines: number[] = []
  let lineNo = 1
  let at = 0
  while (at <= text.length) {
    const next = text.indexOf('\n', at)
    const end = next === -1 ? text.length : next
    if (/^\s*BEGIN:VEVENT\s*$/i.test(text.slice(at, Math.min(end, at + 40)))) lines.push(lineNo)
    if (next === -1) break
    at = next + 1
    lineNo += 1
  }
  return lines
}

interface DayRange {
  start: IsoDay
  end: IsoDay
}

function eventRows(component: ICAL.Component, line: number, range: IcsRange): IcsRow[] {
  let event: ICAL.Event
  try {
    event = new ICAL.Event(component)
  } catch {
    return [{ line, label: 'Event', kind: 'blackout', error: 'This event cannot be read.' }]
  }
  const summary = String(component.getFirstPropertyValue('summary') ?? '').trim()
  const label = summary || 'Untitled event'
  const fail = (error: string): IcsRow[] => [{ line, label, kind: 'blackout', error }]
  // A moved occurrence is read with the event it belongs to (ical.js relates them by UID).
  if (event.isRecurrenceException() && hasMaster(component, event.uid)) return []
  if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') {
    return fail('Cancelled in the calendar: not a blackout.')
  }
  if (!component.hasProperty('dtstart')) return fail('This event has no start date.')
  const uid = event.uid || `line-${line}`
  const freq = String(component.getFirstPropertyValue('rrule')?.toString() ?? '')
  if (/FREQ=(SECONDLY|MINUTELY)/i.test(freq)) {
    return fail('This event repeats every minute or second: not a blackout. Add it by hand.')
  }
  let days: DayRange[]
  try {
    days = occurrenceDays(event, range)
  } catch (error) {
    if (error instanceof TooManyOccurrences) {
      return fail(
        `This event repeats too often to expand (more than ${ICS_MAX_STEPS.toLocaleString('en')} times); add it to the Plan as a range by hand.`,
      )
    }
    return fail('The dates or repeat rule of this event cannot be read.')
  }
  if (days.length === 0) {
    return fail(`No day of this event falls between ${range.from} and ${range.to}.`)
  }
  const text = label.slice(0, LABEL_MAX)
  return mergeDays(days).map((merged) => ({
    line,
    label,
    kind: 'blackout' as const,
    value: { start: merged.start, end: merged.end, label: text, uid, occurrences: merged.count },
  }))
}

function hasMaster(component: ICAL.Component, uid: string): boolean {
  const parent = component.parent
  if (!parent) return false
  return parent
    .getAllSubcomponents('vevent')
    .some(
      (other) => other.getFirstPropertyValue('uid') === uid && !other.hasProperty('recurrence-id'),
    )
}

class TooManyOccurrences extends Error {}

/** Each occurrence's local days, clipped to the range, in time order. */
function occurrenceDays(event: ICAL.Event, range: IcsRange): DayRange[] {
  const clip = (days: DayRange | null): DayRange | null => {
    if (!days || days.end < range.from || days.start > range.to) return null
    return {
      start: days.start < range.from ? range.from : days.start,
      end: days.end > range.to ? range.to : days.end,
    }
  }
  if (!event.isRecurring()) {
    const one = clip(spanDays(event.startDate, event.endDate, event.component))
    return one ? [one] : []
  }
  const found: DayRange[] = []
  const iterator = event.iterator()
  for (let step = 0; ; step += 1) {
    if (step >= ICS_MAX_STEPS) throw new TooManyOccurrences()
    const next = iterator.next()
    if (!next) break
    const details = event.getOccurrenceDetails(next)
    const days = spanDays(details.startDate, details.endDate, details.item.component)
    if (days && days.start > range.to) break
    const clipped = clip(days)
    if (clipped) found.push(clipped)
  }
  return found.sort((a, b) => a.start.localeCompare(b.start))
}

/**
 * The local days an occurrence touches. All-day: DTEND is the day after (RFC 5545). Timed: every
 * day it is under way, an end at midnight not counting the next day.
 */
function spanDays(
  start: ICAL.Time,
  end: ICAL.Time | null,
  component: ICAL.Component,
): DayRange | null {
  if (start.isDate) {
    const first = dateOf(start)
    const after = end && end.isDate ? dateOf(end) : null
    const last = after && after > first ? addDaysIso(after, -1) : first
    return isIsoDay(first) && isIsoDay(last) ? { start: first, end: last } : null
  }
  const from = instantOf(start, component.getFirstProperty('dtstart')?.getParameter('tzid'))
  const endTzid =
    component.getFirstProperty('dtend')?.getParameter('tzid') ??
    component.getFirstProperty('dtstart')?.getParameter('tzid')
  const to = end ? instantOf(end, endTzid) : from
  if (!Number.isFinite(from) || !Number.isFinite(to)) return null
  const last = to > from ? to - 1 : from
  return { start: localDayOf(from), end: localDayOf(last) }
}

function dateOf(time: ICAL.Time): IsoDay {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(time.year, 4)}-${pad(time.month)}-${pad(time.day)}`
}

/**
 * The instant a date-time names: through its VTIMEZONE when the file has one, else through the
 * IANA zone of that name (files often leave VTIMEZONE out), else as local time (floating).
 */
function instantOf(time: ICAL.Time, tzidParam: unknown): number {
  const zone = time.zone?.tzid
  if (zone && zone !== 'floating') return time.toJSDate().getTime()
  const wall = [time.year, time.month - 1, time.day, time.hour, time.minute, time.second] as const
  if (typeof tzidParam === 'string') {
    const inZone = zonedInstant(wall, tzidParam)
    if (inZone !== null) return inZone
  }
  return new Date(...wall).getTime()
}

type Wall = readonly [number, number, number, number, number, number]

/** Wall-clock time in an IANA zone → epoch ms, or null when Intl does not know the zone. */
function zonedInstant(wall: Wall, timeZone: string): number | null {
  let format: Intl.DateTimeFormat
  try {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
  } catch {
    return null
  }
  const offsetAt = (instant: number) => {
    const parts: Record<string, number> = {}
    for (const part of format.formatToParts(instant)) parts[part.type] = Number(part.value)
    const asUtc = Date.UTC(
      parts.year!,
      parts.month! - 1,
      parts.day!,
      parts.hour!,
      parts.minute!,
      parts.second!,
    )
    return asUtc - Math.floor(instant / 1000) * 1000
  }
  const guess = Date.UTC(...wall)
  const first = guess - offsetAt(guess)
  // Once more, in case a daylight-saving change lies between the guess and the answer.
  return guess - offsetAt(first)
}

/** Joins touching or overlapping ranges of one event: a daily event becomes one blackout. */
function mergeDays(days: readonly DayRange[]): (DayRange & { count: number })[] {
  const merged: (DayRange & { count: number })[] = []
  for (const day of days) {
    const last = merged[merged.length - 1]
    if (last && day.start <= addDaysIso(last.end, 1)) {
      if (day.end > last.end) last.end = day.end
      last.count += 1
    } else {
      merged.push({ ...day, count: 1 })
    }
  }
  return merged
}
