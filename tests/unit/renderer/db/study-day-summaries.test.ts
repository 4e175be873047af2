import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BastionDatabase, db, recordsFor, schemaVersions } from '@renderer/db/database'
import { loadStudyDays, STUDY_DAYS_KEY } from '@renderer/db/derived'
import type { StudySessionRecord } from '@renderer/db/records'
import { studyDaySummary } from '@renderer/db/study-day-summaries'
import { addSession, deleteSession, updateSession } from '@renderer/features/log/repository'
import { resetDatabase } from '../helpers/database'
import { putSessionRows } from './rows'

const values = (minutes: number, date = '2026-11-27') => ({
  date,
  minutes,
  resourceId: 'book-a',
  covered: 'chapter',
})

const row = (id: string, date: string, minutes: number): StudySessionRecord => ({
  id,
  date,
  minutes,
  resourceId: 'book-a',
  covered: '',
  createdAt: 0,
  updatedAt: 0,
})

/** The summaries as they must be: one per stored day record, from its sessions. */
async function expectedSummaries() {
  return (await db.sessionDays.toArray()).map(studyDaySummary)
}

describe('schema 12: the study days’ summaries', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('follow every session write, in the same transaction', async () => {
    const first = await addSession(values(30, '2026-11-26'))
    const second = await addSession(values(20))
    await addSession(values(0))
    expect(await db.studyDaySummaries.toArray()).toEqual([
      { date: '2026-11-26', minutes: 30, sessions: 1 },
      { date: '2026-11-27', minutes: 20, sessions: 2 },
    ])
    await updateSession(second, values(45, '2026-11-26'))
    expect(await db.studyDaySummaries.toArray()).toEqual(await expectedSummaries())
    await deleteSession(first)
    await putSessionRows([row('direct', '2024-03-03', 25)])
    expect(await db.studyDaySummaries.toArray()).toEqual(await expectedSummaries())
    expect(await db.studyDaySummaries.get('2026-11-26')).toEqual({
      date: '2026-11-26',
      minutes: 45,
      sessions: 1,
    })
  })

  it('give the Dashboard the figures the sessions give', async () => {
    await addSession(values(30, '2026-11-26'))
    await addSession(values(15, '2026-11-26'))
    await addSession(values(0, '2026-11-25'))
    await putSessionRows([row('direct', '2024-03-03', 25)])
    const days = await loadStudyDays()
    expect([...days.byDay].sort()).toEqual([
      ['2024-03-03', 25],
      ['2026-11-26', 45],
    ])
    expect(days.sessionCount).toBe(4)
    expect(days.totalMinutes).toBe(70)
    // Never read from the per-resource cache: dropping it changes nothing.
    await db.meta.delete(STUDY_DAYS_KEY)
    expect(await loadStudyDays()).toEqual(days)
  })
})

describe('schema 12 upgrade', () => {
  const name = 'bastion-study-day-summaries-upgrade'
  afterEach(async () => {
    await Dexie.delete(name)
  })

  it('writes a summary for every stored study day', async () => {
    const sessions = [
      row('a', '2026-01-02', 40),
      row('b', '2026-01-02', 20),
      row('c', '2026-01-05', 0),
      row('d', '2026-02-01', 90),
    ]
    const old = new Dexie(name)
    old.version(11).stores(schemaVersions[11])
    await old.open()
    await old.table('sessionDays').bulkAdd(recordsFor('sessions', sessions) as object[])
    old.close()

    const upgraded = new BastionDatabase(name)
    await upgraded.open()
    try {
      expect(await upgraded.studyDaySummaries.toArray()).toEqual([
        { date: '2026-01-02', minutes: 60, sessions: 2 },
        { date: '2026-01-05', minutes: 0, sessions: 1 },
        { date: '2026-02-01', minutes: 90, sessions: 1 },
      ])
    } finally {
      upgraded.close()
    }
  })
})
