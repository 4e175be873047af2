import { describe, expect, it } from 'vitest'
import {
  formatMoney,
  formatWholeMoney,
  formatTotals,
  isKnownCurrency,
  minorDigits,
  minorToInput,
  multiplyMinor,
  parseLedgerAmount,
  parseMoneyInput,
  roundMinor,
  splitMinor,
  totalsByCurrency,
} from '@renderer/domain/money'

describe('integer minor units', () => {
  it('parses typed amounts exactly, without float error', () => {
    expect(parseMoneyInput('0.1', 'USD')).toEqual({ ok: true, amountMinor: 10 })
    expect(parseMoneyInput('1,234.56', 'USD')).toEqual({ ok: true, amountMinor: 123456 })
    expect(parseMoneyInput('19.99', 'USD')).toEqual({ ok: true, amountMinor: 1999 })
    expect(parseMoneyInput('1000', 'JPY')).toEqual({ ok: true, amountMinor: 1000 })
    expect(parseMoneyInput('1.234', 'BHD')).toEqual({ ok: true, amountMinor: 1234 })
    expect(minorDigits('JPY')).toBe(0)
    expect(minorToInput(1999, 'USD')).toBe('19.99')
    expect(minorToInput(5, 'USD')).toBe('0.05')
  })
  it('refuses negative, absurd, zero and over-precise amounts, and unknown currencies', () => {
    expect(parseLedgerAmount('-5', 'USD')).toEqual({
      ok: false,
      error: 'An amount cannot be negative.',
    })
    expect(parseLedgerAmount('1000000.01', 'USD')).toMatchObject({
      ok: false,
      error: expect.stringContaining('more than 1,000,000'),
    })
    expect(parseLedgerAmount('1000000', 'USD')).toEqual({ ok: true, amountMinor: 100_000_000 })
    expect(parseLedgerAmount('0', 'USD')).toMatchObject({ ok: false })
    expect(parseLedgerAmount('1.5', 'JPY')).toMatchObject({
      ok: false,
      error: expect.stringContaining('no decimal places'),
    })
    expect(parseLedgerAmount('10', 'XYZ')).toMatchObject({
      ok: false,
      error: expect.stringContaining('XYZ'),
    })
    expect(isKnownCurrency('usd')).toBe(false)
    expect(isKnownCurrency('EUR')).toBe(true)
  })
})

describe('rounding', () => {
  it('rounds half away from zero', () => {
    expect(roundMinor(12.5)).toBe(13)
    expect(roundMinor(-12.5)).toBe(-13)
    expect(roundMinor(12.49)).toBe(12)
    expect(multiplyMinor(999, 0.5)).toBe(500)
    expect(multiplyMinor(1999, 3)).toBe(5997)
  })
  it('splits without losing a cent', () => {
    expect(splitMinor(1000, 3)).toEqual([334, 333, 333])
    expect(splitMinor(1000, 3).reduce((a, b) => a + b, 0)).toBe(1000)
    expect(splitMinor(5, 0)).toEqual([])
  })
})

describe('totals per currency', () => {
  it('never adds different currencies together', () => {
    const totals = totalsByCurrency([
      { amountMinor: 1000, currency: 'USD' },
      { amountMinor: 250, currency: 'EUR' },
      { amountMinor: 99, currency: 'USD' },
    ])
    expect([...totals]).toEqual([
      ['EUR', 250],
      ['USD', 1099],
    ])
    expect(formatTotals(totals, 'en-US')).toBe('€2.50 · $10.99')
  })
})

describe('formatting per currency and locale', () => {
  it('uses the currency digits and the locale conventions', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56')
    expect(formatMoney(123456, 'EUR', 'de-DE')).toBe('1.234,56\u00a0€')
    expect(formatMoney(1234, 'JPY', 'ja-JP')).toBe('￥1,234')
    expect(formatMoney(1234, 'BHD', 'en-US')).toBe('BHD\u00a01.234')
  })

  it('rounds to whole units for chart axes, and keeps the full amount elsewhere', () => {
    expect(formatWholeMoney(120_049, 'USD', 'en-US')).toBe('$1,200')
    expect(formatWholeMoney(120_050, 'EUR', 'de-DE')).toBe('1.201\u00a0€')
    expect(formatWholeMoney(1234, 'JPY', 'ja-JP')).toBe('￥1,234')
    expect(formatMoney(120_049, 'USD', 'en-US')).toBe('$1,200.49')
  })
})
