import { describe, expect, it } from 'vitest'
import {
  attemptDates,
  computedDeadline,
  defaultAttemptRules as rules,
  examDateProblem,
  renewalDue,
} from '@renderer/features/exam/exam-dates'
import { addYearsIso } from '@renderer/domain/dates'

describe('attempt window', () => {
  it('ends 120 days after the start, across a leap day', () => {
    expect(computedDeadline('2027-11-01', rules)).toBe('2028-02-29')
  })
  it('ends 120 days after the start in a common year', () => {
    expect(computedDeadline('2026-11-01', rules)).toBe('2027-03-01')
  })
  it('counts from a month end', () => {
    expect(computedDeadline('2026-01-31', rules)).toBe('2026-05-31')
    expect(computedDeadline('2026-12-31', rules)).toBe('2027-04-30')
  })
  it('keeps the user override and says the rule it replaced', () => {
    const dates = attemptDates(
      { startDate: '2027-11-01', deadlineOverride: '2028-03-15', status: 'planning' },
      rules,
    )
    expect(dates.deadline.day).toBe('2028-03-15')
    expect(dates.deadline.rule).toContain('2028-02-29')
    expect(dates.extensionPurchaseBy.day).toBe('2028-04-14')
  })
})

describe('extension', () => {
  it('may be bought up to 30 days after the deadline and adds 45 days', () => {
    const dates = attemptDates({ startDate: '2027-11-01', status: 'scheduled' }, rules)
    expect(dates.extensionPurchaseBy.day).toBe('2028-03-30')
    expect(dates.extendedDeadline.day).toBe('2028-04-14')
    expect(dates.extensionPurchaseBy.rule).toMatch(/30 days after the deadline/)
    expect(dates.extendedDeadline.rule).toMatch(/adds 45 days/)
  })
})

describe('retake', () => {
  it('needs a 30-day wait, a purchase within 30 days, and adds 60 days to the deadline', () => {
    const dates = attemptDates(
      { startDate: '2027-11-01', status: 'failed', failedOn: '2028-01-31', failures: 1 },
      rules,
    )
    expect(dates.retake?.purchaseBy.day).toBe('2028-03-01')
    expect(dates.retake?.earliest.day).toBe('2028-03-01')
    expect(dates.retake?.newDeadline.day).toBe('2028-04-29')
    expect(dates.failuresLeft).toBe(2)
    expect(dates.ended).toBe(false)
  })
  it('ends the attempt after three failures', () => {
    const dates = attemptDates(
      { startDate: '2027-11-01', status: 'failed', failedOn: '2028-01-31', failures: 3 },
      rules,
    )
    expect(dates.ended).toBe(true)
    expect(dates.retake).toBeUndefined()
  })
  it('gives no retake dates for an attempt that has not failed', () => {
    expect(
      attemptDates({ startDate: '2027-11-01', status: 'passed' }, rules).retake,
    ).toBeUndefined()
  })
})

describe('renewal and checks', () => {
  it('is due four years after the pass date, a leap day clamped in common years', () => {
    expect(renewalDue('2028-02-29', 4).day).toBe('2032-02-29')
    expect(addYearsIso('2028-02-29', 1)).toBe('2029-02-28')
  })
  it('rejects an exam date before the start date', () => {
    expect(examDateProblem('2027-11-01', '2027-10-31')).toMatch(/cannot be before/)
    expect(examDateProblem('2027-11-01', '2027-11-01')).toBeNull()
    expect(examDateProblem('2027-11-01', 'soon')).toMatch(/date/)
  })
})
