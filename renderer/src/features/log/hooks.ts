import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useState } from 'react'
import { z } from 'zod'
import type { IsoDay, ProgressStatus, StudySessionRecord } from '../../db/records'
import { useSetting } from '../settings/hooks'
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

export function useSessions(filter: SessionFilter) {
  return useQuery({
    queryKey: ['sessions', 'list', filter.resourceId ?? '', filter.from ?? '', filter.to ?? ''],
    queryFn: () => listSessions(filter),
    placeholderData: (previous) => previous,
  })
}

export function useAddSession() {
  return useMutation({ mutationFn: (values: SessionValues) => addSession(values) })
}

export function useUpdateSession() {
  return useMutation({
    mutationFn: ({ id, values }: { id: string; values: SessionValues }) =>
      updateSession(id, values),
  })
}

export function useDeleteSession() {
  return useMutation({ mutationFn: (id: string) => deleteSession(id) })
}

export function useRestoreSession() {
  return useMutation({ mutationFn: (record: StudySessionRecord) => restoreSession(record) })
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
    mutationFn: (input: { resourceId: string; update: UnitsUpdate }) =>
      setUnits(input.resourceId, input.update),
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

export const StreakMinimum = z.number().int().min(1).max(600)
export const DEFAULT_STREAK_MINIMUM = 15

/** Minutes a day must reach to count toward the streak. */
export function useStreakMinimum() {
  return useSetting('log.streakMinimumMinutes', StreakMinimum, DEFAULT_STREAK_MINIMUM)
}
