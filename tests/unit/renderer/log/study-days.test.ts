import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { publishStudyDays, studyDaysKey } from '@renderer/features/log/hooks'
import { addSession, deleteSession, updateSession } from '@renderer/features/log/repository'
import {
  adjustStudyDays,
  loadStudyDays,
  onStudyDaysWritten,
  type StudyDays,
} from '@renderer/features/log/study-days'

beforeEach(async () => {
  await db.delete()
  await db.open()
})

const values = (minutes: number, date = '2026-11-27') => ({
  date,
  minutes,
  resourceId: 'book-a',
  covered: 'chapter',
})

describe('the figures published after a session write', () => {
  it('equal what a fresh read of the cache gives, after add, edit and delete', async () => {
    await addSession(values(30, '2026-11-26'))
    await loadStudyDays() // builds the cache, as the first Dashboard visit does
    const published: StudyDays[] = []
    const stop = onStudyDaysWritten((days) => published.push(days))
    try {
      const id = await addSession(values(37))
      expect(published.at(-1)).toEqual(await loadStudyDays())
      expect(published.at(-1)?.byDay.get('2026-11-27')).toBe(37)
      await updateSession(id, values(45))
      expect(published.at(-1)).toEqual(await loadStudyDays())
      await deleteSession(id)
      expect(published.at(-1)).toEqual(await loadStudyDays())
      expect(published.at(-1)?.byDay.has('2026-11-27')).toBe(false)
      expect(published).toHaveLength(3)
    } finally {
      stop()
    }
  })

  it('reach the query cache, so the Dashboard needs no re-read', async () => {
    await loadStudyDays()
    const client = new QueryClient()
    const stop = publishStudyDays(client)
    try {
      await addSession(values(20))
      const cached = client.getQueryData<StudyDays>(studyDaysKey)
      expect(cached?.byDay.get('2026-11-27')).toBe(20)
      expect(cached?.sessionCount).toBe(1)
    } finally {
      stop()
    }
  })

  it('wait for the commit: a transaction that fails after adjusting them publishes nothing', async () => {
    await loadStudyDays()
    const published: StudyDays[] = []
    const stop = onStudyDaysWritten((days) => published.push(days))
    try {
      const failing = db.transaction('rw', [db.sessionDays, db.meta], async () => {
        await adjustStudyDays(undefined, values(10))
        throw new Error('the disk is full')
      })
      await expect(failing).rejects.toThrow('the disk is full')
      expect(published).toEqual([])
      expect((await loadStudyDays()).byDay.has('2026-11-27')).toBe(false)
    } finally {
      stop()
    }
  })
})
