import { db } from '../../../db/database'
import { PLAN_GOAL_KEY } from '../../plan'
import { goalOf, span } from './ics'
import type { IcsBlackout } from './ics-parse'
import type { ImportedRef } from './types'

/**
 * Adds blackouts to the Plan goal setting, in day order, inside the import's transaction; the
 * ref carries the setting as it was, so undo can put it back.
 */
export async function addBlackouts(added: readonly IcsBlackout[]): Promise<ImportedRef[]> {
  if (added.length === 0) return []
  const before = await db.settings.get(PLAN_GOAL_KEY)
  const goal = goalOf(before)
  const blackouts = [
    ...goal.blackouts,
    ...added.map(({ start, end, label }) => ({ start, end, label })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
  await db.settings.put({ key: PLAN_GOAL_KEY, value: { ...goal, blackouts } })
  const shown = added.map(span).slice(0, 3).join('; ')
  return [
    {
      table: 'settings',
      id: PLAN_GOAL_KEY,
      label: `Plan blackouts: ${added.length} from a calendar (${shown}${added.length > 3 ? '; …' : ''})`,
      ...(before ? { before } : {}),
    },
  ]
}
