import { useQuery } from '@tanstack/react-query'
import { loadPath } from './repository'

export { useStudyDays } from '../log/hooks'

export function usePathSummary() {
  return useQuery({
    queryKey: ['resourceProgress', 'path'],
    queryFn: loadPath,
    meta: { tables: ['resourceProgress', 'planItems', 'resources'] },
  })
}
