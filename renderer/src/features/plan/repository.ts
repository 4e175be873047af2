import { db, newId } from '../../db/database'
import { putBack, takeOut } from '../../db/take-out'
import type {
  ExpenseCategory,
  ExpenseRecord,
  PlanItemRecord,
  ProgressStatus,
  ResourceProgressRecord,
  ResourceRecord,
} from '../../db/records'
import type { StudyDaySummaryRecord } from '../../db/study-day-summaries'
import { todayIso } from '../../domain/dates'
import { toResource, type Resource } from '../../db/resource'
import { loadMinutesByResource } from '../../db/derived'
import { addDaysIso } from '../../domain/dates'
import { checkedRevision, nextRevision, type RevisionBase } from '../../db/revision'

/** A plan item's revision base: items never edited count from when they were added. */
export function planItemBase(item: PlanItemRecord): RevisionBase {
  return { revision: item.revision ?? 0, updatedAt: item.updatedAt ?? item.addedAt }
}

export async function listPlanItems(): Promise<PlanItemRecord[]> {
  return db.planItems.orderBy('position').toArray()
}

export interface PlanData {
  items: PlanItemRecord[]
  /**
   * Minutes logged per day over the 28 days ending today, from the days' summaries: all the
   * pace figures need (the week's average and today's minutes), without the sessions.
   */
  recentDays: Pick<StudyDaySummaryRecord, 'date' | 'minutes'>[]
  /** Minutes logged per resource, all time (the Log's per-resource record). */
  loggedByResource: ReadonlyMap<string, number>
  progress: Pick<
    ResourceProgressRecord,
    'resourceId' | 'status' | 'unit' | 'unitsDone' | 'unitsTotal'
  >[]
  /** The resources the items name, as shown (one missing from the catalog is left out). */
  plannedResources: Resource[]
}

/** Days of logged minutes the forecast reads one by one: the pace window (see plan/pace.ts). */
export const RECENT_SESSION_DAYS = 28

/**
 * Everything the forecast reads. All-time minutes per resource come from the Log's record (one
 * small record, rebuilt when the day count disagrees) and the last 28 days' minutes from the
 * days' summaries (db/study-day-summaries.ts): a five-year history costs the same as a month's,
 * and a day with dozens of sessions costs one small record.
 */
export async function readPlanData(today: string = todayIso()): Promise<PlanData> {
  const from = addDaysIso(today, -(RECENT_SESSION_DAYS - 1))
  // The record and the plan's own records are read side by side, not one after the other; the
  // planned resources in the same transaction as the items, so the forecast waits on no second
  // read once the exam date is known.
  const [loggedByResource, [items, plannedResources, days, progress]] = await Promise.all([
    loadMinutesByResource(),
    db.transaction(
      'r',
      [db.planItems, db.resources, db.studyDaySummaries, db.resourceProgress],
      async () => {
        const [[items, planned], days, progress] = await Promise.all([
          listPlanItems().then(
            async (items) => [items, await readPlannedResources(items)] as const,
          ),
          db.studyDaySummaries.where('date').between(from, today, true, true).toArray(),
          db.resourceProgress.toArray(),
        ])
        return [items, planned, days, progress] as const
      },
    ),
  ])
  return {
    items,
    plannedResources,
    recentDays: days,
    loggedByResource,
    progress: progress.map(({ resourceId, status, unit, unitsDone, unitsTotal }) => ({
      resourceId,
      status,
      unit,
      unitsDone,
      unitsTotal,
    })),
  }
}

/**
 * The resources a plan's items name, as shown (one missing from the catalog is left out). The
 * plan view joins only these: a plan holds a few dozen, the catalog may hold thousands.
 */
export async function readPlannedResources(
  items: readonly Pick<PlanItemRecord, 'resourceId'>[],
): Promise<Resource[]> {
  const records = await db.resources.bulkGet([...new Set(items.map((item) => item.resourceId))])
  return records.filter((record): record is ResourceRecord => record !== undefined).map(toResource)
}

export class PlanError extends Error {
  override name = 'PlanError'
}

export function expenseCategoryFor(kind: Resource['kind']): ExpenseCategory {
  if (kind === 'course') return 'course'
  if (kind === 'book') return 'book'
  if (kind === 'certification') return 'exam-attempt'
  return 'other'
}

