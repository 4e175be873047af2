import { beforeEach, describe, expect, it } from 'vitest'
import {
  addExpense,
  listBudgets,
  listExpenses,
  setBudget,
  updateExpense,
} from '@renderer/features/costs/repository'
import type { ExpenseInput } from '@renderer/features/costs/ledger'
import { resetDatabase } from '../helpers/database'

const input: ExpenseInput = {
  date: '2027-03-01',
  description: 'GSEC attempt',
  category: 'exam-attempt',
  amountMinor: 99900,
  currency: 'USD',
  status: 'planned',
  resourceId: 'cert-giac-gsec',
}

beforeEach(async () => {
  await resetDatabase()
})

describe('expenses', () => {
  it('an edit that clears the link removes it and keeps the creation time', async () => {
    const id = await addExpense(input, 1)
    await updateExpense(id, { ...input, resourceId: undefined, status: 'paid' }, 2)
    const [stored] = await listExpenses()
    expect(stored).toMatchObject({ id, status: 'paid', createdAt: 1, updatedAt: 2 })
    expect(stored).not.toHaveProperty('resourceId')
  })
})

describe('budgets', () => {
  it('one per currency: setting again replaces, an unknown currency is refused', async () => {
    await setBudget('USD', 100000)
    await setBudget('USD', 150000)
    await setBudget('EUR', 5000)
    await expect(setBudget('ZZZ', 1)).rejects.toThrow(/ZZZ/)
    expect(await listBudgets()).toEqual([
      { currency: 'EUR', amountMinor: 5000 },
      { currency: 'USD', amountMinor: 150000 },
    ])
    await setBudget('EUR', null)
    expect(await listBudgets()).toHaveLength(1)
  })
})
