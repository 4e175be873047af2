import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import { heatmapWeeks, minutesThisWeek, streakOf, weeklyTotals } from '@renderer/features/log/stats'
import { addDaysIso, localDayOf, startOfWeekIso, weekStartFor } from '@renderer/domain/dates'
import { timerDay } from '@renderer/features/log/timer'

// Node re-reads TZ when it is assigned, so each test can run in another time zone.
const env = (globalThis as unknown as { process: { env: Record<string, string | undefined> } })
  .process.env
const originalTz = env.TZ
afterEach(() => {
  env.TZ = originalTz
})

/** Minutes per day, as the study days' summaries give them (days with time only). */
function days(entries: Record<string, number>): Map<string, number> {
  return new Map(Object.entries(entries).filter(([, minutes]) => minutes > 0))
}

describe('streak', () => {
  it('counts consecutive days reaching the minimum, ending today', () => {
    const byDay = days({ '2026-11-25': 20, '2026-11-26': 15, '2026-11-27': 40 })
    expect(streakOf(byDay, '2026-11-27', 15)).toEqual({ current: 3, longest: 3, todayCounts: true })
  })

  it('keeps yesterday’s streak alive while today has not qualified yet', () => {
    const byDay = days({ '2026-11-25': 20, '2026-11-26': 20, '2026-11-27': 5 })
    expect(streakOf(byDay, '2026-11-27', 15)).toEqual({
      current: 2,
      longest: 2,
      todayCounts: false,
    })
  })

  it('breaks on a day under the minimum and remembers the longest run', () => {
    const byDay = days({
      '2026-11-01': 60,
      '2026-11-02': 60,
      '2026-11-03': 60,
      '2026-11-04': 10,
      '2026-11-26': 30,
      '2026-11-27': 30,
    })
    expect(streakOf(byDay, '2026-11-27', 15)).toMatchObject({ current: 2, longest: 3 })
  })

  it('matches walking the calendar day by day, for any history', () => {
    // The plain definition: step one day at a time from today, and through every sorted day.
    const walked = (byDay: Map<string, number>, today: string, minimum: number) => {
      const qualifies = (day: string) => (byDay.get(day) ?? 0) >= minimum
      const todayCounts = qualifies(today)
      let current = 0
      for (let day = todayCounts ? today : addDaysIso(today, -1); qualifies(day);) {
        current += 1
        day = addDaysIso(day, -1)
      }
      let longest = 0
      let run = 0
      let previous: string | null = null
      for (const day of [...byDay.keys()].filter((d) => d <= today && qualifies(d)).sort()) {
        run = previous !== null && addDaysIso(previous, 1) === day ? run + 1 : 1
        longest = Math.max(longest, run)
        previous = day
      }
      return { current, longest, todayCounts }
    }
    const today = '2026-03-01'
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -400, max: 5 }), fc.integer({ min: 1, max: 90 }))),
        fc.integer({ min: 1, max: 60 }),
        (entries, minimum) => {
          const byDay = new Map(
            entries.map(([offset, minutes]) => [addDaysIso(today, offset), minutes]),
          )
          expect(streakOf(byDay, today, minimum)).toEqual(walked(byDay, today, minimum))
        },
      ),
    )
  })

  it('is zero for a new user', () => {
    expect(streakOf(new Map(), '2026-11-27', 15)).toEqual({
      current: 0,
      longest: 0,
      todayCounts: false,
    })
  })

  it.each([
    ['America/New_York', '2026-03-06', '2026-03-10'], // spring forward 2026-03-08
    ['America/New_York', '2026-10-30', '2026-11-03'], // fall back 2026-11-01
    ['Europe/Berlin', '2026-03-27', '2026-03-31'], // 2026-03-29
    ['Europe/Berlin', '2026-10-23', '2026-10-27'], // 2026-10-25
    ['Australia/Sydney', '2026-04-03', '2026-04-07'], // 2026-04-05
    ['Pacific/Chatham', '2026-04-03', '2026-04-07'], // 45-minute offset, DST ends 2026-04-05
  ])('runs unbroken across the daylight-saving change in %s (%s to %s)', (zone, from, to) => {
    env.TZ = zone
    const entries: Record<string, number> = {}
    for (let day = from; day <= to; day = addDaysIso(day, 1)) entries[day] = 20
    expect(Object.keys(entries)).toHaveLength(5)
    expect(streakOf(days(entries), to, 15)).toMatchObject({ current: 5, longest: 5 })
  })

  it('puts a timer that crosses midnight on the day it started, in the local time zone', () => {
    env.TZ = 'America/New_York'
    // 23:40 on 2026-03-07 in New York, the night the clocks spring forward.
    const startedAt = Date.parse('2026-03-08T04:40:00Z')
    expect(timerDay({ startedAt })).toBe('2026-03-07')
    env.TZ = 'Asia/Tokyo'
    // The same instant is 13:40 on 2026-03-08 in Tokyo.
    expect(timerDay({ startedAt })).toBe('2026-03-08')
  })

  it('uses the local date, not the UTC date, for a late-evening session', () => {
    env.TZ = 'America/Los_Angeles'
    // 2026-11-27 20:00 in Los Angeles is already 2026-11-28 in UTC.
    expect(localDayOf(Date.parse('2026-11-28T04:00:00Z'))).toBe('2026-11-27')
  })
})

