import type { PlanItemRecord, ProgressStatus, ResourceProgressRecord } from '../../db/records'
import { pathProgress, progressItem, resourceFraction } from '../../domain/progress'

export interface PathResource {
  id: string
  title: string
  kind: string
}

export interface PathEntry {
  resourceId: string
  title: string
  status: ProgressStatus
  /** 0..1, or null when skipped (left out of the path). */
  fraction: number | null
}

export interface PathSummary {
  entries: PathEntry[]
  /** 0..1, or null when nothing counts (empty path, or everything skipped). */
  overall: number | null
  /** True when the path comes from the plan; false when it is the whole catalog (no plan yet). */
  fromPlan: boolean
  done: number
  skipped: number
}

/**
 * The study path: the plan's items in order, or every resource when there is no plan yet.
 * Each resource counts once and equally; skipped ones are left out of top and bottom.
 */
export function summarizePath(
  resources: readonly PathResource[],
  planItems: readonly Pick<PlanItemRecord, 'resourceId' | 'position'>[],
  progress: readonly ResourceProgressRecord[],
): PathSummary {
  const byId = new Map(resources.map((resource) => [resource.id, resource]))
  const progressById = new Map(progress.map((record) => [record.resourceId, record]))
  const fromPlan = planItems.length > 0
  const ids = fromPlan
    ? [...planItems].sort((a, b) => a.position - b.position).map((item) => item.resourceId)
    : resources.map((resource) => resource.id)
  const seen = new Set<string>()
  const entries: PathEntry[] = []
  for (const id of ids) {
    const resource = byId.get(id)
    if (!resource || seen.has(id)) continue
    seen.add(id)
    const record = progressById.get(id)
    entries.push({
      resourceId: id,
      title: resource.title,
      status: record?.status ?? 'not-started',
      fraction: resourceFraction(record),
    })
  }
  const overall = pathProgress(
    entries.map((entry) => progressItem(progressById.get(entry.resourceId))),
  )
  return {
    entries,
    overall,
    fromPlan,
    done: entries.filter((entry) => entry.status === 'done').length,
    skipped: entries.filter((entry) => entry.status === 'skipped').length,
  }
}
