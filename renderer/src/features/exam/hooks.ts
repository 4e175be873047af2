import { useMutation, useQuery } from '@tanstack/react-query'
import type { ObjectiveRecord } from '../../db/records'
import { useUndoableDelete } from '../../ui/undoable-delete'
import * as repo from './repository'
import { useMemo } from 'react'
import { summarizePath } from '../../domain/path-progress'
import { useResources } from '../catalog'
import { compareResources } from '../../db/resource'
import type { RevisionBase } from '../../db/revision'

export function useAttempts() {
  return useQuery({ queryKey: ['attempts'], queryFn: repo.listAttempts })
}

export function useAddAttempt() {
  return useMutation({ mutationFn: (fields: repo.AttemptFields) => repo.addAttempt(fields) })
}

export function useUpdateAttempt() {
  return useMutation({
    mutationFn: ({
      id,
      changes,
      base,
    }: {
      id: string
      changes: Parameters<typeof repo.updateAttempt>[1]
      /** The revision the form started from (db/revision.ts); none for the checklist. */
      base?: RevisionBase
    }) => repo.updateAttempt(id, changes, Date.now(), base),
  })
}

const attemptDeleted = () => 'Attempt deleted, with its checklist.'

export function useDeleteAttempt() {
  return useUndoableDelete({
    remove: repo.deleteAttempt,
    restore: repo.restoreAttempt,
    message: attemptDeleted,
    restoredMessage: 'Attempt restored.',
  })
}

export function useSeedObjectives() {
  return useMutation({
    mutationFn: ({ certificationId, titles }: { certificationId: string; titles: string[] }) =>
      repo.seedObjectives(certificationId, titles),
  })
}

export function useObjectives(certificationId: string) {
  return useQuery({
    queryKey: ['objectives', certificationId],
    queryFn: () => repo.listObjectives(certificationId),
  })
}

export function useAddObjective() {
  return useMutation({
    mutationFn: ({ certificationId, title }: { certificationId: string; title: string }) =>
      repo.addObjective(certificationId, title),
  })
}

export function useUpdateObjective() {
  return useMutation({
    mutationFn: ({
      id,
      changes,
      base,
    }: {
      id: string
      changes: repo.ObjectiveChanges
      /** The revision the rename form started from (db/revision.ts). */
      base?: RevisionBase
    }) => repo.updateObjective(id, changes, Date.now(), base),
  })
}

const objectiveDeleted = (o: { title: string }) => `Objective "${o.title}" deleted.`

export function useDeleteObjective() {
  return useUndoableDelete({
    remove: repo.deleteObjective,
    restore: repo.restoreObjective,
    message: objectiveDeleted,
    restoredMessage: 'Objective restored.',
  })
}

export function useLinkedNotes(objectives: readonly ObjectiveRecord[]) {
  const ids = objectives.map((o) => o.id)
  return useQuery({
    queryKey: ['notes', 'byObjective', ids],
    queryFn: () => repo.notesForObjectives(ids),
  })
}

export function usePracticeTests(certificationId: string) {
  return useQuery({
    queryKey: ['practiceTests', certificationId],
    queryFn: () => repo.listPracticeTests(certificationId),
  })
}

export function useAddPracticeTest() {
  return useMutation({
    mutationFn: (fields: Parameters<typeof repo.addPracticeTest>[0]) =>
      repo.addPracticeTest(fields),
  })
}

const testDeleted = (t: { scorePercent: number }) => `Practice test (${t.scorePercent}%) deleted.`

export function useDeletePracticeTest() {
  return useUndoableDelete({
    remove: repo.deletePracticeTest,
    restore: repo.restorePracticeTest,
    message: testDeleted,
    restoredMessage: 'Practice test restored.',
  })
}

export function useCpe(certificationId: string) {
  return useQuery({
    queryKey: ['cpeActivities', certificationId],
    queryFn: () => repo.listCpe(certificationId),
  })
}

export function useAddCpe() {
  return useMutation({
    mutationFn: (fields: Parameters<typeof repo.addCpe>[0]) => repo.addCpe(fields),
  })
}

const cpeDeleted = (a: { description: string }) => `CPE activity "${a.description}" deleted.`

export function useDeleteCpe() {
  return useUndoableDelete({
    remove: repo.deleteCpe,
    restore: repo.restoreCpe,
    message: cpeDeleted,
    restoredMessage: 'CPE activity restored.',
  })
}

/** The study path's progress by the one rule the Dashboard and the Plan show too. */
export function usePathProgress() {
  const resources = useResources()
  const inputs = useQuery({
    queryKey: ['planItems', 'pathProgress'],
    meta: { tables: ['planItems', 'resourceProgress', 'sessions', 'settings'] },
    queryFn: repo.readPathInputs,
  })
  const data = useMemo(() => {
    if (!resources.data || !inputs.data) return undefined
    const { planItems } = inputs.data
    const ordered =
      planItems.length > 0 ? resources.data : [...resources.data].sort(compareResources)
    return summarizePath({ ...inputs.data, resources: ordered })
  }, [resources.data, inputs.data])
  return { data, error: resources.error ?? inputs.error }
}
