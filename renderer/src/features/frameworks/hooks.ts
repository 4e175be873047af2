import { useMemo } from 'react'
import {
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
