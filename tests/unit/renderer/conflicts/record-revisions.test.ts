import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { baseOf, NOT_YET_STORED, RevisionConflictError } from '@renderer/db/revision'
import { addSession, getSession, setUnits, updateSession } from '@renderer/features/log/repository'
import { addExpense, updateExpense } from '@renderer/features/costs/repository'
import { answerCard, createCard, readCard, updateCard } from '@renderer/features/review/repository'
import {
  addCustomResource,
  getResource,
  updateResource,
} from '@renderer/features/catalog/repository'
import {
  addAttempt,
  seedObjectives,
  updateAttempt,
  updateObjective,
} from '@renderer/features/exam/repository'
import { planItemBase, updatePlanItem } from '@renderer/features/plan/repository'
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

  it('exam attempts; a checklist tick counts as a revision too', async () => {
    const id = await addAttempt(
      {
        certificationId: 'cert-giac-gsec',
        startDate: '2026-01-05',
        delivery: 'remote',
        status: 'planning',
      },
      1_000,
    )
    const opened = baseOf((await db.attempts.get(id))!)
    await updateAttempt(id, { status: 'registered' }, 2_000, opened)
    const refused = updateAttempt(id, { status: 'scheduled' }, 3_000, opened)
    await expect(refused).rejects.toBeInstanceOf(RevisionConflictError)
    await refused.catch((error: RevisionConflictError<{ status: string }>) =>
      expect(error.theirs.status).toBe('registered'),
    )
    expect(await db.attempts.get(id)).toMatchObject({ status: 'registered', revision: 1 })

    const reopened = baseOf((await db.attempts.get(id))!)
    const checklist = (await db.attempts.get(id))!.checklist.map((i) => ({ ...i, done: true }))
    await updateAttempt(id, { checklist }, 4_000)
    await expect(
      updateAttempt(id, { status: 'scheduled' }, 5_000, reopened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    // The form's save changes its fields only: the checklist ticked elsewhere stays.
    await updateAttempt(id, { status: 'scheduled' }, 6_000, baseOf((await db.attempts.get(id))!))
    const stored = await db.attempts.get(id)
    expect(stored).toMatchObject({ status: 'scheduled', revision: 3 })
    expect(stored?.checklist.every((i) => i.done)).toBe(true)
  })

  it('objectives: a rename from an older revision is refused; its rating stays', async () => {
    await seedObjectives('cert-giac-gsec', ['Cryptography'], 1_000)
    const [objective] = await db.objectives.toArray()
    const opened = baseOf(objective!)
    await updateObjective(objective!.id, { confidence: 4 }, 2_000)
    await expect(
      updateObjective(objective!.id, { title: 'Applied cryptography' }, 3_000, opened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    expect(await db.objectives.get(objective!.id)).toMatchObject({
      title: 'Cryptography',
      confidence: 4,
    })
    // Keep mine: the title is saved from the stored revision, the rating made elsewhere kept.
    const stored = (await db.objectives.get(objective!.id))!
    await updateObjective(objective!.id, { title: 'Applied cryptography' }, 4_000, baseOf(stored))
    expect(await db.objectives.get(objective!.id)).toMatchObject({
      title: 'Applied cryptography',
      confidence: 4,
      revision: 2,
    })
  })

  it('plan items: typed hours from an older revision are refused', async () => {
    await db.planItems.add({ id: 'p1', resourceId: 'r1', position: 0, addedAt: 1_000 })
    const opened = planItemBase((await db.planItems.get('p1'))!)
    expect(opened).toEqual({ revision: 0, updatedAt: 1_000 })
    const saved = await updatePlanItem('p1', { plannedMinutes: 600 }, 2_000, opened)
    expect(saved).toEqual({ revision: 1, updatedAt: 2_000 })
    await expect(
      updatePlanItem('p1', { plannedMinutes: 300 }, 3_000, opened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    expect((await db.planItems.get('p1'))?.plannedMinutes).toBe(600)
    // The editor's next save starts from what its own last save stored.
    await updatePlanItem('p1', { targetFinish: '2026-06-01' }, 4_000, saved)
    expect(await db.planItems.get('p1')).toMatchObject({
      plannedMinutes: 600,
      targetFinish: '2026-06-01',
      revision: 2,
    })
  })

  it('progress units: a save from an older revision is refused; a session moves the revision', async () => {
    const units = { unit: 'chapters' as const, unitsDone: 2, unitsTotal: 10 }
    // A form opened before any progress was stored: progress saved since is newer.
    await setUnits('r1', units, 1_000, NOT_YET_STORED)
    await expect(setUnits('r1', units, 1_500, NOT_YET_STORED)).rejects.toBeInstanceOf(
      RevisionConflictError,
    )
    const opened = baseOf((await db.resourceProgress.get('r1'))!)
    expect(opened).toEqual({ revision: 1, updatedAt: 1_000 })
    await setUnits('r1', { ...units, unitsDone: 5 }, 2_000, opened)
    await expect(setUnits('r1', { ...units, unitsDone: 3 }, 3_000, opened)).rejects.toBeInstanceOf(
      RevisionConflictError,
    )
    expect((await db.resourceProgress.get('r1'))?.unitsDone).toBe(5)
    const reopened = baseOf((await db.resourceProgress.get('r1'))!)
    await addSession({ ...session, unitsAdvanced: 1 }, 4_000)
    await expect(
      setUnits('r1', { ...units, unitsDone: 7 }, 5_000, reopened),
    ).rejects.toBeInstanceOf(RevisionConflictError)
    expect((await db.resourceProgress.get('r1'))?.unitsDone).toBe(6)
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
