import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { PaceMeter } from '@renderer/features/plan/ForecastSummary'
import { actualWeeklyAverage } from '@renderer/features/plan/pace'

afterEach(cleanup)

const session = (date: string, minutes: number) => ({ date, minutes, resourceId: 'r1' })

describe('the actual weekly pace', () => {
  it('averages the 28 days ending today over four weeks, today included', () => {
    const sessions = [
      session('2026-12-04', 60), // today
      session('2026-11-07', 120), // the 28th day back
      session('2026-11-06', 600), // one day too early
      session('2026-12-05', 600), // tomorrow
      session('2026-11-20', -30), // a negative entry never lowers the pace
    ]
    expect(actualWeeklyAverage(sessions, '2026-12-04')).toBe(45)
  })
})

describe('the pace meter', () => {
  it('shows the required weekly hours when the exam sets them, and how far behind you are', () => {
    render(
      <PaceMeter
        requiredWeeklyMinutes={600}
        plannedWeeklyMinutes={300}
        actualWeeklyMinutes={270}
      />,
    )
    const meter = screen.getByRole('group', { name: 'Pace' })
    expect(meter.textContent).toContain('Required per week')
    expect(meter.textContent).toContain('10 h')
    expect(meter.textContent).toContain('4.5 h')
    expect(meter.textContent).toContain('5.5 h a week behind.')
  })

  it('falls back to the planned weekly hours, and says when you keep pace', () => {
    render(
      <PaceMeter
        requiredWeeklyMinutes={null}
        plannedWeeklyMinutes={300}
        actualWeeklyMinutes={320}
      />,
    )
    const meter = screen.getByRole('group', { name: 'Pace' })
    expect(meter.textContent).toContain('Planned per week')
    expect(meter.textContent).toContain('Keeping pace.')
  })

  it('says when nothing was logged in the last four weeks', () => {
    render(
      <PaceMeter requiredWeeklyMinutes={null} plannedWeeklyMinutes={300} actualWeeklyMinutes={0} />,
    )
    expect(screen.getByRole('group', { name: 'Pace' }).textContent).toContain(
      'No study logged in the last 4 weeks yet.',
    )
  })
})
