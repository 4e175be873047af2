import { useMemo } from 'react'
import { useResources } from '../catalog'
import { certificationsOf } from './certification'
import { useExamFacts } from './ExamFactsSection'

/**
 * The pass mark in force for a certification: the user's exam facts, else the catalog's; and
 * whether the catalog is still loading (until then the value is a stand-in).
 */
export function usePassMark(certificationId: string): { value: number; isLoading: boolean } {
  const resources = useResources()
  const cert = useMemo(
    () => certificationsOf(resources.data ?? []).find((c) => c.id === certificationId),
    [resources.data, certificationId],
  )
  return { value: useExamFacts(cert).passMarkPercent, isLoading: resources.isLoading }
}
