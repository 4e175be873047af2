import { describe, expect, it } from 'vitest'
import { formatIsoDay, isIsoDay, parseIsoDay, toIsoDay, todayIso } from '@renderer/domain/dates'

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
