import { useMemo } from 'react'
import { useResources } from '../catalog'
import { certificationsOf } from './certification'
import { useExamFacts } from './ExamFactsSection'

/** The pass mark in force for a certification: the user's exam facts, else the catalog's. */
export function usePassMark(certificationId: string): number {
  const resources = useResources()
  const cert = useMemo(
    () => certificationsOf(resources.data ?? []).find((c) => c.id === certificationId),
    [resources.data, certificationId],
  )
  return useExamFacts(cert).passMarkPercent
}
