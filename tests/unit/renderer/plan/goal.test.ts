import { describe, expect, it } from 'vitest'
import { blackoutProblem, defaultPlanGoal, PlanGoal } from '@renderer/features/plan/goal'

describe('a blackout label is one line, held to the one-line limit', () => {
  it('says plainly that a 10,000-character label is too long', () => {
    expect(blackoutProblem('2027-01-02', '2027-01-05', 'x'.repeat(10_000))).toEqual({
      field: 'label',
      message: 'Keep blackout labels under 500 characters; this one has 10,000.',
    })
  })

  it('takes a label of 500 characters, and none at all', () => {
    expect(blackoutProblem('2027-01-02', '2027-01-05', 'x'.repeat(500))).toBeUndefined()
    expect(blackoutProblem('2027-01-02', '2027-01-02', '')).toBeUndefined()
  })

  it('names the dates first when they are missing or reversed', () => {
    expect(blackoutProblem('', '2027-01-05', 'x'.repeat(600))?.field).toBe('dates')
    expect(blackoutProblem('2027-01-05', '2027-01-02', 'Trip')).toEqual({
      field: 'dates',
      message: 'The last day must be on or after the first day.',
    })
  })

  it('stores a goal whose label is at the limit and refuses one past it', () => {
    const withLabel = (label: string) => ({
      ...defaultPlanGoal,
      blackouts: [{ start: '2027-01-02', end: '2027-01-05', label }],
    })
    expect(PlanGoal.safeParse(withLabel('x'.repeat(500))).success).toBe(true)
    expect(PlanGoal.safeParse(withLabel('x'.repeat(501))).success).toBe(false)
  })
})