describe('calendar arithmetic', () => {
  it('adds days across DST changes, month ends and leap days', () => {
    env.TZ = 'America/New_York'
    expect(addDaysIso('2026-03-07', 1)).toBe('2026-03-08')
    expect(addDaysIso('2026-03-08', 1)).toBe('2026-03-09')
    expect(addDaysIso('2026-11-01', -1)).toBe('2026-10-31')
    expect(addDaysIso('2028-02-28', 1)).toBe('2028-02-29')
    expect(addDaysIso('2026-12-31', 1)).toBe('2027-01-01')
  })
})

describe('week boundaries in the user’s locale', () => {
  it('starts the week on Sunday in en-US and Monday in en-GB and de-DE', () => {
    expect(weekStartFor('en-US')).toBe(0)
    expect(weekStartFor('en-GB')).toBe(1)
    expect(weekStartFor('de-DE')).toBe(1)
  })

  it('falls back to Monday for a tag it cannot read', () => {
    expect(weekStartFor('not a locale!')).toBe(1)
  })

  it('finds the week start of a day', () => {
    // 2026-11-27 is a Friday.
    expect(startOfWeekIso('2026-11-27', 0)).toBe('2026-11-22')
    expect(startOfWeekIso('2026-11-27', 1)).toBe('2026-11-23')
    expect(startOfWeekIso('2026-11-22', 1)).toBe('2026-11-16')
    expect(startOfWeekIso('2026-11-22', 0)).toBe('2026-11-22')
  })

  it('counts a Sunday session in this week for en-US but in last week for de-DE', () => {
    const byDay = days({ '2026-11-22': 60, '2026-11-24': 30 })
    const today = '2026-11-27'
    expect(minutesThisWeek(byDay, today, weekStartFor('en-US'))).toBe(90)
    expect(minutesThisWeek(byDay, today, weekStartFor('de-DE'))).toBe(30)
  })

  it('sums the last 12 weeks, oldest first, current week last', () => {
    const byDay = days({ '2026-11-24': 30, '2026-11-17': 45, '2026-09-01': 600 })
    const weeks = weeklyTotals(byDay, '2026-11-27', 1, 12)
    expect(weeks).toHaveLength(12)
    expect(weeks.at(-1)).toEqual({ weekStart: '2026-11-23', minutes: 30 })
    expect(weeks.at(-2)).toEqual({ weekStart: '2026-11-16', minutes: 45 })
    expect(weeks[0]!.weekStart).toBe('2026-09-07')
    expect(weeks.reduce((sum, week) => sum + week.minutes, 0)).toBe(75)
  })
})

describe('heatmap', () => {
  it('lays out 53 week columns ending today, with levels by minutes', () => {
    const byDay = days({ '2026-11-20': 45, '2026-11-27': 150 })
    const weeks = heatmapWeeks(byDay, '2026-11-27', 0)
    expect(weeks).toHaveLength(53)
    expect(weeks[0]![0]!.day).toBe('2025-11-23')
    expect(weeks.every((week) => week[0] && startOfWeekIso(week[0].day, 0) === week[0].day)).toBe(
      true,
    )
    const last = weeks.at(-1)!
    expect(last.at(-1)).toEqual({ day: '2026-11-27', minutes: 150, level: 4 })
    expect(last).toHaveLength(6)
    const cell = weeks.flat().find((entry) => entry.day === '2026-11-20')
    expect(cell).toEqual({ day: '2026-11-20', minutes: 45, level: 2 })
    expect(weeks.flat()).toHaveLength(52 * 7 + 6)
  })
})

describe('week start without Intl.Locale weekInfo', () => {
  it('falls back to the region table', () => {
    const proto = Intl.Locale.prototype as unknown as Record<string, unknown>
    const saved = Object.getOwnPropertyDescriptors(proto)
    for (const key of ['getWeekInfo', 'weekInfo']) {
      Object.defineProperty(proto, key, { value: undefined, configurable: true })
    }
    try {
      expect(weekStartFor('en-US')).toBe(0)
      expect(weekStartFor('en-GB')).toBe(1)
      expect(weekStartFor('de-DE')).toBe(1)
      expect(weekStartFor('ar-EG')).toBe(6)
    } finally {
      for (const key of ['getWeekInfo', 'weekInfo']) {
        const descriptor = saved[key]
        if (descriptor) Object.defineProperty(proto, key, descriptor)
        else delete proto[key]
      }
    }
  })
})
