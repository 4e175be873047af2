import { db } from '../../db/database'
import { compareResources, toResource } from '../catalog/resource'
import { summarizePath, type PathSummary } from './path'

export async function loadPath(): Promise<PathSummary> {
  const [records, planItems, progress] = await Promise.all([
    db.resources.toArray(),
    db.planItems.toArray(),
    db.resourceProgress.toArray(),
  ])
  const resources = records.map(toResource).sort(compareResources)
  return summarizePath(resources, planItems, progress)
}
