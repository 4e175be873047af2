import { describe, expect, it } from 'vitest'
import type { ExpenseRecord } from '@renderer/db/records'
import { summarize, validateExpense, type ExpenseDraft } from '@renderer/features/costs/ledger'

const draft: ExpenseDraft = {
  date: '2027-03-01',
  description: 'GSEC attempt',
  category: 'exam-attempt',
  amount: '999',
  currency: 'usd',
  status: 'planned',
  link: 'resource:cert-giac-gsec',
}

function expense(partial: Partial<ExpenseRecord>): ExpenseRecord {
  return {
    id: crypto.randomUUID(),
    date: '2027-03-01',
    description: 'x',
    category: 'other',
    amountMinor: 100,
    currency: 'USD',
    status: 'paid',
    createdAt: 0,
    updatedAt: 0,
    ...partial,
  }
}

describe('validateExpense', () => {
  it('accepts a good expense with its link and upper-cases the currency', () => {
    expect(validateExpense(draft)).toEqual({
      ok: true,
      value: {
        date: '2027-03-01',
        description: 'GSEC attempt',
        category: 'exam-attempt',
        amountMinor: 99900,
        currency: 'USD',
        status: 'planned',
        resourceId: 'cert-giac-gsec',
        attemptId: undefined,
      },
    })
  })
  it('names each bad field', () => {
    const result = validateExpense({ ...draft, description: '  ', amount: '-3', currency: 'ZZZ' })
    expect(result).toMatchObject({
      ok: false,
      errors: {
        description: expect.stringContaining('Describe'),
        currency: expect.stringContaining('ZZZ'),
      },
    })
    expect(validateExpense({ ...draft, amount: '-3' })).toMatchObject({
      errors: { amount: 'An amount cannot be negative.' },
    })
    expect(validateExpense({ ...draft, amount: '5000000' })).toMatchObject({
      errors: { amount: expect.stringContaining('more than 1,000,000') },
    })
  })
})

describe('summarize', () => {
  const expenses = [
    expense({ amountMinor: 99900, category: 'exam-attempt', status: 'paid', date: '2027-03-01' }),
    expense({ amountMinor: 9000, category: 'course', status: 'planned', date: '2027-04-10' }),
    expense({
      amountMinor: 4000,
      category: 'book',
      status: 'paid',
      date: '2027-04-11',
      currency: 'EUR',
    }),
  ]
  it('keeps currencies apart and totals by category and month', () => {
    const [eur, usd] = summarize(expenses, [{ currency: 'USD', amountMinor: 50000 }])
    expect(eur).toMatchObject({ currency: 'EUR', paid: 4000, planned: 0, budget: null, overBy: 0 })
    expect(usd).toMatchObject({ currency: 'USD', paid: 99900, planned: 9000, budget: 50000 })
    expect(usd!.byCategory).toEqual([
      { category: 'course', planned: 9000, paid: 0 },
      { category: 'exam-attempt', planned: 0, paid: 99900 },
    ])
    expect(usd!.byMonth.map((m) => m.month)).toEqual(['2027-03', '2027-04'])
    expect(usd!.overBy).toBe(49900)
    expect(usd!.overWithPlannedBy).toBe(58900)
  })
  it('lists a budget currency that has no expenses yet', () => {
    expect(summarize([], [{ currency: 'GBP', amountMinor: 100 }])[0]).toMatchObject({
      currency: 'GBP',
      paid: 0,
    })
  })
})

// Defect 10: the chart dropped empty months, so years of bars were spaced unevenly.
describe('months', () => {
  it('keeps every month between the first and the last, empty ones as zero', () => {
    const [usd] = summarize(
      [
        { date: '2026-11-03', category: 'book', amountMinor: 100, currency: 'USD', status: 'paid' },
        {
          date: '2027-02-10',
          category: 'book',
          amountMinor: 50,
          currency: 'USD',
          status: 'planned',
        },
      ],
      [],
    )
    expect(usd!.byMonth).toEqual([
      { month: '2026-11', planned: 0, paid: 100 },
      { month: '2026-12', planned: 0, paid: 0 },
      { month: '2027-01', planned: 0, paid: 0 },
      { month: '2027-02', planned: 50, paid: 0 },
    ])
  })
})
