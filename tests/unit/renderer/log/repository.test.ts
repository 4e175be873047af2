import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import {
  addSession,
  deleteSession,
  listProgressEvents,
  listSessions,
  markCompleted,
  readTimer,
  restoreSession,
  setStatus,
  setUnits,
  startTimer,
  stopTimer,
  updateSession,
} from '@renderer/features/log/repository'
import { loadStudyDays } from '@renderer/db/derived'
import { countSessions, putSessionRows, sessionRow } from '../db/rows'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
})

const start = Date.parse('2026-11-27T18:00:00')

describe('timer persistence', () => {
  it('keeps the start in the database, so a reload or a new window sees the same timer', async () => {
    await startTimer('book-a', start)
    expect(await readTimer()).toEqual({ resourceId: 'book-a', startedAt: start })
    db.close()
    await db.open()
    expect(await readTimer()).toEqual({ resourceId: 'book-a', startedAt: start })
  })

  it('refuses a second timer while one runs', async () => {
    await startTimer('book-a', start)
    await expect(startTimer('book-b', start + 1000)).rejects.toThrow('already running')
    expect(await readTimer()).toEqual({ resourceId: 'book-a', startedAt: start })
  })

  it('stop makes a session of the rounded minutes on the start day, then clears the timer', async () => {
    await startTimer('book-a', start)
    const id = await stopTimer(start + 25.6 * 60_000)
    const session = await sessionRow(id)
    expect(session).toMatchObject({ resourceId: 'book-a', date: '2026-11-27', minutes: 26 })
    expect(await readTimer()).toBeNull()
    expect(await db.resourceProgress.get('book-a')).toMatchObject({ status: 'in-progress' })
  })

  it('logs at least one minute, and takes the user’s minutes for a forgotten timer', async () => {
    await startTimer('book-a', start)
    const short = await stopTimer(start + 5_000)
    expect((await sessionRow(short))?.minutes).toBe(1)
    await startTimer('book-a', start)
    const long = await stopTimer(start + 20 * 3_600_000, 90)
    expect((await sessionRow(long))?.minutes).toBe(90)
  })

  it('ignores a corrupt stored timer instead of crashing', async () => {
    await db.settings.put({ key: 'log.timer', value: { resourceId: '', startedAt: 'soon' } })
    expect(await readTimer()).toBeNull()
  })
})

describe('sessions', () => {
  const values = (date: string, resourceId = 'book-a', minutes = 30) => ({
    resourceId,
    date,
    minutes,
    covered: `studied on ${date}`,
  })

  it('lists newest first, filtered by resource and date range through the indexes', async () => {
    await addSession(values('2026-11-01'), 1)
    await addSession(values('2026-11-20'), 2)
    await addSession(values('2026-11-20', 'guide-b'), 3)
    await addSession(values('2026-11-25'), 4)
    expect((await listSessions()).map((s) => `${s.date} ${s.resourceId}`)).toEqual([
      '2026-11-25 book-a',
      '2026-11-20 guide-b',
      '2026-11-20 book-a',
      '2026-11-01 book-a',
    ])
    expect(
      (await listSessions({ resourceId: 'book-a', from: '2026-11-10' })).map((s) => s.date),
    ).toEqual(['2026-11-25', '2026-11-20'])
    expect((await listSessions({ from: '2026-11-20', to: '2026-11-20' })).length).toBe(2)
    expect(await listSessions({ from: '2026-11-30', to: '2026-11-01' })).toEqual([])
  })

  it('delete hands back the exact record and undo restores it', async () => {
    const id = await addSession({ ...values('2026-11-20'), unitsAdvanced: 2 }, 10)
    const before = await sessionRow(id)
    const removed = await deleteSession(id)
    expect(await countSessions()).toBe(0)
    await restoreSession(removed)
    expect(await sessionRow(id)).toEqual(before)
  })

  it('units advanced move the resource’s progress on and are kept in its history', async () => {
    await db.resources.add({
      id: 'book-a',
      origin: 'custom',
      base: {
        kind: 'book',
        title: 'A',
        authors: [],
        chapters: 10,
        price: null,
        free: true,
        tags: [],
      },
      overrides: {},
      createdAt: 0,
      updatedAt: 0,
    })
    await addSession({ ...values('2026-11-20'), unitsAdvanced: 3 }, 10)
    await addSession({ ...values('2026-11-21'), unitsAdvanced: 9 }, 20)
    expect(await db.resourceProgress.get('book-a')).toMatchObject({
      status: 'in-progress',
      unit: 'chapters',
      unitsDone: 10,
      unitsTotal: 10,
    })
    const history = await listProgressEvents('book-a')
    expect(history.map((event) => event.unitsDone)).toEqual([10, 3])
  })
})

