import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { listResources } from '@renderer/features/catalog/repository'
import { defaultPlanGoal, type PlanGoal } from '@renderer/features/plan/goal'
import { buildPlanView } from '@renderer/features/plan/model'
import {
  addToPlan,
  movePlanItem,
  readPlanData,
  readPlannedResources,
  setResourceStatus,
  updatePlanItem,
} from '@renderer/features/plan/repository'
import type { ResourceRecord } from '@renderer/db/records'
import { addSession, deleteSession, updateSession } from '@renderer/features/log/repository'
import { putSessionRows } from '../db/rows'
import { resetDatabase } from '../helpers/database'

function resource(
  id: string,
  kind: ResourceRecord['base']['kind'],
  extra: Partial<ResourceRecord['base']> = {},
): ResourceRecord {
  return {
    id,
    origin: 'catalog',
    base: {
      kind,
      title: id.toUpperCase(),
      authors: [],
      price: null,
      free: true,
      tags: [],
      ...extra,
    },
    overrides: {},
    createdAt: 0,
    updatedAt: 0,
  }
}

const goal: PlanGoal = { ...defaultPlanGoal, weeklyHours: 7, studyWeekdays: [0, 1, 2, 3, 4, 5, 6] }
const today = '2026-06-01'

async function view() {
  return buildPlanView(await readPlanData(today), await listResources(), goal, today)
}

async function add(id: string, addExpense = false) {
  const record = (await db.resources.get(id))!
  return addToPlan({
    resource: { id, title: record.base.title, kind: record.base.kind, price: record.base.price },
    addExpense,
    today,
    now: 1,
  })
}

beforeEach(async () => {
  await resetDatabase()
  await db.resources.bulkAdd([
    resource('course', 'course', {
      hours: 4,
      price: { amountMinor: 9000, currency: 'USD' },
      free: false,
    }),
    resource('book', 'book', { pages: 120 }),
    resource('cert', 'certification', {
      price: { amountMinor: 99900, currency: 'USD' },
      free: false,
    }),
    resource('guide', 'guide', { hours: 2 }),
  ])
})

