import { countOf } from '../../domain/numbers'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useOfferUndo } from '../../ui/undo-toast'
import { applyEditionMove, planEditionMove, tablesWithTags, undoEditionMove } from './repository'
import {
  editionMapping,
  type EditionMove,
  frameworkItems,
  itemsById,
  loadShippedFrameworks,
  type FrameworkItem,
  type Frameworks,
} from '../../domain/frameworks'

/** The shipped framework lists (validated at start-up, so parsing here cannot fail). */
export function useFrameworks(): Frameworks {
  return useMemo(loadShippedFrameworks, [])
}

/** Every framework item, and the same items by id, for tag inputs and labels. */
export function useFrameworkItems(): {
  items: FrameworkItem[]
  byId: ReadonlyMap<string, FrameworkItem>
} {
  const frameworks = useFrameworks()
  return useMemo(() => {
    const items = frameworkItems(frameworks)
    return { items, byId: itemsById(items) }
  }, [frameworks])
}

/** The 2025 → 2026 mapping of the shipped OWASP list. */
export function useEditionMapping(): ReadonlyMap<string, EditionMove> {
  const frameworks = useFrameworks()
  return useMemo(() => editionMapping(frameworks.owasp), [frameworks])
}

/**
 * The moves the mapping would make on the stored tags (refreshed by the change feed when any
 * table holding tags changes), and the action that makes them, with Undo.
 */
export function useEditionMove() {
  const mapping = useEditionMapping()
  const offerUndo = useOfferUndo()
  const plan = useQuery({
    queryKey: ['frameworkTags', 'edition-move'],
    meta: { tables: tablesWithTags },
    queryFn: () => planEditionMove(mapping),
  })
  const apply = useMutation({
    mutationFn: () => applyEditionMove(mapping),
    onSuccess: (result) =>
      offerUndo({
        message: `Moved the tags of ${countOf(result.rows, 'item', 'items')} to the 2026 edition.`,
        undo: () => undoEditionMove(result),
        restoredMessage: 'Tags put back as they were.',
      }),
  })
  return { plan, apply }
}
