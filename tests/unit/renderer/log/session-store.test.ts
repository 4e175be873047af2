import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import {
  addSession,
  deleteSession,
  getSession,
  restoreSession,
  setCovered,
  updateSession,
} from '@renderer/features/log/repository'
import { listSessionPage, sessionTotals } from '@renderer/features/log/session-pages'
import { loadStudyDays } from '@renderer/db/derived'
import { resetDatabase } from '../helpers/database'

const values = (date: string, resourceId = 'book-a', minutes = 30) => ({
  resourceId,
  date,
  minutes,
  covered: '',
})

beforeEach(async () => {
  await resetDatabase()
})

/** What a rebuild from the stored days says, to compare with the kept cache. */
async function rebuiltStudyDays() {
  await db.meta.delete('log.minutesByDay')
  return loadStudyDays()
}

describe('sessions stored one record per day', () => {
  it('keeps a day’s sessions together and deletes the day with its last session', async () => {
    await loadStudyDays()
    const first = await addSession(values('2026-11-20'), 1)
    const second = await addSession(values('2026-11-20', 'guide-b'), 2)
    expect(await db.sessionDays.count()).toBe(1)
    expect((await db.sessionDays.get('2026-11-20'))?.resourceIds).toEqual(['book-a', 'guide-b'])
    await deleteSession(first)
    expect((await db.sessionDays.get('2026-11-20'))?.sessionIds).toEqual([second])
    await deleteSession(second)
    expect(await db.sessionDays.count()).toBe(0)
    expect((await loadStudyDays()).sessionCount).toBe(0)
  })

  it('moves a session whose date is edited to its new day, and the cache follows', async () => {
    await loadStudyDays()
    const id = await addSession(values('2026-11-20'), 1)
    await addSession(values('2026-11-20', 'guide-b'), 2)
    await updateSession(id, values('2026-11-22', 'book-a', 45), 3)
    expect((await db.sessionDays.get('2026-11-20'))?.sessions).toHaveLength(1)
    expect((await db.sessionDays.get('2026-11-22'))?.sessionIds).toEqual([id])
    expect(await getSession(id)).toMatchObject({ date: '2026-11-22', minutes: 45 })
    const kept = await loadStudyDays()
    expect(kept.byDay.get('2026-11-22')).toBe(45)
    expect(kept).toEqual(await rebuiltStudyDays())
  })

  it('undo puts a deleted session back on its day; covered text is saved in place', async () => {
    const id = await addSession(values('2026-11-20'), 1)
    const removed = await deleteSession(id)
    await restoreSession(removed)
    expect(await getSession(id)).toEqual(removed)
    await setCovered(id, '  chapter 3  ', 9)
    expect(await getSession(id)).toMatchObject({ covered: 'chapter 3', updatedAt: 9 })
    await expect(setCovered('gone', 'x')).rejects.toThrow('deleted')
  })

  it('pages end on whole days and totals count sessions inside day records', async () => {
    for (let day = 1; day <= 10; day += 1) {
      const date = `2026-11-${String(day).padStart(2, '0')}`
      await addSession(values(date, 'book-a', 10), day * 10)
      await addSession(values(date, 'guide-b', 20), day * 10 + 1)
    }
    const page = await listSessionPage({}, 5)
    // Five sessions reach into the 8th; its other session comes too.
    expect(page.map((session) => session.date)).toEqual([
      '2026-11-10',
      '2026-11-10',
      '2026-11-09',
      '2026-11-09',
      '2026-11-08',
      '2026-11-08',
    ])
    const guide = await listSessionPage({ resourceId: 'guide-b', from: '2026-11-03' }, 3)
    expect(guide.map((session) => session.date)).toEqual(['2026-11-10', '2026-11-09', '2026-11-08'])
    expect(guide.every((session) => session.resourceId === 'guide-b')).toBe(true)
    expect(await sessionTotals({ from: '2026-11-03', to: '2026-11-04' })).toEqual({
      count: 4,
      minutes: 60,
    })
    expect(await sessionTotals({ resourceId: 'book-a' })).toEqual({ count: 10, minutes: 100 })
    expect(await sessionTotals({})).toEqual({ count: 20, minutes: 300 })
  })
})
