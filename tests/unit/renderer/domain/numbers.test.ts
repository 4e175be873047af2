import { describe, expect, it } from 'vitest'
import { formatMinutes } from '@renderer/domain/durations'
import { countOf, formatCount } from '@renderer/domain/numbers'

describe('formatCount', () => {
  it('groups a count as the locale does', () => {
    expect(formatCount(5000, 'en-US')).toBe('5,000')
    expect(formatCount(4589, 'de-DE')).toBe('4.589')
    expect(formatCount(1234567, 'hi-IN')).toBe('12,34,567')
    expect(formatCount(12, 'de-DE')).toBe('12')
  })
  it('says the noun in the singular for one only', () => {
    expect(countOf(1, 'entry', 'entries', 'en-US')).toBe('1 entry')
    expect(countOf(0, 'entry', 'entries', 'en-US')).toBe('0 entries')
    expect(countOf(5000, 'entry', 'entries', 'de-DE')).toBe('5.000 entries')
  })
})

describe('durations use the same grouping', () => {
  it('groups hours of long durations', () => {
    expect(formatMinutes(1250 * 60 + 30)).toBe(`${formatCount(1250)} h 30 min`)
    expect(formatMinutes(1250 * 60 + 30)).not.toBe('1250 h 30 min')
  })
})
