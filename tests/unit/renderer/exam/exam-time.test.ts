import { describe, expect, it } from 'vitest'
import { countdown, isTimeZone, zonedInstant } from '@renderer/features/exam/exam-time'

describe('exam time in a time zone', () => {
  it('turns a wall-clock time into the right instant, summer and winter', () => {
    expect(zonedInstant('2027-07-01', '09:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 6, 1, 7, 30))
    expect(zonedInstant('2027-01-15', '09:30', 'Europe/Berlin')).toBe(Date.UTC(2027, 0, 15, 8, 30))
    expect(zonedInstant('2028-02-29', '23:00', 'America/New_York')).toBe(Date.UTC(2028, 2, 1, 4, 0))
    expect(zonedInstant('2027-07-01', '09:30', 'UTC')).toBe(Date.UTC(2027, 6, 1, 9, 30))
  })
  it('refuses malformed input and unknown zones', () => {
    expect(zonedInstant('2027-07-01', '9', 'UTC')).toBeNull()
    expect(zonedInstant('2027-07-01', '09:00', 'Mars/Olympus')).toBeNull()
    expect(isTimeZone('Europe/Paris')).toBe(true)
  })
  it('counts down in days, hours and minutes', () => {
    const now = Date.UTC(2027, 0, 1, 0, 0)
    const target = now + ((2 * 24 + 3) * 60 + 1) * 60_000
    expect(countdown(target, now).text).toBe('in 2 days, 3 hours, 1 minute')
    expect(countdown(now - 60_000, now)).toMatchObject({
      past: true,
      text: '0 days, 0 hours, 1 minute ago',
    })
  })
})
