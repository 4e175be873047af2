import { beforeEach, describe, expect, it } from 'vitest'
import {
  addSession,
  deleteSession,
  listSessions,
  updateSession,
  type SessionFilter,
} from '@renderer/features/log/repository'
import { listSessionPage, sessionTotals } from '@renderer/features/log/session-pages'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
})

const values = (date: string, resourceId = 'book-a', minutes = 30) => ({
  resourceId,
  date,
  minutes,
  covered: '',
})

/** Several sessions a day over a few days, logged out of id order. */
async function seed(): Promise<string[]> {
  const ids: string[] = []
  let now = 1
  for (const day of ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04']) {
    for (const resourceId of ['book-a', 'guide-b', 'book-a']) {
      ids.push(await addSession(values(day, resourceId, 10 + now), now))
      now += 1
    }
  }
  return ids
}

const filters: SessionFilter[] = [
  {},
  { resourceId: 'book-a' },
  { from: '2026-11-02' },
  { to: '2026-11-03' },
  { resourceId: 'guide-b', from: '2026-11-02', to: '2026-11-03' },
  { from: '2026-11-04', to: '2026-11-01' },
]

describe('listSessionPage', () => {
  it('is the head of the full list, ending on a whole day, newest and last-logged first', async () => {
    await seed()
    for (const filter of filters) {
      const all = await listSessions(filter)
      for (const limit of [1, 2, 4, 5, 100]) {
        const page = await listSessionPage(filter, limit)
        expect(page.length).toBeGreaterThanOrEqual(Math.min(limit, all.length))
        expect(page).toEqual(all.slice(0, page.length))
        const next = all[page.length]
        if (next) expect(next.date < page[page.length - 1]!.date).toBe(true)
      }
    }
  })
})

describe('listSessionPage over many days', () => {
  it('fills the page across batches of days, sparse or dense, filtered or not', async () => {
    // 60 days: most with one session, every seventh with twelve; two resources.
    let now = 1
    for (let day = 1; day <= 60; day += 1) {
      const date = `2026-0${day <= 30 ? 8 : 9}-${String(((day - 1) % 30) + 1).padStart(2, '0')}`
      for (let n = 0; n < (day % 7 === 0 ? 12 : 1); n += 1) {
        await addSession(values(date, n % 2 ? 'guide-b' : 'book-a', 5 + n), now)
        now += 1
      }
    }
    for (const filter of [{}, { resourceId: 'guide-b' }, { from: '2026-08-20' }]) {
      const all = await listSessions(filter)
      for (const limit of [3, 8, 20, 50, 100, 500]) {
        const page = await listSessionPage(filter, limit)
        expect(page.length).toBeGreaterThanOrEqual(Math.min(limit, all.length))
        expect(page).toEqual(all.slice(0, page.length))
        const next = all[page.length]
        if (next) expect(next.date < page[page.length - 1]!.date).toBe(true)
      }
    }
  })
})

describe('sessionTotals', () => {
  it('equals counting and summing the matching sessions, through add, edit and delete', async () => {
    const ids = await seed()
    const check = async () => {
      for (const filter of filters) {
        const all = await listSessions(filter)
        expect(await sessionTotals(filter)).toEqual({
          count: all.length,
          minutes: all.reduce((sum, session) => sum + session.minutes, 0),
        })
      }
    }
    await check()
    await updateSession(ids[0]!, values('2026-11-03', 'guide-b', 90), 50)
    await deleteSession(ids[5]!)
    await addSession(values('2026-11-02', 'book-a', 5), 60)
    await check()
  })
})
