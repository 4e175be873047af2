import { db } from '../../db/database'

/**
 * Whether anything still refers to a resource: the tables a custom resource's delete also
 * refuses over (features/catalog), plus progress history, review cards and objectives.
 */
export async function resourceStillUsed(resourceId: string): Promise<boolean> {
  const counts = await Promise.all([
    db.planItems.where('resourceId').equals(resourceId).count(),
    db.sessionDays.where('resourceIds').equals(resourceId).count(),
    db.notes.where('resourceId').equals(resourceId).count(),
    db.quoteBooks.where('resourceId').equals(resourceId).count(),
    db.indexBooks.where('resourceId').equals(resourceId).count(),
    db.expenses.where('resourceId').equals(resourceId).count(),
    db.resourceProgress.where('resourceId').equals(resourceId).count(),
    db.progressEvents.where('resourceId').equals(resourceId).count(),
    db.reviewCardBooks.where('resourceId').equals(resourceId).count(),
  ])
  return counts.some((count) => count > 0)
}
