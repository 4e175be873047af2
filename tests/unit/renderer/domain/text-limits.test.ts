import { describe, expect, it } from 'vitest'
import { lengthProblem, MAX_LINE } from '@renderer/domain/text-limits'
import { emptyDraft, readDraft } from '@renderer/features/catalog/resource-form'
import { validateExpense } from '@renderer/features/costs/ledger'

describe('uniform length limits with plain messages', () => {
  it('says the limit and the length, with thousands separators', () => {
    expect(lengthProblem('descriptions', 'x'.repeat(10_000))).toBe(
      'Keep descriptions under 500 characters; this one has 10,000.',
    )
    expect(lengthProblem('descriptions', 'x'.repeat(MAX_LINE))).toBeUndefined()
  })

  it('refuses a 10,000-character expense description', () => {
    const result = validateExpense({
      date: '2027-03-01',
      description: 'y'.repeat(10_000),
      category: 'other',
      amount: '5',
      currency: 'USD',
      status: 'planned',
      link: '',
    })
    expect(result).toEqual({
      ok: false,
      errors: { description: 'Keep descriptions under 500 characters; this one has 10,000.' },
    })
  })

  it('replaces the raw "Too big" message of a resource title', () => {
    const result = readDraft({ ...emptyDraft, title: 't'.repeat(301) })
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.errors.title).toBe('Keep titles under 300 characters; this one has 301.')
  })
})
