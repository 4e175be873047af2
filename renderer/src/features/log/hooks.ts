import { useMutation, useQuery } from '@tanstack/react-query'
import type { RevisionBase } from '../../db/revision'
import { useEffect, useState } from 'react'
import { z } from 'zod/mini'
import { loadStudyDays } from '../../db/derived'
import type { IsoDay, ProgressStatus } from '../../db/records'
import { useSetting } from '../../db/use-setting'
import { useUndoableDelete } from '../../ui/undoable-delete'
import {
  addSession,
  deleteSession,
  discardTimer,
  getProgress,
  listProgressEvents,
  listSessions,
  markCompleted,
  readTimer,
  restoreSession,
  setCovered,
  setStatus,
  setUnits,
  startTimer,
  stopTimer,
  updateSession,
  type Completion,
  type SessionFilter,
  type UnitsUpdate,
} from './repository'
import type { SessionValues } from './session-input'
import { listSessionPage, sessionTotals } from './session-pages'

export function useSessions(filter: SessionFilter) {
  return useQuery({
    queryKey: ['sessions', 'list', filter.resourceId ?? '', filter.from ?? '', filter.to ?? ''],
    queryFn: () => listSessions(filter),
    placeholderData: (previous) => previous,
  })
}

/** The newest `limit` sessions matching the filter (whole days; see listSessionPage). */
export function useSessionPage(filter: SessionFilter, limit: number) {
  return useQuery({
    queryKey: [
      'sessions',
      'page',
      filter.resourceId ?? '',
      filter.from ?? '',
      filter.to ?? '',
      limit,
    ],
    queryFn: () => listSessionPage(filter, limit),
    placeholderData: (previous) => previous,
  })
}

/**
 * Count and minutes of the sessions matching the filter. Unfiltered, they come from the same
 * query as the Dashboard's figures, which a save on the Log therefore refreshes at once.
 */
export function useSessionTotals(filter: SessionFilter) {
  const filtered = Boolean(filter.resourceId || filter.from || filter.to)
  const all = useStudyDays()
  const some = useQuery({
    queryKey: ['sessions', 'totals', filter.resourceId ?? '', filter.from ?? '', filter.to ?? ''],
    queryFn: () => sessionTotals(filter),
    placeholderData: (previous) => previous,
    enabled: filtered,
  })
  if (filtered) return { data: some.data, error: some.error }
  const days = all.data
  return {
    data: days ? { count: days.sessionCount, minutes: days.totalMinutes } : undefined,
    error: all.error,
  }
}

/** The resource of the newest session (the one a timer most likely continues); null if none. */
export function useLastStudiedResource(enabled = true) {
  return useQuery({
    queryKey: ['sessions', 'last-studied'],
    queryFn: async () => (await listSessionPage({}, 1))[0]?.resourceId ?? null,
    enabled,
  })
}

export const studyDaysKey = ['sessions', 'by-day'] as const

/**
 * Minutes per day and per resource, all time (the Dashboard's figures), from the derived cache:
 * one record, so the refetch the change feed starts after a session write is cheap.
 */
export function useStudyDays() {
  return useQuery({ queryKey: studyDaysKey, queryFn: loadStudyDays })
}

export function useAddSession() {
  return useMutation({ mutationFn: (values: SessionValues) => addSession(values) })
}

export function useUpdateSession() {
  return useMutation({
    mutationFn: ({
      id,
      values,
      base,
    }: {
      id: string
      values: SessionValues
      base?: RevisionBase
    }) => updateSession(id, values, Date.now(), base),
  })
}

const sessionDeleted = () => 'Session deleted.'

export function useDeleteSession() {
  return useUndoableDelete({
    remove: deleteSession,
    restore: restoreSession,
    message: sessionDeleted,
    restoredMessage: 'Session restored.',
  })
}

export function useSetCovered() {
  return useMutation({
    mutationFn: ({ id, covered }: { id: string; covered: string }) => setCovered(id, covered),
  })
}

export function useProgress(resourceId: string) {
  return useQuery({
    queryKey: ['resourceProgress', resourceId],
    queryFn: () => getProgress(resourceId),
  })
}

export function useProgressHistory(resourceId: string) {
  return useQuery({
    queryKey: ['progressEvents', resourceId],
    queryFn: () => listProgressEvents(resourceId),
  })
}

export function useSetStatus() {
  return useMutation({
    mutationFn: (input: { resourceId: string; status: ProgressStatus; today: IsoDay }) =>
      setStatus(input.resourceId, input.status, input.today),
  })
}

export function useSetUnits() {
  return useMutation({
    mutationFn: (input: { resourceId: string; update: UnitsUpdate; base?: RevisionBase }) =>
      setUnits(input.resourceId, input.update, Date.now(), input.base),
  })
}

export function useMarkCompleted() {
  return useMutation({ mutationFn: (completion: Completion) => markCompleted(completion) })
}

export function useTimer() {
  return useQuery({ queryKey: ['settings', 'log.timer'], queryFn: readTimer })
}

export function useStartTimer() {
  return useMutation({ mutationFn: (resourceId: string) => startTimer(resourceId) })
}

export function useStopTimer() {
  return useMutation({ mutationFn: (minutes?: number) => stopTimer(Date.now(), minutes) })
}

export function useDiscardTimer() {
  return useMutation({ mutationFn: () => discardTimer() })
}

/** The current time, ticking every second while `active` (for a running timer's display). */
export function useNow(active: boolean): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    setNow(Date.now())
    const id = window.setInterval(() => setNow(Date.now()), 1000)
    return () => window.clearInterval(id)
  }, [active])
  return now
}

export const StreakMinimum = z.int().check(z.minimum(1), z.maximum(600))
export const DEFAULT_STREAK_MINIMUM = 15

/** Minutes a day must reach to count toward the streak. */
export function useStreakMinimum() {
  return useSetting('log.streakMinimumMinutes', StreakMinimum, DEFAULT_STREAK_MINIMUM)
}
