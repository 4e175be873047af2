import { useQuery } from '@tanstack/react-query'
import { loadStudyDays } from '../log/study-days'
import { loadPath } from './repository'

export function useStudyDays() {
  return useQuery({ queryKey: ['sessions', 'by-day'], queryFn: loadStudyDays })
}

export function usePathSummary() {
  return useQuery({
    queryKey: ['resourceProgress', 'path'],
    queryFn: loadPath,
    meta: { tables: ['resourceProgress', 'planItems', 'resources'] },
  })
}