/** Whether a planned or paid expense for this resource already exists (then none is offered). */
export async function hasExpenseFor(resourceId: string): Promise<boolean> {
  const count = await db.expenses
    .where('resourceId')
    .equals(resourceId)
    .filter((e) => e.status === 'planned' || e.status === 'paid')
    .count()
  return count > 0
}

export interface AddToPlanRequest {
  resource: Pick<Resource, 'id' | 'title' | 'kind' | 'price'>
  addExpense: boolean
  today: string
  now?: number
}

/** Adds a resource at the end of the path and, if asked, its price as a planned expense. */
export async function addToPlan(request: AddToPlanRequest): Promise<string> {
  const { resource, today, now = Date.now() } = request
  return db.transaction('rw', [db.planItems, db.expenses, db.resources], async () => {
    if (!(await db.resources.get(resource.id)))
      throw new PlanError('This resource no longer exists.')
    const existing = await db.planItems.where('resourceId').equals(resource.id).first()
    if (existing) throw new PlanError(`${resource.title} is already in your plan.`)
    const last = await db.planItems.orderBy('position').last()
    const id = newId()
    await db.planItems.add({
      id,
      resourceId: resource.id,
      position: (last?.position ?? -1) + 1,
      addedAt: now,
    })
    const price = resource.price
    if (
      request.addExpense &&
      price &&
      price.amountMinor > 0 &&
      !(await hasExpenseFor(resource.id))
    ) {
      const expense: ExpenseRecord = {
        id: newId(),
        date: today,
        description: resource.title,
        category: expenseCategoryFor(resource.kind),
        amountMinor: price.amountMinor,
        currency: price.currency,
        status: 'planned',
        resourceId: resource.id,
        createdAt: now,
        updatedAt: now,
      }
      await db.expenses.add(expense)
    }
    return id
  })
}

export type PlanItemPatch = Partial<
  Pick<PlanItemRecord, 'plannedMinutes' | 'targetStart' | 'targetFinish'>
>

/**
 * Updates an item; a key set to undefined clears that field (back to the default / no target).
 * `base` is the revision the editor's typed value started from: a save based on an older one is
 * refused with the stored item (db/revision.ts). Gives the new revision.
 */
export async function updatePlanItem(
  id: string,
  patch: PlanItemPatch,
  now = Date.now(),
  base?: RevisionBase,
): Promise<RevisionBase> {
  return db.transaction('rw', db.planItems, async () => {
    const item = await db.planItems.get(id)
    if (!item) throw new PlanError('This plan item no longer exists.')
    const revision = checkedRevision({ ...item, ...planItemBase(item) }, base, 'plan item', now)
    const next: PlanItemRecord = { ...item, ...revision }
    for (const [key, value] of Object.entries(patch) as [keyof PlanItemPatch, unknown][]) {
      if (value === undefined) delete next[key]
      else Object.assign(next, { [key]: value })
    }
    await db.planItems.put(next)
    return revision
  })
}

/** Removes an item; its position is kept on the record, so Undo puts it back in place. */
export async function removePlanItem(id: string): Promise<PlanItemRecord> {
  return takeOut(db.planItems, id, 'plan item')
}

export async function restorePlanItem(record: PlanItemRecord): Promise<void> {
  await putBack(db.planItems, record)
}

/** Moves an item to a new index in the path and renumbers positions 0…n-1. */
export async function movePlanItem(id: string, toIndex: number): Promise<void> {
  await db.transaction('rw', db.planItems, async () => {
    const items = await listPlanItems()
    const from = items.findIndex((item) => item.id === id)
    if (from === -1) throw new PlanError('This plan item no longer exists.')
    const target = Math.max(0, Math.min(items.length - 1, toIndex))
    if (target === from) return
    const [moved] = items.splice(from, 1)
    items.splice(target, 0, moved!)
    await db.planItems.bulkPut(items.map((item, position) => ({ ...item, position })))
  })
}

/** Sets a resource's status, keeping whatever else Logging recorded about its progress. */
export async function setResourceStatus(
  resourceId: string,
  status: ProgressStatus,
  today: string,
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', db.resourceProgress, async () => {
    const current = await db.resourceProgress.get(resourceId)
    const next: ResourceProgressRecord = {
      ...(current ?? { resourceId }),
      status,
      ...nextRevision(current, now),
    }
    if (status === 'done') next.completedOn = current?.completedOn ?? today
    else delete next.completedOn
    await db.resourceProgress.put(next)
  })
}
