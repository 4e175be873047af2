import { describe, expect, it } from 'vitest'
import {
  attemptDates,
  computedDeadline,
  defaultAttemptRules as rules,
  examDateProblem,
  renewalDue,
} from '@renderer/features/exam/exam-dates'
import { addYearsIso, formatIsoDay } from '@renderer/domain/dates'

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
    // Rule text names days as the page does (the locale's medium date), never as ISO.
    expect(dates.deadline.rule).toContain(formatIsoDay('2028-02-29'))
    expect(dates.deadline.rule).not.toContain('2028-02-29')
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
  it('may be bought until 30 days after the deadline (GIAC), not 30 days after the failed exam', () => {
    // Deadline 2028-02-29 (120 days from 2027-11-01); the exam failed a month before it.
    const dates = attemptDates(
      { startDate: '2027-11-01', status: 'failed', failedOn: '2028-01-31', failures: 1 },
      rules,
    )
    expect(dates.retake?.purchaseBy.day).toBe('2028-03-30')
    expect(dates.retake?.purchaseBy.rule).toContain(
      `30 days after the attempt's deadline (${formatIsoDay('2028-02-29')})`,
    )
    expect(dates.retake?.earliest.rule).toContain(`(${formatIsoDay('2028-01-31')})`)
    expect(dates.retake?.earliest.day).toBe('2028-03-01')
    expect(dates.failuresLeft).toBe(2)
    expect(dates.ended).toBe(false)
  })
  it('counts the retake window across month ends and from the deadline the user set', () => {
    const fromJanuary = attemptDates(
      { startDate: '2026-10-01', status: 'failed', failedOn: '2027-01-10' },
      rules,
    )
    // 2026-10-01 + 120 days = 2027-01-29; + 30 days runs past the end of February.
    expect(fromJanuary.deadline.day).toBe('2027-01-29')
    expect(fromJanuary.retake?.purchaseBy.day).toBe('2027-02-28')
    const overridden = attemptDates(
      {
        startDate: '2026-10-01',
        deadlineOverride: '2027-03-31',
        status: 'failed',
        failedOn: '2027-03-20',
      },
      rules,
    )
    expect(overridden.retake?.purchaseBy.day).toBe('2027-04-30')
    expect(overridden.retake?.earliest.day).toBe('2027-04-19')
  })
  it('gives the deadline after a retake as an estimate to check in the GIAC portal', () => {
    const dates = attemptDates(
      { startDate: '2027-11-01', status: 'failed', failedOn: '2028-01-31', failures: 1 },
      rules,
    )
    expect(dates.retake?.newDeadline.day).toBe('2028-04-29')
    expect(dates.retake?.newDeadline.estimate).toBe(true)
    expect(dates.retake?.newDeadline.rule).toMatch(/includes the 30-day wait/)
    expect(dates.retake?.newDeadline.rule).toMatch(/check your GIAC portal/)
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
    expect(examDateProblem('2027-11-01', '2027-10-31')).toBe(
      `The exam date cannot be before the attempt's start date (${formatIsoDay('2027-11-01')}).`,
    )
    expect(examDateProblem('2027-11-01', '2027-11-01')).toBeNull()
    expect(examDateProblem('2027-11-01', 'soon')).toMatch(/date/)
  })
})
