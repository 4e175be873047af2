import { describe, expect, it } from 'vitest'
import { effectiveExamDate, type AttemptForExamDate } from '@renderer/domain/exam-date'

const GSEC = 'cert-giac-gsec'
const goal = (examDate: string | null = '2027-01-10') => ({ certificationId: GSEC, examDate })

let seq = 0
function attempt(overrides: Partial<AttemptForExamDate> = {}): AttemptForExamDate {
  seq += 1
  return {
    id: `a${seq}`,
    certificationId: GSEC,
    status: 'scheduled',
    startDate: '2026-11-01',
    examDate: '2027-03-14',
    examTime: '09:00',
    timeZone: 'Europe/London',
    createdAt: seq,
    ...overrides,
  }
}

describe('effectiveExamDate', () => {
  it("uses the Plan goal's date when there are no attempts", () => {
    expect(effectiveExamDate([], goal())).toEqual({ source: 'goal', date: '2027-01-10' })
  })

  it('says "not booked" when neither an attempt nor the goal has a date', () => {
    expect(effectiveExamDate([], goal(null))).toEqual({ source: 'none', date: null })
  })

  it('falls back to the goal when the open attempt has no exam date yet', () => {
    const undated = attempt({ status: 'registered', examDate: undefined })
    expect(effectiveExamDate([undated], goal())).toEqual({ source: 'goal', date: '2027-01-10' })
    expect(effectiveExamDate([undated], goal(null)).source).toBe('none')
  })

  it("a scheduled attempt's date wins over the goal's, with its time and zone", () => {
    const scheduled = attempt()
    expect(effectiveExamDate([scheduled], goal())).toEqual({
      source: 'attempt',
      date: '2027-03-14',
      attemptId: scheduled.id,
      status: 'scheduled',
      examTime: '09:00',
      timeZone: 'Europe/London',
    })
  })

  it('registered attempts and planning attempts with a date also supply it', () => {
    expect(effectiveExamDate([attempt({ status: 'registered' })], goal()).date).toBe('2027-03-14')
    expect(
      effectiveExamDate([attempt({ status: 'planning', examDate: '2027-02-01' })], goal()).date,
    ).toBe('2027-02-01')
  })

  it('ignores passed and failed attempts', () => {
    const passed = attempt({ status: 'passed', examDate: '2027-05-01' })
    const failed = attempt({ status: 'failed', examDate: '2027-06-01' })
    expect(effectiveExamDate([passed, failed], goal())).toEqual({
      source: 'goal',
      date: '2027-01-10',
    })
  })

  it("ignores attempts for another certification than the plan's", () => {
    const other = attempt({ certificationId: 'cert-other' })
    expect(effectiveExamDate([other], goal()).source).toBe('goal')
  })

  it('takes the latest of several open attempts: latest start date, then latest created', () => {
    const older = attempt({ startDate: '2026-06-01', examDate: '2026-12-01' })
    const newer = attempt({ startDate: '2026-10-01', examDate: '2027-04-01' })
    expect(effectiveExamDate([newer, older], goal()).date).toBe('2027-04-01')
    expect(effectiveExamDate([older, newer], goal()).date).toBe('2027-04-01')
    const sameDayFirst = attempt({ startDate: '2026-10-01', examDate: '2027-05-01', createdAt: 1 })
    const sameDaySecond = attempt({
      startDate: '2026-10-01',
      examDate: '2027-05-02',
      createdAt: 2,
    })
    expect(effectiveExamDate([sameDaySecond, sameDayFirst], goal()).date).toBe('2027-05-02')
    // A failed newer attempt does not hide the older open one.
    const failedNewest = attempt({ startDate: '2026-11-15', status: 'failed' })
    expect(effectiveExamDate([failedNewest, older], goal()).date).toBe('2026-12-01')
  })

  it('ignores an attempt whose exam date is not a calendar day', () => {
    expect(effectiveExamDate([attempt({ examDate: '14/03/2027' })], goal()).source).toBe('goal')
  })
})
