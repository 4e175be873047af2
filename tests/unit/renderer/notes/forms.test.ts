import { describe, expect, it } from 'vitest'
import { noteProblems, validateIndexEntry, validateQuote } from '@renderer/features/notes/forms'
import { validateSession } from '@renderer/features/log/session-input'

const quote = { text: 'Trust, but verify.', locator: 'p. 4', comment: '', tags: '' }
const entry = { term: 'XSS', note: '', pages: '42', tags: '', objectiveIds: [] }

describe('uniform length limits, said plainly', () => {
  it('keeps a note title to 500 characters, as every one-line field', () => {
    expect(noteProblems({ title: 't'.repeat(500) })).toEqual({})
    expect(noteProblems({ title: '' })).toEqual({})
    expect(noteProblems({ title: 't'.repeat(10_000) })).toEqual({
      title: 'Keep titles under 500 characters; this one has 10,000.',
    })
  })

  it('keeps quotes and comments to 10,000 characters and locators to 500', () => {
    expect(validateQuote(quote).ok).toBe(true)
    const long = validateQuote({
      ...quote,
      text: 'a'.repeat(10_001),
      comment: 'b'.repeat(12_000),
      locator: 'c'.repeat(501),
    })
    expect(long).toEqual({
      ok: false,
      errors: {
        text: 'Keep a quote under 10,000 characters; this one has 10,001.',
        comment: 'Keep the comment under 10,000 characters; this one has 12,000.',
        locator: 'Keep the locator under 500 characters; this one has 501.',
      },
    })
  })

  it('keeps an index term and its note to 500 characters, as every one-line field', () => {
    expect(validateIndexEntry({ ...entry, term: 'x'.repeat(500) }).ok).toBe(true)
    expect(validateIndexEntry({ ...entry, term: 'x'.repeat(600), note: 'y'.repeat(501) })).toEqual({
      ok: false,
      errors: {
        term: 'Keep a term under 500 characters; this one has 600.',
        note: 'Keep the short note under 500 characters; this one has 501.',
      },
    })
  })

  it('keeps what a session covered to 10,000 characters', () => {
    const result = validateSession(
      {
        resourceId: 'book-a',
        date: '2026-11-27',
        minutes: '50',
        covered: 'z'.repeat(10_500),
        unitsAdvanced: '',
      },
      '2026-11-28',
      new Set(['book-a']),
    )
    expect(result.ok ? null : result.errors.covered).toBe(
      'Keep what you covered under 10,000 characters; this one has 10,500.',
    )
  })
})
