import { describe, expect, it } from 'vitest'
import { planForecast } from '@renderer/features/plan/forecast'
import {
  dailyCapacity,
  scheduleStudy,
  type Availability,
  type SchedulerItem,
} from '@renderer/features/plan/scheduler'

const everyDay = [0, 1, 2, 3, 4, 5, 6]
const weekdays = [1, 2, 3, 4, 5]

function item(id: string, hours: number | null, extra: Partial<SchedulerItem> = {}): SchedulerItem {
  return {
    id,
    resourceId: `r-${id}`,
    title: id.toUpperCase(),
    remainingMinutes: hours === null ? null : hours * 60,
    ...extra,
  }
}

function availability(weeklyHours: number, days = everyDay, extra: Partial<Availability> = {}) {
  return { weeklyMinutes: weeklyHours * 60, studyWeekdays: days, blackouts: [], ...extra }
}

interface Case {
  name: string
  today: string
  items: SchedulerItem[]
  availability: Availability
  /** item id → [start, finish] */
  expected: Record<string, [string | null, string | null]>
  finish: string | null
  problem?: 'no-capacity' | 'beyond-horizon' | null
}

const cases: Case[] = [
  {
    name: 'an even split: 7 h a week over 7 days is 1 h a day, items one after another',
    today: '2026-01-05',
    items: [item('a', 3), item('b', 2)],
    availability: availability(7),
    expected: { a: ['2026-01-05', '2026-01-07'], b: ['2026-01-08', '2026-01-09'] },
    finish: '2026-01-09',
  },
  {
    name: 'study weekdays only: Friday to Monday skips the weekend',
    today: '2026-01-09', // a Friday
    items: [item('a', 2)],
    availability: availability(5, weekdays),
    expected: { a: ['2026-01-09', '2026-01-12'] },
    finish: '2026-01-12',
  },
  {
    name: 'a blackout range pushes study past the holiday',
    today: '2026-12-21',
    items: [item('a', 3)],
    availability: availability(7, everyDay, {
      blackouts: [{ start: '2026-12-22', end: '2026-12-27', label: 'Holidays' }],
    }),
    expected: { a: ['2026-12-21', '2026-12-29'] },
    finish: '2026-12-29',
  },
  {
    name: 'a fixed target start waits; the next item fills the gap',
    today: '2026-02-02',
    items: [item('a', 2, { targetStart: '2026-02-05' }), item('b', 2)],
    availability: availability(7),
    expected: { a: ['2026-02-05', '2026-02-06'], b: ['2026-02-02', '2026-02-03'] },
    finish: '2026-02-06',
  },
  {
    name: 'a fixed target finish goes first when waiting would miss it',
    today: '2026-02-02',
    items: [item('a', 4), item('b', 3, { targetFinish: '2026-02-04' })],
    availability: availability(7),
    expected: { a: ['2026-02-05', '2026-02-08'], b: ['2026-02-02', '2026-02-04'] },
    finish: '2026-02-08',
  },
  {
    name: 'a target finish with slack keeps the path order',
    today: '2026-02-02',
    items: [item('a', 2), item('b', 2, { targetFinish: '2026-02-10' })],
    availability: availability(7),
    expected: { a: ['2026-02-02', '2026-02-03'], b: ['2026-02-04', '2026-02-05'] },
    finish: '2026-02-05',
  },
  {
    name: 'Europe daylight saving week (2026-03-29): one day per hour, no day lost or doubled',
    today: '2026-03-27',
    items: [item('a', 5)],
    availability: availability(7),
    expected: { a: ['2026-03-27', '2026-03-31'] },
    finish: '2026-03-31',
  },
  {
    name: 'US daylight saving week (2026-03-08)',
    today: '2026-03-06',
    items: [item('a', 4)],
    availability: availability(7),
    expected: { a: ['2026-03-06', '2026-03-09'] },
    finish: '2026-03-09',
  },
  {
    name: 'autumn change (2026-10-25 Europe, 2026-11-01 US)',
    today: '2026-10-24',
    items: [item('a', 10)],
    availability: availability(7),
    expected: { a: ['2026-10-24', '2026-11-02'] },
    finish: '2026-11-02',
  },
  {
    name: '29 February 2028 is a study day',
    today: '2028-02-27',
    items: [item('a', 4)],
    availability: availability(7),
    expected: { a: ['2028-02-27', '2028-03-01'] },
    finish: '2028-03-01',
  },
  {
    name: 'zero weekly hours: nothing can be scheduled, and it says so',
    today: '2026-01-05',
    items: [item('a', 3)],
    availability: availability(0),
    expected: { a: [null, null] },
    finish: null,
    problem: 'no-capacity',
  },
  {
    name: 'no study weekday: no capacity',
    today: '2026-01-05',
    items: [item('a', 3)],
    availability: availability(10, []),
    expected: { a: [null, null] },
    finish: null,
    problem: 'no-capacity',
  },
  {
    name: 'blackouts that cover everything: no capacity',
    today: '2026-01-05',
    items: [item('a', 3)],
    availability: availability(7, everyDay, {
      blackouts: [{ start: '2000-01-01', end: '2099-12-31' }],
    }),
    expected: { a: [null, null] },
    finish: null,
    problem: 'no-capacity',
  },
  {
    name: 're-planning after progress: only the remaining minutes, from today',
    today: '2026-04-10',
    items: [item('a', 0), item('b', 1.5)],
    availability: availability(7),
    expected: { a: [null, null], b: ['2026-04-10', '2026-04-11'] },
    finish: '2026-04-11',
  },
  {
    name: 'an item without an estimate is left out, not guessed',
    today: '2026-04-10',
    items: [item('a', null), item('b', 1)],
    availability: availability(7),
    expected: { a: [null, null], b: ['2026-04-10', '2026-04-10'] },
    finish: '2026-04-10',
  },
]

