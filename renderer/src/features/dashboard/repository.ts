import { z } from 'zod'
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

/** The plan's goal as Plan stores it (setting 'plan.goal'); only the fields the Dashboard shows. */
export const PlanGoal = z.object({
  weeklyHours: z.number().nonnegative().max(168).optional(),
  examDate: z.string().nullable().optional(),
})
export type PlanGoal = z.infer<typeof PlanGoal>

export async function readPlanGoal(): Promise<PlanGoal | null> {
  const record = await db.settings.get('plan.goal')
  if (!record) return null
  const parsed = PlanGoal.safeParse(record.value)
  return parsed.success ? parsed.data : null
}
