import { describe, expect, it } from 'vitest'
import { minorToInput, parseMoneyInput } from '@renderer/domain/money'

const read = (text: string, locale: string, currency = 'EUR') =>
  parseMoneyInput(text, currency, locale)
const minor = (amountMinor: number) => ({ ok: true, amountMinor })

// Defect 2: "12,50" was read as a thousands separator and saved as €1,250.00.
describe('the money reader follows the user’s locale', () => {
  it('en-US and en-GB: point for decimals, comma for thousands', () => {
    for (const locale of ['en-US', 'en-GB']) {
      expect(read('12.50', locale)).toEqual(minor(1250))
      expect(read('1,250.00', locale)).toEqual(minor(125000))
      expect(read('1,250', locale)).toEqual(minor(125000))
      expect(read('1,234,567.89', locale)).toEqual(minor(123456789))
      // The other mark where it cannot be a thousands separator.
      expect(read('12,50', locale)).toEqual(minor(1250))
      expect(read('7,5', locale)).toEqual(minor(750))
    }
  })

  it('de-DE: comma for decimals, point for thousands', () => {
    expect(read('12,50', 'de-DE')).toEqual(minor(1250))
    expect(read('1.250,00', 'de-DE')).toEqual(minor(125000))
    expect(read('1.250', 'de-DE')).toEqual(minor(125000))
    expect(read('12.50', 'de-DE')).toEqual(minor(1250))
  })

  it('fr-FR: comma for decimals, spaces for thousands', () => {
    expect(read('12,50', 'fr-FR')).toEqual(minor(1250))
    expect(read('1 250,50', 'fr-FR')).toEqual(minor(125050))
    expect(read('1\u202f250,50', 'fr-FR')).toEqual(minor(125050))
    expect(read('12.5', 'fr-FR')).toEqual(minor(1250))
  })

  it('hi-IN: thousands grouped by two after the first three', () => {
    expect(read('1,23,456.50', 'hi-IN', 'INR')).toEqual(minor(12345650))
    expect(read('12,34,567', 'hi-IN', 'INR')).toEqual(minor(123456700))
    expect(read('1,250', 'hi-IN', 'INR')).toEqual(minor(125000))
  })

  it('asks when the text reads two ways, never guesses', () => {
    // In French neither "." reading is the locale's own: €1.25 or €1,250.00?
    const answer = read('1.250', 'fr-FR')
    expect(answer.ok).toBe(false)
    if (answer.ok) return
    expect(answer.choices).toEqual([125, 125000])
    expect(answer.error).toMatch(/Did you mean .*1,25.* or .*1.250,00.*\?/)
  })

  it('refuses what is no number, with an example in the locale', () => {
    expect(read('12,5,0', 'de-DE')).toMatchObject({ ok: false })
    expect(read('abc', 'de-DE')).toEqual({ ok: false, error: 'Enter a number, like 49,99.' })
    expect(read('1,2,3', 'en-US')).toMatchObject({ ok: false })
    expect(read('12.', 'en-US')).toMatchObject({ ok: false })
    expect(read('12,345', 'en-US', 'JPY')).toEqual(minor(12345))
    expect(read('12.5', 'en-US', 'JPY')).toEqual({
      ok: false,
      error: 'JPY amounts have no decimal places.',
    })
  })

  it('writes amounts back in the locale, so they read back the same', () => {
    expect(minorToInput(1250, 'EUR', 'de-DE')).toBe('12,50')
    expect(minorToInput(1250, 'USD', 'en-US')).toBe('12.50')
    expect(read(minorToInput(1234, 'BHD', 'de-DE'), 'de-DE', 'BHD')).toEqual(minor(1234))
  })
})