describe('plan repository and forecast inputs', () => {
  it('defaults planned time to the catalog hours, or pages × minutes per page, and asks when neither exists', async () => {
    await add('course')
    await add('book')
    await add('cert')
    const { rows, forecast } = await view()
    expect(rows.map((r) => r.plannedMinutes)).toEqual([240, 240, null])
    expect(forecast.conflicts.map((c) => c.kind)).toEqual(['no-estimate'])
    expect(forecast.finish).toBe('2026-06-08') // 8 h at 1 h a day
  })

  it('joins only the planned resources, into the view the whole catalog gives', async () => {
    await add('book')
    await add('course')
    await db.planItems.add({ id: 'gone', resourceId: 'deleted', position: 9, addedAt: 1 })
    const data = await readPlanData(today)
    const planned = data.plannedResources
    expect(planned.map((r) => r.id)).toEqual(['book', 'course'])
    expect(planned).toEqual(await readPlannedResources(data.items))
    const fromPlanned = buildPlanView(data, planned, goal, today)
    expect(fromPlanned).toEqual(buildPlanView(data, await listResources(), goal, today))
    expect(fromPlanned.rows.map((r) => r.title)).toEqual(['BOOK', 'COURSE', 'Removed resource'])
  })

  it('logged sessions reduce the remaining minutes and pull the finish earlier', async () => {
    await add('course')
    await add('guide')
    expect((await view()).forecast.finish).toBe('2026-06-06')
    await putSessionRows([
      {
        id: 's1',
        date: '2026-05-20',
        minutes: 90,
        resourceId: 'course',
        covered: '',
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 's2',
        date: '2026-05-28',
        minutes: 90,
        resourceId: 'course',
        covered: '',
        createdAt: 0,
        updatedAt: 0,
      },
    ])
    const after = await view()
    expect(after.rows[0]!.remainingMinutes).toBe(60)
    expect(after.forecast.finish).toBe('2026-06-03')
    // 180 minutes in the last 4 weeks = 45 a week.
    expect(after.actualWeeklyMinutes).toBe(45)
  })

  it('logging more than planned floors at zero; done or skipped items have nothing left', async () => {
    await add('course')
    await add('guide')
    await putSessionRows([
      {
        id: 's',
        date: '2026-05-30',
        minutes: 600,
        resourceId: 'course',
        covered: '',
        createdAt: 0,
        updatedAt: 0,
      },
    ])
    await setResourceStatus('guide', 'skipped', today)
    const { rows, forecast } = await view()
    expect(rows.map((r) => r.remainingMinutes)).toEqual([0, 0])
    expect(forecast.finish).toBeNull()
    await setResourceStatus('guide', 'done', today)
    expect((await db.resourceProgress.get('guide'))?.completedOn).toBe(today)
  })

  it('minutes logged today shrink today', async () => {
    await add('guide')
    await putSessionRows([
      {
        id: 's',
        date: today,
        minutes: 30,
        resourceId: 'course',
        covered: '',
        createdAt: 0,
        updatedAt: 0,
      },
    ])
    const { forecast } = await view()
    expect(forecast.blocks.map((b) => [b.date, b.minutes])).toEqual([
      ['2026-06-01', 30],
      ['2026-06-02', 60],
      ['2026-06-03', 30],
    ])
  })

  it('adds a planned expense from the price once, with the category of the kind', async () => {
    await add('course', true)
    await add('cert', true)
    await add('guide', true)
    const expenses = await db.expenses.orderBy('resourceId').toArray()
    expect(
      expenses.map((e) => [
        e.resourceId,
        e.category,
        e.amountMinor,
        e.currency,
        e.status,
        e.description,
        e.date,
      ]),
    ).toEqual([
      ['cert', 'exam-attempt', 99900, 'USD', 'planned', 'CERT', today],
      ['course', 'course', 9000, 'USD', 'planned', 'COURSE', today],
    ])
    await db.planItems.clear()
    await add('course', true)
    expect(await db.expenses.where('resourceId').equals('course').count()).toBe(1)
  })

  it('refuses a resource already in the plan, keeping the plan as it was', async () => {
    await add('course')
    await expect(add('course')).rejects.toThrow('COURSE is already in your plan.')
    expect(await db.planItems.count()).toBe(1)
  })

  it('moves items and renumbers positions; the forecast follows the new order', async () => {
    const first = await add('course')
    await add('guide')
    await add('book')
    await movePlanItem(first, 2)
    const { rows, forecast } = await view()
    expect(rows.map((r) => r.item.resourceId)).toEqual(['guide', 'book', 'course'])
    expect(rows.map((r) => r.item.position)).toEqual([0, 1, 2])
    expect(forecast.items[0]!.start).toBe(today)
  })

  it('updates and clears an item’s planned time and target dates', async () => {
    const id = await add('course')
    await updatePlanItem(id, { plannedMinutes: 600, targetFinish: '2026-06-20' })
    expect(await db.planItems.get(id)).toMatchObject({
      plannedMinutes: 600,
      targetFinish: '2026-06-20',
    })
    await updatePlanItem(id, { plannedMinutes: undefined })
    const item = await db.planItems.get(id)
    expect(item && 'plannedMinutes' in item).toBe(false)
    expect((await view()).rows[0]!.plannedMinutes).toBe(240)
  })

  it('counts every logged minute per resource, old sessions included, and follows Log edits', async () => {
    await add('course')
    // Older than the 28-day pace window: still logged against the course.
    const old = await addSession({
      resourceId: 'course',
      date: '2025-01-10',
      minutes: 100,
      covered: '',
    })
    const recent = await addSession({
      resourceId: 'course',
      date: '2026-05-31',
      minutes: 40,
      covered: '',
    })
    let result = await view()
    expect(result.rows[0]!.loggedMinutes).toBe(140)
    expect(result.actualWeeklyMinutes).toBe(10)
    await updateSession(recent, {
      resourceId: 'guide',
      date: '2026-05-31',
      minutes: 40,
      covered: '',
    })
    result = await view()
    expect(result.rows[0]!.loggedMinutes).toBe(100)
    expect(result.actualWeeklyMinutes).toBe(10)
    await deleteSession(old)
    expect((await view()).rows[0]!.loggedMinutes).toBe(0)
    // A session written behind the Log's back (a restore, another writer) is still counted.
    await putSessionRows([
      {
        id: 'direct',
        date: '2024-03-03',
        minutes: 25,
        resourceId: 'course',
        covered: '',
        createdAt: 0,
        updatedAt: 0,
      },
    ])
    expect((await view()).rows[0]!.loggedMinutes).toBe(25)
  })
})
