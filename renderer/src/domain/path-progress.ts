import type { PlanItemRecord, ProgressStatus, ResourceProgressRecord } from '../db/records'
import { clamp01, unitsFraction } from './progress'

/**
 * The one rule for progress, used by the Dashboard, the Plan and Exam readiness alike, so the
 * three pages always show the same figure.
 *
 * A resource's progress: its unit decides. A unit the user counts in (modules, chapters, pages,
 * sections, percent) gives units done over units total; otherwise the unit is hours, and
 * logged time over planned time counts. Logged time moves "Not started" to "In progress";
 * done is 1, skipped is left out.
 *
 * The path's progress: each item weighted by its planned hours (the catalog estimate where the
 * user set none), counted by its own progress; skipped items left out of top and bottom.
 */

/** Said once on every page that shows the path's progress. */
export const PATH_PROGRESS_RULE =
  'Weighted by planned hours (the catalog estimate where you set none), each item counted by how far along it is; skipped items are left out.'

/** Minutes per page where the Plan's setting is not at hand (the Plan goal's default). */
export const DEFAULT_MINUTES_PER_PAGE = 2

/** The default planned minutes of a resource: its hours, or a book's pages × minutes per page. */
export function defaultPlannedMinutes(
  resource: { hours?: number; pages?: number } | undefined,
  minutesPerPage: number,
): number | null {
  if (!resource) return null
  if (resource.hours) return Math.round(resource.hours * 60)
  if (resource.pages) return Math.round(resource.pages * minutesPerPage)
  return null
}

export interface ResourceProgressInput {
  /** The stored status; missing progress means not started. */
  status: ProgressStatus
  units?: Pick<ResourceProgressRecord, 'unit' | 'unitsDone' | 'unitsTotal'>
  /** Planned minutes (the user's or the catalog estimate), null when there is none. */
  plannedMinutes: number | null
  loggedMinutes: number
}

/** The status the user sees: logged time means the resource has been started. */
export function effectiveStatus(status: ProgressStatus, loggedMinutes: number): ProgressStatus {
  return status === 'not-started' && loggedMinutes > 0 ? 'in-progress' : status
}

/** Whether the resource is counted in units (modules, pages…) rather than in hours. */
export function countsUnits(units: ResourceProgressInput['units']): boolean {
  return units?.unit === 'percent' || (units?.unitsTotal ?? 0) > 0
}

/** Share of one resource done, 0 to 1; null for a skipped one (it does not count at all). */
export function resourceProgress(input: ResourceProgressInput): number | null {
  switch (effectiveStatus(input.status, input.loggedMinutes)) {
    case 'skipped':
      return null
    case 'done':
      return 1
    case 'not-started':
      return 0
    case 'in-progress':
      if (countsUnits(input.units)) return unitsFraction(input.units!)
      if (input.plannedMinutes && input.plannedMinutes > 0) {
        return clamp01(input.loggedMinutes / input.plannedMinutes)
      }
      return 0
  }
}

export interface PathProgress {
  /** 0..1, or null when nothing counts (empty path, or everything skipped). */
  fraction: number | null
  /** Items that count (not skipped). */
  counted: number
  done: number
  skipped: number
  /** Counted items with no planned hours and no catalog estimate. */
  withoutEstimate: number
}

/**
 * The path's share done. An item with no estimate at all weighs as much as the average item
 * that has one (as every item does when none has one): never as one minute, never as nothing.
 */
export function pathProgress(items: readonly ResourceProgressInput[]): PathProgress {
  const counted = items
    .map((item) => ({ item, fraction: resourceProgress(item) }))
    .filter((entry): entry is { item: ResourceProgressInput; fraction: number } => {
      return entry.fraction !== null
    })
  const estimates = counted
    .map(({ item }) => item.plannedMinutes)
    .filter((minutes): minutes is number => minutes !== null && minutes > 0)
  const average = estimates.length > 0 ? estimates.reduce((a, b) => a + b, 0) / estimates.length : 1
  let done = 0
  let total = 0
  for (const { item, fraction } of counted) {
    const weight = item.plannedMinutes && item.plannedMinutes > 0 ? item.plannedMinutes : average
    total += weight
    done += weight * fraction
  }
  return {
    fraction: total > 0 ? clamp01(done / total) : null,
    counted: counted.length,
    done: counted.filter(({ item }) => item.status === 'done').length,
    skipped: items.length - counted.length,
    withoutEstimate: counted.length - estimates.length,
  }
}

/** The one line each page shows under the figure. */
export function pathRuleText(progress: Pick<PathProgress, 'withoutEstimate'>): string {
  const n = progress.withoutEstimate
  if (n === 0) return PATH_PROGRESS_RULE
  return `${PATH_PROGRESS_RULE} ${n} item${n === 1 ? ' has' : 's have'} no estimate and count${n === 1 ? 's' : ''} as an average item.`
}

export interface PathEntry {
  resourceId: string
  title: string
  /** The status the user sees (logged time means started). */
  status: ProgressStatus
  /** 0..1, or null when skipped (left out of the path). */
  fraction: number | null
  plannedMinutes: number | null
  loggedMinutes: number
}

export interface PathSummary extends PathProgress {
  entries: PathEntry[]
  /** True when the path comes from the plan; false when it is the whole catalog (no plan yet). */
  fromPlan: boolean
}

export interface PathInputs {
  /** Every resource; with no plan, the path is all of them in this order. */
  resources: readonly { id: string; title: string; hours?: number; pages?: number }[]
  planItems: readonly Pick<PlanItemRecord, 'resourceId' | 'position' | 'plannedMinutes'>[]
  progress: readonly Pick<
    ResourceProgressRecord,
    'resourceId' | 'status' | 'unit' | 'unitsDone' | 'unitsTotal'
  >[]
  loggedByResource: ReadonlyMap<string, number>
  minutesPerPage: number
}

/**
 * The study path with each resource's progress and the whole path's: the plan's items in order,
 * or every resource when there is no plan yet. Dashboard, Plan and Readiness all call this.
 */
export function summarizePath(inputs: PathInputs): PathSummary {
  const byId = new Map(inputs.resources.map((resource) => [resource.id, resource]))
  const progressById = new Map(inputs.progress.map((record) => [record.resourceId, record]))
  const fromPlan = inputs.planItems.length > 0
  const items = fromPlan
    ? [...inputs.planItems].sort((a, b) => a.position - b.position)
    : inputs.resources.map((resource) => ({ resourceId: resource.id, plannedMinutes: undefined }))
  const seen = new Set<string>()
  const entries: PathEntry[] = []
  const progressInputs: ResourceProgressInput[] = []
  for (const item of items) {
    const resource = byId.get(item.resourceId)
    if (!resource || seen.has(item.resourceId)) continue
    seen.add(item.resourceId)
    const record = progressById.get(item.resourceId)
    const input: ResourceProgressInput = {
      status: record?.status ?? 'not-started',
      units: record,
      plannedMinutes: item.plannedMinutes ?? defaultPlannedMinutes(resource, inputs.minutesPerPage),
      loggedMinutes: inputs.loggedByResource.get(item.resourceId) ?? 0,
    }
    progressInputs.push(input)
    entries.push({
      resourceId: item.resourceId,
      title: resource.title,
      status: effectiveStatus(input.status, input.loggedMinutes),
      fraction: resourceProgress(input),
      plannedMinutes: input.plannedMinutes,
      loggedMinutes: input.loggedMinutes,
    })
  }
  return { ...pathProgress(progressInputs), entries, fromPlan }
}
