import { QueryClient, QueryObserver } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { invalidateOnStorageChange } from '@renderer/db/change-feed'
import { studyDaysKey } from '@renderer/features/log/hooks'
import { addSession, deleteSession, updateSession } from '@renderer/features/log/repository'
import {
  adjustStudyDays,
  loadStudyByResource,
  loadStudyDays,
  STUDY_DAYS_KEY,
} from '@renderer/db/derived'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
})

const values = (minutes: number, date = '2026-11-27') => ({
  date,
  minutes,
  resourceId: 'book-a',
  covered: 'chapter',
})

describe('the study days after a session write', () => {
  it('equal a rebuild from the sessions, after add, edit and delete', async () => {
    await addSession(values(30, '2026-11-26'))
    await loadStudyByResource() // builds the cache, as the first Plan read does
    const rebuilt = async () => {
      const kept = await loadStudyByResource()
      await db.meta.delete(STUDY_DAYS_KEY)
      expect(await loadStudyByResource()).toEqual(kept)
      return (await loadStudyDays()).byDay
    }
    const id = await addSession(values(37))
    expect((await rebuilt()).get('2026-11-27')).toBe(37)
    expect((await loadStudyByResource()).minutes.get('book-a')).toBe(67)
    await updateSession(id, values(45))
    expect((await rebuilt()).get('2026-11-27')).toBe(45)
    await deleteSession(id)
    expect((await rebuilt()).has('2026-11-27')).toBe(false)
    expect((await loadStudyByResource()).minutes.get('book-a')).toBe(30)
  })

  it('reach the Dashboard’s query through the change feed, with nothing pushed by hand', async () => {
    await loadStudyDays()
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } })
    const stop = invalidateOnStorageChange(client)
    const observer = new QueryObserver(client, { queryKey: studyDaysKey, queryFn: loadStudyDays })
    const unsubscribe = observer.subscribe(() => {})
    try {
      await expect.poll(() => observer.getCurrentResult().data?.sessionCount).toBe(0)
      await addSession(values(20))
      await expect.poll(() => observer.getCurrentResult().data?.byDay.get('2026-11-27')).toBe(20)
      expect(observer.getCurrentResult().data?.sessionCount).toBe(1)
    } finally {
      unsubscribe()
      stop()
    }
  })

  it('roll back with their transaction: a write that fails after adjusting them changes nothing', async () => {
    await loadStudyByResource()
    const failing = db.transaction('rw', [db.sessionDays, db.meta], async () => {
      await adjustStudyDays(undefined, values(10))
      throw new Error('the disk is full')
    })
    await expect(failing).rejects.toThrow('the disk is full')
    expect((await loadStudyByResource()).minutes.has('book-a')).toBe(false)
  })

  it('keep each resource’s last day studied through add, edit and delete', async () => {
    await addSession(values(30, '2026-11-20'))
    await addSession({ ...values(15, '2026-11-22'), resourceId: 'book-b' })
    await loadStudyDays()
    const lastDays = async () => (await loadStudyByResource()).lastDays
    const rebuilt = async () => {
      const kept = await lastDays()
      await db.meta.delete(STUDY_DAYS_KEY)
      expect(await lastDays()).toEqual(kept)
      return kept
    }
    const later = await addSession(values(10, '2026-11-25'))
    expect(await lastDays()).toEqual(
      new Map([
        ['book-a', '2026-11-25'],
        ['book-b', '2026-11-22'],
      ]),
    )
    // Moving the last session earlier: the day before it is the last again.
    await updateSession(later, values(10, '2026-11-18'))
    expect((await rebuilt()).get('book-a')).toBe('2026-11-20')
    const only = (await db.sessionDays.get('2026-11-22'))!.sessions[0]!.id
    await deleteSession(only)
    expect((await rebuilt()).has('book-b')).toBe(false)
  })

  it('rebuild a cache written before it kept last days', async () => {
    await addSession(values(30, '2026-11-20'))
    await loadStudyByResource() // builds the cache
    const record = await db.meta.get(STUDY_DAYS_KEY)
    const { lastDays: _none, ...older } = record!.value as Record<string, unknown>
    await db.meta.put({ key: STUDY_DAYS_KEY, value: older })
    expect((await loadStudyByResource()).lastDays.get('book-a')).toBe('2026-11-20')
  })
})
