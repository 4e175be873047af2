import { db } from '../../db/database'
import type { PlanItemRecord, ResourceProgressRecord } from '../../db/records'

export interface PathRecords {
  planItems: PlanItemRecord[]
  progress: ResourceProgressRecord[]
}

/** The plan and the progress records; the resources come from the catalog's own query. */
export async function loadPathRecords(): Promise<PathRecords> {
  const [planItems, progress] = await db.transaction('r', [db.planItems, db.resourceProgress], () =>
    Promise.all([db.planItems.toArray(), db.resourceProgress.toArray()]),
  )
  return { planItems, progress }
}
