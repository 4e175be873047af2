import { useMemo } from 'react'
import { useResource } from '../catalog'
import { certificationsOf } from './certification'
import { useExamFacts } from './ExamFactsSection'

/**
 * The pass mark in force for a certification: the user's exam facts, else the catalog's; and
 * whether the catalog is still loading (until then the value is a stand-in).
 */
export function usePassMark(certificationId: string): { value: number; isLoading: boolean } {
  // The one certification, read alone: the catalog may hold thousands of resources.
  const resource = useResource(certificationId)
  const cert = useMemo(
    () =>
      certificationsOf(resource.data ? [resource.data] : []).find((c) => c.id === certificationId),
    [resource.data, certificationId],
  )
  return { value: useExamFacts(cert).passMarkPercent, isLoading: resource.isLoading }
}
