import type { PlanItemRecord, ProgressStatus } from '../../db/records'
import { MISSING_RESOURCE_LABEL } from '../../domain/resource-titles'
import type { Resource } from '../../db/resource'
import { compareResources } from '../../db/resource'
import { remainingMinutes } from './estimate'
import {
  defaultPlannedMinutes,
  effectiveStatus,
  summarizePath,
  type PathSummary,
} from '../../domain/path-progress'
import { planForecast, type PlanForecast } from './forecast'
import type { PlanGoal } from './goal'
import { actualWeeklyAverage, minutesOn } from './pace'
import type { PlanData } from './repository'

/** One row of the path as the page shows it. */
export interface PlanRow {
  item: PlanItemRecord
  resource: Resource | undefined
  title: string
  status: ProgressStatus
  /** The item's own planned minutes, or the default from the catalog; null when neither exists. */
  plannedMinutes: number | null
  plannedIsDefault: boolean
  loggedMinutes: number
  remainingMinutes: number | null
}

export interface PlanView {
  rows: PlanRow[]
  forecast: PlanForecast
  /** Average weekly minutes logged over the last 4 weeks. */
  actualWeeklyMinutes: number
  /** The path's progress by the one rule (domain/path-progress), as every page shows it. */
  path: PathSummary
}

/** A plan item's planned minutes: the user's own, else the catalog estimate; null if neither. */
export function itemPlannedMinutes(
  item: Pick<PlanItemRecord, 'plannedMinutes'> | undefined,
  resource: Resource | undefined,
  minutesPerPage: number,
): number | null {
  return item?.plannedMinutes ?? defaultPlannedMinutes(resource, minutesPerPage)
}

/** Joins plan items with resources, logged minutes and statuses, then runs the scheduler. */
export function buildPlanView(
  data: PlanData,
  resources: readonly Resource[],
  goal: PlanGoal,
  today: string,
): PlanView {
  const byId = new Map(resources.map((resource) => [resource.id, resource]))
  const logged = data.loggedByResource
  const statuses = new Map(data.progress.map((p) => [p.resourceId, p.status]))
  const rows: PlanRow[] = data.items.map((item) => {
    const resource = byId.get(item.resourceId)
    const plannedMinutes = itemPlannedMinutes(item, resource, goal.minutesPerPage)
    const loggedMinutes = logged.get(item.resourceId) ?? 0
    const status = effectiveStatus(statuses.get(item.resourceId) ?? 'not-started', loggedMinutes)
    return {
      item,
      resource,
      title: resource?.title ?? MISSING_RESOURCE_LABEL,
      status,
      plannedMinutes,
      plannedIsDefault: item.plannedMinutes === undefined,
      loggedMinutes,
      remainingMinutes: remainingMinutes(plannedMinutes, loggedMinutes, status),
    }
  })
  const forecast = planForecast({
    today,
    examDate: goal.examDate,
    items: rows.map((row) => ({
      id: row.item.id,
      resourceId: row.item.resourceId,
      title: row.title,
      remainingMinutes: row.remainingMinutes,
      targetStart: row.item.targetStart,
      targetFinish: row.item.targetFinish,
    })),
    availability: {
      weeklyMinutes: Math.round(goal.weeklyHours * 60),
      studyWeekdays: goal.studyWeekdays,
      blackouts: goal.blackouts,
      usedTodayMinutes: minutesOn(data.recentDays, today),
    },
  })
  const path = summarizePath({
    // With no plan yet the path is the whole catalog, in the catalog's order.
    resources: data.items.length > 0 ? resources : [...resources].sort(compareResources),
    planItems: data.items,
    progress: data.progress,
    loggedByResource: logged,
    minutesPerPage: goal.minutesPerPage,
  })
  return { rows, forecast, actualWeeklyMinutes: actualWeeklyAverage(data.recentDays, today), path }
}
