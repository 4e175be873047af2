import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { resetDatabase } from '../helpers/database'
import { summarize } from '@renderer/features/costs/ledger'
import { markCompleted, setUnits } from '@renderer/features/log/repository'

beforeEach(async () => {
  await resetDatabase()
})

const completion = {
  resourceId: 'course-a',
  title: 'Exploring Adversarial Machine Learning',
  kind: 'course' as const,
  completedOn: '2026-11-20',
  certificate: '',
  paid: { amountMinor: 9000, currency: 'USD' },
}

// Defect 1: the Plan's planned expense and the completion's paid one both stayed, so Costs
// counted the course twice (Planned $90 and Spent $90) and inflated the over-budget warning.
describe('Mark completed with an amount paid', () => {
  it('turns the planned expense for that resource into the paid one: one row', async () => {
    await db.expenses.add({
      id: 'planned-1',
      date: '2026-12-31',
      description: 'Exploring Adversarial Machine Learning',
      category: 'course',
      amountMinor: 9000,
      currency: 'USD',
      status: 'planned',
      resourceId: 'course-a',
      createdAt: 1,
      updatedAt: 1,
    })
    await markCompleted(completion, 5)
    const expenses = await db.expenses.toArray()
    expect(expenses).toEqual([
      expect.objectContaining({
        id: 'planned-1',
        status: 'paid',
        date: '2026-11-20',
        amountMinor: 9000,
        description: 'Exploring Adversarial Machine Learning',
      }),
    ])
    const [usd] = summarize(expenses, [{ currency: 'USD', amountMinor: 10000 }])
    expect(usd).toMatchObject({ planned: 0, paid: 9000, overWithPlannedBy: 0 })
  })

  it('adds a paid expense when nothing was planned, and leaves other resources alone', async () => {
    await db.expenses.add({
      id: 'other',
      date: '2026-12-31',
      description: 'A book',
      category: 'book',
      amountMinor: 4000,
      currency: 'USD',
      status: 'planned',
      resourceId: 'book-b',
      createdAt: 1,
      updatedAt: 1,
    })
    await markCompleted({ ...completion, paid: { amountMinor: 8550, currency: 'EUR' } }, 5)
    const expenses = (await db.expenses.toArray()).sort((a, b) => a.createdAt - b.createdAt)
    expect(expenses.map((e) => [e.resourceId, e.status, e.amountMinor, e.currency])).toEqual([
      ['book-b', 'planned', 4000, 'USD'],
      ['course-a', 'paid', 8550, 'EUR'],
    ])
  })

  // Defect 4: "Modules done 1 of 6" beside a full bar after Mark completed.
  it('sets every unit to its total', async () => {
    await setUnits('course-a', { unit: 'modules', unitsDone: 1, unitsTotal: 6 }, 1)
    await markCompleted({ ...completion, paid: null }, 5)
    expect(await db.resourceProgress.get('course-a')).toMatchObject({
      status: 'done',
      unitsDone: 6,
      unitsTotal: 6,
    })
  })
})
