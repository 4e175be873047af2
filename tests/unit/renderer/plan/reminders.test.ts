import { describe, expect, it } from 'vitest'
import { reminderDecision } from '@renderer/features/plan/reminder-schedule'
import { weekStartFor } from '@renderer/domain/dates'
import { validateGoal, defaultPlanGoal } from '@renderer/features/plan/goal'
import { parseHoursInput } from '@renderer/features/plan/estimate'

const base = { enabled: true, time: '19:30', lastRemindedDay: null, plannedTodayMinutes: 60 }

describe('reminderDecision', () => {
  it('waits until the chosen time', () => {
    const result = reminderDecision(base, new Date(2026, 5, 1, 19, 0))
    expect(result).toEqual({ fireNow: false, checkAgainInMs: 30 * 60 * 1000 })
  })
  it('fires at or after the time, once per day, only with planned study', () => {
    const at = new Date(2026, 5, 1, 19, 30)
    expect(reminderDecision(base, at).fireNow).toBe(true)
    expect(reminderDecision({ ...base, lastRemindedDay: '2026-06-01' }, at).fireNow).toBe(false)
    expect(
      reminderDecision({ ...base, lastRemindedDay: '2026-05-31' }, new Date(2026, 5, 1, 22, 0))
        .fireNow,
    ).toBe(true)
    expect(reminderDecision({ ...base, plannedTodayMinutes: 0 }, at).fireNow).toBe(false)
    expect(reminderDecision({ ...base, enabled: false }, at).fireNow).toBe(false)
  })
})

describe('goal and input checks', () => {
  it('explains each bad goal value', () => {
    const errors = validateGoal(
      {
        ...defaultPlanGoal,
        examDate: '2026-01-01',
        weeklyHours: 0,
        studyWeekdays: [],
        blackouts: [{ start: '2026-02-02', end: '2026-02-01' }],
      },
      '2026-03-01',
    )
    expect(Object.keys(errors).sort()).toEqual([
      'blackouts',
      'examDate',
      'studyWeekdays',
      'weeklyHours',
    ])
    expect(validateGoal({ ...defaultPlanGoal, examDate: '2026-03-01' }, '2026-03-01')).toEqual({})
  })
  it('parses hours as people type them', () => {
    expect(parseHoursInput('7,5')).toEqual({ ok: true, minutes: 450 })
    expect(parseHoursInput('0').ok).toBe(false)
    expect(parseHoursInput('-2').ok).toBe(false)
    expect(parseHoursInput('')).toEqual({
      ok: false,
      error: 'Enter a number of hours, like 12 or 7.5.',
    })
  })
  it('reads the week start from the locale', () => {
    expect(weekStartFor('en-US')).toBe(0)
    expect(weekStartFor('de-DE')).toBe(1)
  })
})
