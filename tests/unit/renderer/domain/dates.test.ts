import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  addDaysIso,
  addMonthsIso,
  consecutiveDays,
  dayIndex,
  daysBetween,
  formatIsoDay,
  isIsoDay,
  monthsBetween,
  parseIsoDay,
  startOfWeekIso,
  toIsoDay,
  todayIso,
  weekdayOf,
  weekStartFor,
} from '@renderer/domain/dates'
import { formatHours, formatMinutes } from '@renderer/domain/durations'

// One home for day helpers: Log (hand-rolled UTC) and Plan (date-fns) each had a copy. The
// date-fns copy won; these pin that it agrees with the calendar across months, leap days and
// daylight-saving changes.
describe('day arithmetic', () => {
  it('crosses month ends, leap days and year ends', () => {
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDaysIso('2028-03-01', -1)).toBe('2028-02-29')
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01')
    expect(daysBetween('2026-12-04', '2027-01-01')).toBe(28)
  })

  it('never moves a day across a daylight-saving change, in any time zone', () => {
    // 2026-03-29 is the EU change day; 2026-03-08 the US one.
    expect(addDaysIso('2026-03-28', 1)).toBe('2026-03-29')
    expect(addDaysIso('2026-03-29', 1)).toBe('2026-03-30')
    expect(addDaysIso('2026-03-08', 1)).toBe('2026-03-09')
    expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31)
  })

  it('numbers days as daysBetween from 1970-01-01 does, and lists runs of days as addDaysIso does', () => {
    expect(dayIndex('1970-01-01')).toBe(0)
    expect(dayIndex('2028-02-29')).toBe(dayIndex('2028-03-01') - 1)
    expect(consecutiveDays('2028-02-27', 4)).toEqual([
      '2028-02-27',
      '2028-02-28',
      '2028-02-29',
      '2028-03-01',
    ])
    expect(consecutiveDays('2026-03-28', 0)).toEqual([])
    const anyDay = fc
      .integer({ min: -30_000, max: 60_000 })
      .map((offset) => addDaysIso('1970-01-01', offset))
    fc.assert(
      fc.property(anyDay, fc.integer({ min: 0, max: 40 }), (day, count) => {
        expect(dayIndex(day)).toBe(daysBetween('1970-01-01', day))
        const days = consecutiveDays(day, count)
        expect(days).toEqual(Array.from({ length: count }, (_, i) => addDaysIso(day, i)))
      }),
    )
  })

  it('knows weekdays and week starts', () => {
    expect(weekdayOf('2026-12-04')).toBe(5) // a Friday
    expect(startOfWeekIso('2026-12-04', 1)).toBe('2026-11-30')
    expect(startOfWeekIso('2026-12-04', 0)).toBe('2026-11-29')
    expect(weekStartFor('en-US')).toBe(0)
    expect(weekStartFor('de-DE')).toBe(1)
  })

  it('lists every month in a range, empty ones included', () => {
    expect(monthsBetween('2026-11', '2027-02')).toEqual([
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
    ])
    expect(monthsBetween('2027-02', '2026-11')).toEqual([])
    expect(addMonthsIso('2026-12-01', 2)).toBe('2027-02-01')
  })
})

// formatHours and formatWeeklyHours were the same function; formatMinutes lived twice.
describe('durations', () => {
  it('reads minutes as hours and minutes', () => {
    expect(formatMinutes(0)).toBe('0 min')
    expect(formatMinutes(45)).toBe('45 min')
    expect(formatMinutes(120)).toBe('2 h')
    expect(formatMinutes(2310)).toBe('38 h 30 min')
  })

  it('reads minutes as hours with one decimal, grouped in the locale', () => {
    expect(formatHours(90, 'en-US')).toBe('1.5 h')
    expect(formatHours(90, 'de-DE')).toBe('1,5 h')
    expect(formatHours(60 * 1234, 'en-US')).toBe('1,234 h')
  })
})

describe('calendar days', () => {
  it('read an ISO day as that local date, never shifted by the time zone', () => {
    const date = parseIsoDay('2026-03-29')
    expect([date.getFullYear(), date.getMonth(), date.getDate(), date.getHours()]).toEqual([
      2026, 2, 29, 0,
    ])
    expect(toIsoDay(date)).toBe('2026-03-29')
  })

  it('give today as the local calendar day', () => {
    expect(todayIso(new Date(2026, 11, 31, 23, 59))).toBe('2026-12-31')
    expect(todayIso(new Date(2027, 0, 1, 0, 0))).toBe('2027-01-01')
  })

  it('accept only real days written yyyy-MM-dd', () => {
    expect(isIsoDay('2028-02-29')).toBe(true)
    for (const value of [
      '2027-02-29',
      '2026-13-01',
      '2026-1-5',
      '2026-01-05T10:00',
      '',
      20260105,
    ]) {
      expect(isIsoDay(value), String(value)).toBe(false)
    }
  })

  it('format at the edge in the given locale, and leave anything else as written', () => {
    expect(formatIsoDay('2026-12-04', 'en-US')).toBe('Dec 4, 2026')
    expect(formatIsoDay('2026-12-04', 'en-GB', { dateStyle: 'long' })).toBe('4 December 2026')
    expect(formatIsoDay('not a day', 'en-US')).toBe('not a day')
  })
})
