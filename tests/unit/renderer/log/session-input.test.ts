import { describe, expect, it } from 'vitest'
import { parseDuration, validateSession } from '@renderer/features/log/session-input'

describe('parseDuration', () => {
  it.each([
    ['45', 45],
    ['45 min', 45],
    ['1:30', 90],
    ['1h 30m', 90],
    ['1.5h', 90],
    ['2 hours', 120],
    ['0.6', 1],
  ])('reads %s as %i minutes', (text, minutes) => {
    expect(parseDuration(text)).toEqual({ ok: true, value: minutes })
  })

  it.each([
    ['', 'Enter how many minutes'],
    ['-20', 'cannot be negative'],
    ['0', 'at least 1 minute'],
    ['1441', 'longer than 24 hours'],
    ['30h', 'longer than 24 hours'],
    ['abc', 'Enter minutes like 45'],
    ['1e9', 'Enter minutes like 45'],
  ])('refuses %j with a clear message', (text, message) => {
    const result = parseDuration(text)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain(message)
  })
})

describe('validateSession', () => {
  const known = new Set(['book-a'])
  const draft = {
    resourceId: 'book-a',
    date: '2026-11-27',
    minutes: '50',
    covered: '  Chapter 3  ',
    unitsAdvanced: '',
  }

  it('accepts a good session and trims what was covered', () => {
    expect(validateSession(draft, '2026-11-27', known)).toEqual({
      ok: true,
      value: { resourceId: 'book-a', date: '2026-11-27', minutes: 50, covered: 'Chapter 3' },
    })
  })

  it('names every bad field: empty resource, future date, absurd minutes, negative units', () => {
    const result = validateSession(
      { resourceId: '', date: '2027-01-01', minutes: '99999', covered: '', unitsAdvanced: '-2' },
      '2026-11-27',
      known,
    )
    expect(result).toEqual({
      ok: false,
      errors: {
        resourceId: 'Choose the resource you studied.',
        date: 'A session cannot be in the future.',
        minutes: 'A session cannot be longer than 24 hours. Split it by day.',
        unitsAdvanced: 'Enter a whole number of units, or leave it empty.',
      },
    })
  })

  it('refuses a resource that no longer exists and a malformed date', () => {
    const result = validateSession(
      { ...draft, resourceId: 'gone', date: '2026-02-30' },
      '2026-11-27',
      known,
    )
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.errors.resourceId).toContain('no longer exists')
      expect(result.errors.date).toContain('Enter a date')
    }
  })
})
