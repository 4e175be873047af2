import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { baseOf, RevisionConflictError } from '@renderer/db/revision'
import { addSession, getSession, updateSession } from '@renderer/features/log/repository'
import { addExpense, updateExpense } from '@renderer/features/costs/repository'
import { answerCard, createCard, readCard, updateCard } from '@renderer/features/review/repository'
import {
  addCustomResource,
  getResource,
  updateResource,
} from '@renderer/features/catalog/repository'
import { resetDatabase } from '../helpers/database'

// Every record form saves with the revision it started from (db/revision.ts): a save based on
// an older revision is refused with the stored record, and what is stored stays as it was.

beforeEach(resetDatabase)

const session = { resourceId: 'r1', date: '2026-01-05', minutes: 30, covered: 'Chapter 1' }
const expense = {
  date: '2026-01-05',
  description: 'GSEC book',
  category: 'book' as const,
  amountMinor: 4_500,
  currency: 'USD',
  status: 'paid' as const,
}
const resource = { kind: 'book', title: 'Mine', authors: [], price: null, free: false, tags: [] }

describe('record forms never save over a newer revision', () => {
  it('sessions: the second window’s save is refused and the first one’s text stays', async () => {
    const id = await addSession(session, 1_000)
    const opened = baseOf((await getSession(id))!)
    await updateSession(id, { ...session, covered: 'Window A' }, 2_000, opened)
    const refused = updateSession(id, { ...session, covered: 'Window B' }, 3_000, opened)
    await expect(refused).rejects.toBeInstanceOf(RevisionConflictError)
    await refused.catch((error: RevisionConflictError<{ covered: string }>) =>
      expect(error.theirs.covered).toBe('Window A'),
    )
    expect((await getSession(id))?.covered).toBe('Window A')
    // Keep mine: saving again from the stored revision goes through.
    const stored = (await getSession(id))!
    await updateSession(id, { ...session, covered: 'Window B' }, 4_000, baseOf(stored))
    expect(await getSession(id)).toMatchObject({ covered: 'Window B', revision: 2 })
  })

  it('expenses', async () => {
    const id = await addExpense(expense, 1_000)
    const opened = baseOf((await db.expenses.get(id))!)
    await updateExpense(id, { ...expense, description: 'Window A' }, 2_000, opened)
    await expect(
      updateExpense(id, { ...expense, description: 'Window B' }, 3_000, opened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    expect((await db.expenses.get(id))?.description).toBe('Window A')
  })

  it('review cards; answering a card is not an edit of its text', async () => {
    const id = await createCard(
      { kind: 'qa', front: 'Q', back: 'A', tags: [], objectiveIds: [] },
      1_000,
    )
    const opened = baseOf((await readCard(id))!)
    await answerCard(id, 3, 1_500, null, 1_500)
    await updateCard(id, { front: 'Window A' }, 2_000, opened)
    await expect(updateCard(id, { front: 'Window B' }, 3_000, opened)).rejects.toBeInstanceOf(
      RevisionConflictError,
    )
    expect((await readCard(id))?.front).toBe('Window A')
  })

  it('resources', async () => {
    const id = await addCustomResource(resource, 1_000)
    const opened = baseOf((await getResource(id))!)
    await updateResource(id, { ...resource, title: 'Window A' }, 2_000, opened)
    await expect(
      updateResource(id, { ...resource, title: 'Window B' }, 3_000, opened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    expect((await getResource(id))?.title).toBe('Window A')
  })

  it('a save within the same millisecond as another still counts as newer', async () => {
    const id = await addExpense(expense, 1_000)
    const opened = baseOf((await db.expenses.get(id))!)
    await updateExpense(id, { ...expense, description: 'Window A' }, 1_000, opened)
    await expect(
      updateExpense(id, { ...expense, description: 'Window B' }, 1_000, opened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
  })
})
