import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRows } from '@renderer/db/database'
import { icsFormat, lastImportDay, planBlackouts } from '@renderer/features/import/formats/ics'
import { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from '@renderer/features/plan'
import { resetDatabase } from '../helpers/database'
import type { IcsBlackout } from '@renderer/features/import/formats/ics-parse'
import { icsRange } from '@renderer/features/import/formats/ics-parse'
import type { ParsedRow } from '@renderer/features/import/formats/types'

const row = (
  start: string,
  end: string,
  label = 'Trip',
  occurrences = 1,
): ParsedRow<IcsBlackout> => ({
  line: 3,
  label,
  kind: 'blackout',
  value: { start, end, label, uid: label, occurrences },
})

describe('the range of an iCalendar import', () => {
  it('runs from today to the exam date, or a year, unless the user chose the last day', () => {
    expect(icsRange({}, '2026-03-01')).toEqual({ from: '2026-03-01', to: '2028-03-01' })
    expect(lastImportDay({}, '2026-09-15', '2026-03-01')).toBe('2026-09-15')
    expect(lastImportDay({}, null, '2026-03-01')).toBe('2027-03-01')
    expect(lastImportDay({}, '2025-01-01', '2026-03-01')).toBe('2027-03-01')
    expect(lastImportDay({ from: '2026-05-01', to: '2026-06-30' }, '2026-09-15')).toBe('2026-06-30')
  })
})

describe('planBlackouts', () => {
  it('tells new blackouts from ones the Plan has, covers, or the file repeats', () => {
    const fates = planBlackouts(
      [
        row('2026-04-01', '2026-04-03'),
        row('2026-05-02', '2026-05-02', 'Inside'),
        row('2026-06-01', '2026-06-05', 'Course', 5),
        row('2026-06-01', '2026-06-05', 'Course again'),
        { line: 9, label: 'Broken', kind: 'blackout', error: 'This event has no start date.' },
        row('2026-10-01', '2026-10-01', 'After the exam'),
      ],
      [
        { start: '2026-04-01', end: '2026-04-03', label: 'Easter' },
        { start: '2026-05-01', end: '2026-05-10' },
      ],
      '2026-09-15',
    )
    expect(fates.map((fate) => fate.status)).toEqual([
      'duplicate',
      'duplicate',
      'new',
      'duplicate',
      'error',
      'error',
    ])
    expect(fates[0]?.detail).toMatch(/Already in the Plan: .*\(Easter\)/)
    expect(fates[2]?.detail).toMatch(/5 occurrences/)
    expect(fates[4]?.detail).toBe('This event has no start date.')
    expect(fates[5]?.detail).toMatch(/Starts after/)
  })

  it('stops at the 200 blackouts the Plan holds, saying so', () => {
    const existing = Array.from({ length: 199 }, (_, i) => ({
      start: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      end: `2025-01-${String((i % 28) + 1).padStart(2, '0')}`,
      label: `b${i}`,
    }))
    const fates = planBlackouts(
      [row('2026-02-01', '2026-02-01', 'a'), row('2026-02-03', '2026-02-03', 'b')],
      existing,
      '2026-12-31',
    )
    expect(fates.map((fate) => fate.status)).toEqual(['new', 'error'])
    expect(fates[1]?.detail).toMatch(/at most 200 blackouts/)
  })
})

describe('icsFormat.apply', () => {
  beforeEach(resetDatabase)

  it('adds the blackouts to the Plan goal in day order and hands back the goal as it was', async () => {
    const goal = { ...defaultPlanGoal, blackouts: [{ start: '2026-05-01', end: '2026-05-02' }] }
    await db.settings.put({ key: PLAN_GOAL_KEY, value: goal })
    const rows = [
      row('2026-06-01', '2026-06-05', 'Course'),
      row('2026-04-01', '2026-04-01', 'Dentist'),
    ]
    const refs = await icsFormat.apply(
      rows.map((r) => ({ ...r, fate: { status: 'new' as const } })),
      {
        importId: 'imp-1',
        now: 1,
        lookup: { rows: async (table) => (await readRows(table)) as never },
        put: async (table, rows) => {
          await db.table(table).bulkPut([...rows])
        },
      },
      {},
    )
    const stored = PlanGoal.parse((await db.settings.get(PLAN_GOAL_KEY))?.value)
    expect(stored.blackouts).toEqual([
      { start: '2026-04-01', end: '2026-04-01', label: 'Dentist' },
      { start: '2026-05-01', end: '2026-05-02' },
      { start: '2026-06-01', end: '2026-06-05', label: 'Course' },
    ])
    expect(refs).toEqual([
      expect.objectContaining({
        table: 'settings',
        id: PLAN_GOAL_KEY,
        before: { key: PLAN_GOAL_KEY, value: goal },
      }),
    ])
  })
})
