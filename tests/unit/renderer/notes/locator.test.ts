import { describe, expect, it } from 'vitest'
import { parseLocator, parsePages } from '@renderer/features/notes/locator'

describe('parseLocator', () => {
  it.each([
    ['42', { kind: 'page', display: 'p. 42', from: 42 }],
    ['p. 42', { kind: 'page', display: 'p. 42', from: 42 }],
    ['page 7', { kind: 'page', display: 'p. 7', from: 7 }],
    ['42-45', { kind: 'pages', display: 'pp. 42–45', from: 42, to: 45 }],
    ['pp. 42–45', { kind: 'pages', display: 'pp. 42–45', from: 42, to: 45 }],
    ['pp 100 — 102', { kind: 'pages', display: 'pp. 100–102', from: 100, to: 102 }],
    ['ch. 3', { kind: 'chapter', display: 'ch. 3', from: 3 }],
    ['Chapter 12', { kind: 'chapter', display: 'ch. 12', from: 12 }],
    ['37%', { kind: 'percent', display: '37%', from: 37 }],
    ['12.5 %', { kind: 'percent', display: '12.5%', from: 12.5 }],
    ['ix', { kind: 'text', display: 'ix' }],
    ['  Appendix  B ', { kind: 'text', display: 'Appendix B' }],
  ])('reads %s', (input, locator) => {
    expect(parseLocator(input)).toEqual({ ok: true, locator })
  })

  it('treats an empty locator as none', () => {
    expect(parseLocator('  ')).toEqual({ ok: true, locator: null })
  })

  it.each([
    ['45–42', /ends before it starts/],
    ['pp. 0-3', /start at 1/],
    ['140%', /between 0 and 100/],
    ['x'.repeat(81), /at most 80/],
  ])('rejects %s with a message', (input, message) => {
    const result = parseLocator(input)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(message)
  })
})

describe('parsePages', () => {
  it('normalises a list of pages', () => {
    expect(parsePages('42, 57-59; ch. 3')).toEqual({ ok: true, pages: 'p. 42, pp. 57–59, ch. 3' })
  })
  it('names the part that is wrong', () => {
    const result = parsePages('12, 45-42')
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toContain('"45-42"')
  })
})
