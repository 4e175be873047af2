import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { summarizePath } from '@renderer/features/dashboard/path'
import { loadStudyDays } from '@renderer/db/derived'
import { putSessionRows } from '../db/rows'

const resources = [
  { id: 'a', title: 'Course A', kind: 'course' },
  { id: 'b', title: 'Book B', kind: 'book' },
  { id: 'c', title: 'Guide C', kind: 'guide' },
  { id: 'd', title: 'Guide D', kind: 'guide' },
]
const progress = (resourceId: string, status: 'done' | 'skipped' | 'in-progress') => ({
  resourceId,
  status,
  updatedAt: 0,
})

describe('summarizePath', () => {
  it('uses every resource while there is no plan, and says so', () => {
    const summary = summarizePath(resources, [], [progress('a', 'done')])
    expect(summary.fromPlan).toBe(false)
    expect(summary.entries.map((entry) => entry.resourceId)).toEqual(['a', 'b', 'c', 'd'])
    expect(summary.overall).toBe(0.25)
  })

  it('follows the plan’s order and leaves skipped items out of the percentage', () => {
    const plan = [
      { resourceId: 'c', position: 2 },
      { resourceId: 'a', position: 1 },
      { resourceId: 'gone', position: 3 },
    ]
    const summary = summarizePath(resources, plan, [
      progress('a', 'done'),
      progress('c', 'skipped'),
    ])
    expect(summary.fromPlan).toBe(true)
    expect(summary.entries.map((entry) => [entry.resourceId, entry.fraction])).toEqual([
      ['a', 1],
      ['c', null],
    ])
    expect(summary.overall).toBe(1)
    expect(summary).toMatchObject({ done: 1, skipped: 1 })
  })

  it('counts partial progress from units', () => {
    const summary = summarizePath(
      resources.slice(0, 2),
      [],
      [
        {
          ...progress('b', 'in-progress'),
          unit: 'chapters' as const,
          unitsDone: 5,
          unitsTotal: 10,
        },
      ],
    )
    expect(summary.overall).toBe(0.25)
  })
})

describe('loadStudyDays', () => {
  beforeEach(async () => {
    await db.delete()
    await db.open()
  })

  it('builds the per-day minutes once from every session', async () => {
    await putSessionRows(
      Array.from({ length: 1000 }, (_, index) => ({
        id: `s${index}`,
        resourceId: 'a',
        date: `2026-11-${String((index % 28) + 1).padStart(2, '0')}`,
        minutes: 10,
        covered: '',
        createdAt: index,
        updatedAt: index,
      })),
    )
    const days = await loadStudyDays()
    expect(days.sessionCount).toBe(1000)
    expect(days.totalMinutes).toBe(10_000)
    expect(days.byDay.size).toBe(28)
    expect(days.byDay.get('2026-11-01')).toBe(360)
  })
})