describe('status and completion', () => {
  it('records the completion date with done, and drops it when reopened', async () => {
    await setStatus('course-a', 'done', '2026-11-27', 1)
    expect(await db.resourceProgress.get('course-a')).toMatchObject({
      status: 'done',
      completedOn: '2026-11-27',
    })
    await setStatus('course-a', 'in-progress', '2026-11-28', 2)
    expect((await db.resourceProgress.get('course-a'))?.completedOn).toBeUndefined()
    expect((await listProgressEvents('course-a')).map((event) => event.status)).toEqual([
      'in-progress',
      'done',
    ])
  })

  it('keeps a skipped status when units are updated', async () => {
    await setStatus('guide-a', 'skipped', '2026-11-27', 1)
    await setUnits('guide-a', { unit: 'sections', unitsDone: 2, unitsTotal: 10 }, 2)
    expect(await db.resourceProgress.get('guide-a')).toMatchObject({
      status: 'skipped',
      unitsDone: 2,
    })
  })

  it('mark completed stores the certificate and the amount paid as a paid expense', async () => {
    await markCompleted(
      {
        resourceId: 'course-a',
        title: 'AI Security',
        kind: 'course',
        completedOn: '2026-11-20',
        certificate: ' https://learn.example/cert/123 ',
        paid: { amountMinor: 9000, currency: 'USD' },
      },
      5,
    )
    expect(await db.resourceProgress.get('course-a')).toMatchObject({
      status: 'done',
      completedOn: '2026-11-20',
      certificate: 'https://learn.example/cert/123',
    })
    const expenses = await db.expenses.toArray()
    expect(expenses).toEqual([
      expect.objectContaining({
        status: 'paid',
        category: 'course',
        resourceId: 'course-a',
        date: '2026-11-20',
        description: 'AI Security (completed)',
        amountMinor: 9000,
        currency: 'USD',
      }),
    ])
  })

  it('mark completed without an amount writes no expense', async () => {
    await markCompleted({
      resourceId: 'cert',
      title: 'GSEC',
      kind: 'certification',
      completedOn: '2026-11-20',
      certificate: '',
      paid: null,
    })
    expect(await db.expenses.count()).toBe(0)
    expect((await db.resourceProgress.get('cert'))?.certificate).toBeUndefined()
  })
})

describe('minutes per day kept beside the sessions', () => {
  const values = (date: string, minutes: number) => ({
    resourceId: 'book-a',
    date,
    minutes,
    covered: '',
  })

  it('stays equal to a rebuild from the sessions through add, edit, delete and undo', async () => {
    const first = await loadStudyDays()
    expect(first.sessionCount).toBe(0)
    const a = await addSession(values('2026-11-20', 30), 1)
    await addSession(values('2026-11-20', 15), 2)
    const c = await addSession(values('2026-11-21', 60), 3)
    await updateSession(a, values('2026-11-19', 40), 4)
    const removed = await deleteSession(c)
    let days = await loadStudyDays()
    expect([...days.byDay].sort()).toEqual([
      ['2026-11-19', 40],
      ['2026-11-20', 15],
    ])
    expect(days.sessionCount).toBe(2)
    await restoreSession(removed)
    await startTimer('book-a', start)
    await stopTimer(start + 10 * 60_000)
    days = await loadStudyDays()
    expect(days.byDay.get('2026-11-21')).toBe(60)
    expect(days.byDay.get('2026-11-27')).toBe(10)
    expect(days.totalMinutes).toBe(125)
    await db.meta.delete('log.minutesByDay')
    expect(await loadStudyDays()).toEqual(days)
  })

  it('rebuilds when sessions were written by someone else (a restore)', async () => {
    await addSession(values('2026-11-20', 30), 1)
    await loadStudyDays()
    await putSessionRows([
      { ...values('2026-11-22', 45), id: 'restored', createdAt: 5, updatedAt: 5 },
    ])
    const days = await loadStudyDays()
    expect(days.byDay.get('2026-11-22')).toBe(45)
    expect(days.sessionCount).toBe(2)
  })
})
