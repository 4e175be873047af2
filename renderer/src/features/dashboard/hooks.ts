import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useResources } from '../catalog'
import { compareResources } from '../../db/resource'
import { summarizePath, type PathSummary } from './path'
import { loadPathRecords } from './repository'

export { useStudyDays } from '../log'

/**
 * The study path with each resource's progress. Resources come from the catalog query every
 * page already holds, so the Dashboard does not read and convert all of them a second time.
 */
export function usePathSummary(): { data: PathSummary | undefined; error: unknown } {
  const resources = useResources()
  const records = useQuery({
    queryKey: ['resourceProgress', 'path'],
    queryFn: loadPathRecords,
    meta: { tables: ['resourceProgress', 'planItems'] },
  })
  const data = useMemo(() => {
    if (!resources.data || !records.data) return undefined
    const { planItems, progress } = records.data
    // With a plan, its order is the path's and the catalog order is never looked at.
    const ordered =
      planItems.length > 0 ? resources.data : [...resources.data].sort(compareResources)
    return summarizePath(ordered, planItems, progress)
  }, [resources.data, records.data])
  return { data, error: resources.error ?? records.error }
}
