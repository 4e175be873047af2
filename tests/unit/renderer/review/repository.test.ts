import { startOfDay } from 'date-fns'
import { beforeEach, describe, expect, it } from 'vitest'
import { toIsoDay } from '@renderer/domain/dates'
import { db, readRows } from '@renderer/db/database'
import {
  answerCard,
  countDue,
  createCard,
  deleteCard,
  readCard,
  readDueCards,
  readReviewDaySummaries,
  readReviewLogs,
  restoreDeletedCard,
  undoAnswer,
  updateCard,
} from '@renderer/features/review/repository'
import { exportBackup, restoreBackupText } from '@renderer/features/backup/repository'
import { resetDatabase } from '../backup/sample-data'

const now = new Date(2026, 11, 4, 20, 0).getTime()
const fields = {
  kind: 'cloze' as const,
  front: 'SSH listens on port {{22}}',
  back: '',
  tags: ['net'],
  objectiveIds: ['LLM01'],
}

describe('review repository', () => {
  beforeEach(resetDatabase)

  it('counts a new card as due, and not after a Good answer', async () => {
    const id = await createCard({ ...fields, resourceId: 'cert-giac-gsec' }, now)
    expect(await countDue(now, null)).toBe(1)
    await answerCard(id, 3, 4000, null, now)
    expect(await countDue(now + 1000, null)).toBe(0)
    expect(await countDue(now + 11 * 60_000, null)).toBe(1)
    const logs = await readReviewLogs('2026-12-01')
    expect(logs).toMatchObject([{ cardId: id, rating: 3, durationMs: 4000, date: '2026-12-04' }])
  })

  it('Undo puts back exactly the card as it was and removes the answer from the log', async () => {
    const id = await createCard(fields, now)
    const first = await answerCard(id, 3, 1000, null, now)
    const before = await readCard(id)
    const undo = await answerCard(id, 1, 2000, null, now + 10 * 60_000)
    expect(await readCard(id)).not.toEqual(before)
    await undoAnswer(undo)
    expect(await readCard(id)).toEqual(before)
    expect((await readReviewLogs('2026-01-01')).map((log) => log.id)).toEqual([first.log.id])
  })

  it('counts a card due after the exam once exam-date mode pulls it into the final days', async () => {
    const id = await createCard(fields, now)
    await answerCard(id, 4, 1000, null, now)
    const due = (await readCard(id))!.memory.due
    // The exam the day before the card falls due; its three final days have begun.
    const examDay = toIsoDay(new Date(due - 86_400_000))
    const target = { examDay, targetRetention: 0.9, finalDays: 3 }
    const lastMomentBefore = startOfDay(new Date(due - 86_400_000)).getTime() - 1
    expect(await countDue(lastMomentBefore, null)).toBe(0)
    expect(await countDue(lastMomentBefore, target)).toBe(1)
  })

  it('suspends a card out of the due list', async () => {
    const id = await createCard(fields, now)
    await updateCard(id, { suspended: true }, now)
    expect(await countDue(now, null)).toBe(0)
    expect(await readDueCards(now, null)).toEqual([])
    await updateCard(id, { suspended: false }, now)
    expect((await readDueCards(now, null)).map((card) => card.id)).toEqual([id])
  })

  it('deletes a card with its history, and Undo brings both back', async () => {
    const id = await createCard(fields, now)
    await answerCard(id, 3, 1000, null, now)
    const cardBefore = await readCard(id)
    const deleted = await deleteCard(id)
    expect(await readCard(id)).toBeNull()
    expect(await readRows('reviewLogs')).toEqual([])
    await restoreDeletedCard(deleted)
    expect(await readCard(id)).toEqual(cardBefore)
    expect(await readRows('reviewLogs')).toHaveLength(1)
  })

  it('Undo of a delete puts the card and its reviews back in their places', async () => {
    const book = { ...fields, resourceId: 'cert-giac-gsec' }
    const first = await createCard(book, now)
    await createCard({ ...book, front: 'DNS uses port {{53}}' }, now + 1)
    const last = await createCard({ ...book, front: 'HTTPS uses port {{443}}' }, now + 2)
    await answerCard(first, 3, 1000, null, now + 10)
    await answerCard(last, 3, 1000, null, now + 20)
    await answerCard(first, 1, 1000, null, now + 30)
    const books = await db.reviewCardBooks.toArray()
    const days = await db.reviewDays.toArray()
    const deleted = await deleteCard(first)
    expect(deleted.logs).toHaveLength(2)
    await restoreDeletedCard(deleted)
    expect(await db.reviewCardBooks.toArray()).toEqual(books)
    expect(await db.reviewDays.toArray()).toEqual(days)
  })

  it('refuses to delete a card that is already gone', async () => {
    const id = await createCard(fields, now)
    await deleteCard(id)
    await expect(deleteCard(id)).rejects.toThrow('This card was already deleted.')
  })

  it('sums each day’s answers and their time in the day index', async () => {
    const id = await createCard(fields, now)
    await answerCard(id, 3, 4000, null, now)
    const undo = await answerCard(id, 1, 2500, null, now + 600_000)
    expect(await readReviewDaySummaries('2026-12-01')).toEqual(
      new Map([['2026-12-04', { reviews: 2, ms: 6500 }]]),
    )
    await undoAnswer(undo)
    expect(await readReviewDaySummaries('2026-12-01')).toEqual(
      new Map([['2026-12-04', { reviews: 1, ms: 4000 }]]),
    )
    expect(await readReviewDaySummaries('2026-12-05')).toEqual(new Map())
  })

  it('keeps each day’s summary in its own store through delete, restore and clear', async () => {
    const summaries = async () => db.reviewDaySummaries.toArray()
    const id = await createCard(fields, now)
    await answerCard(id, 3, 4000, null, now)
    await answerCard(id, 3, 1000, null, now + 86_400_000)
    const both = [
      { date: '2026-12-04', reviews: 1, ms: 4000 },
      { date: '2026-12-05', reviews: 1, ms: 1000 },
    ]
    expect(await summaries()).toEqual(both)
    const deleted = await deleteCard(id)
    expect(await summaries()).toEqual([])
    await restoreDeletedCard(deleted)
    expect(await summaries()).toEqual(both)
    // A restore's direct writes put the summaries too, and Replace clears the old ones.
    const backup = (await exportBackup()).text
    await db.reviewDays.where('date').equals('2026-12-05').delete()
    expect(await summaries()).toEqual([both[0]])
    expect((await restoreBackupText(backup, 'replace')).ok).toBe(true)
    expect(await summaries()).toEqual(both)
    await db.reviewDays.clear()
    expect(await summaries()).toEqual([])
  })

  it('reads only the most overdue cards, in due order', async () => {
    const ids: string[] = []
    for (let i = 0; i < 5; i += 1)
      ids.push(await createCard({ ...fields, front: `{{${i}}}` }, now + i))
    const due = await readDueCards(now + 10, null, 3)
    expect(due.map((card) => card.id)).toEqual(ids.slice(0, 3))
    expect(await countDue(now + 10, null)).toBe(5)
  })

  it('refuses a card without text', async () => {
    await expect(createCard({ ...fields, front: '  ' }, now)).rejects.toThrow(/text/)
  })
})