describe('scheduleStudy', () => {
  it.each(cases)('$name', ({ today, items, availability, expected, finish, problem }) => {
    const schedule = scheduleStudy({ today, items, availability })
    const actual = Object.fromEntries(schedule.items.map((f) => [f.itemId, [f.start, f.finish]]))
    expect(actual).toEqual(expected)
    expect(schedule.finish).toBe(finish)
    expect(schedule.problem).toBe(problem ?? null)
  })

  it('blocks add up to the remaining minutes, one block per item and day', () => {
    const items = [item('a', 7.25), item('b', 3.5), item('c', 11)]
    const schedule = scheduleStudy({
      today: '2026-03-25',
      items,
      availability: availability(9, [1, 3, 6]),
    })
    const keys = schedule.blocks.map((b) => `${b.itemId}/${b.date}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const it of items) {
      const sum = schedule.blocks
        .filter((b) => b.itemId === it.id)
        .reduce((s, b) => s + b.minutes, 0)
      expect(sum).toBe(it.remainingMinutes)
    }
    // Every block is on a Monday, Wednesday or Saturday.
    for (const block of schedule.blocks) {
      const day = new Date(`${block.date}T12:00:00`).getDay()
      expect([1, 3, 6]).toContain(day)
    }
  })

  it('minutes already studied today shrink today only', () => {
    const schedule = scheduleStudy({
      today: '2026-01-05',
      items: [item('a', 2)],
      availability: availability(7, everyDay, { usedTodayMinutes: 45 }),
    })
    expect(schedule.blocks.map((b) => [b.date, b.minutes])).toEqual([
      ['2026-01-05', 15],
      ['2026-01-06', 60],
      ['2026-01-07', 45],
    ])
  })

  it('weekly minutes spread exactly over the study days', () => {
    expect(dailyCapacity(100, [1, 3, 5])).toEqual([0, 34, 0, 33, 0, 33, 0])
    expect(dailyCapacity(100, [])).toEqual([0, 0, 0, 0, 0, 0, 0])
  })

  it('200 items over about two years schedule completely', () => {
    const items = Array.from({ length: 200 }, (_, i) => item(`i${i}`, 5 + (i % 7)))
    const schedule = scheduleStudy({ today: '2026-01-01', items, availability: availability(15) })
    expect(schedule.problem).toBeNull()
    expect(schedule.finish! > '2027-06-01').toBe(true)
    expect(schedule.items.every((f) => f.finish !== null)).toBe(true)
  })
})

describe('planForecast', () => {
  const items = [item('a', 10), item('b', 10)]

  it('finishing before the exam is not late', () => {
    const forecast = planForecast({
      today: '2026-01-05',
      items,
      availability: availability(10),
      examDate: '2026-03-01',
    })
    expect(forecast.finish).toBe('2026-01-18')
    expect(forecast.lateByDays).toBe(0)
    expect(forecast.requiredWeeklyMinutes).toBeLessThanOrEqual(10 * 60)
  })

  it('finishing after the exam says by how many days, and how many weekly hours would make it', () => {
    const forecast = planForecast({
      today: '2026-01-05',
      items,
      availability: availability(2),
      examDate: '2026-02-01',
    })
    // 20 h at 2 h a week = 70 days: 2026-03-15.
    expect(forecast.finish).toBe('2026-03-15')
    expect(forecast.lateByDays).toBe(42)
    const required = forecast.requiredWeeklyMinutes!
    expect(required % 30).toBe(0)
    const retry = planForecast({
      today: '2026-01-05',
      items,
      availability: availability(required / 60),
      examDate: '2026-02-01',
    })
    expect(retry.lateByDays).toBe(0)
    const lessRetry = planForecast({
      today: '2026-01-05',
      items,
      availability: { ...availability(0), weeklyMinutes: required - 60 },
      examDate: '2026-02-01',
    })
    expect(lessRetry.lateByDays).toBeGreaterThan(0)
  })

  it('an exam date in the past is flagged, not used', () => {
    const forecast = planForecast({
      today: '2026-05-05',
      items,
      availability: availability(10),
      examDate: '2026-05-01',
    })
    expect(forecast.examInPast).toBe(true)
    expect(forecast.lateByDays).toBe(0)
    expect(forecast.requiredWeeklyMinutes).toBeNull()
  })

  it('conflicting target dates are listed, not hidden', () => {
    const forecast = planForecast({
      today: '2026-02-02',
      items: [
        item('a', 5, { targetFinish: '2026-02-03' }),
        item('b', 5, { targetFinish: '2026-02-04' }),
        item('c', 1, { targetFinish: '2026-01-20' }),
        item('d', null),
        item('e', 1, { targetFinish: '2026-06-01' }),
      ],
      availability: availability(7),
      examDate: '2026-05-01',
    })
    const kinds = forecast.conflicts.map((c) => `${c.kind}:${c.itemId}`)
    expect(kinds).toContain('target-missed:a')
    expect(kinds).toContain('target-missed:b')
    expect(kinds).toContain('target-passed:c')
    expect(kinds).toContain('no-estimate:d')
    expect(kinds).toContain('target-after-exam:e')
  })
})
