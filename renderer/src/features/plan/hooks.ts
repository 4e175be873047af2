import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { todayIso } from '../../domain/dates'
import type { ProgressStatus } from '../../db/records'
import { useResources } from '../catalog/hooks'
import { useSetting } from '../settings/hooks'
import { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from './goal'
import { buildPlanView, type PlanView } from './model'
import {
  addToPlan,
  hasExpenseFor,
  movePlanItem,
  readPlanData,
  removePlanItem,
  setResourceStatus,
  updatePlanItem,
  type AddToPlanRequest,
  type PlanItemPatch,
} from './repository'

export const planKeys = {
  data: ['planItems', 'forecast-data'] as const,
  expenseFor: (resourceId: string) => ['expenses', 'for-resource', resourceId] as const,
}

/** Today's calendar day, refreshed when the day changes while the app stays open. */
export function useToday(): string {
  const [today, setToday] = useState(todayIso)
  useEffect(() => {
    const timer = setInterval(() => setToday(todayIso()), 60_000)
    return () => clearInterval(timer)
  }, [])
  return today
}

export function usePlanGoal() {
  return useSetting(PLAN_GOAL_KEY, PlanGoal, defaultPlanGoal)
}

export function usePlanData() {
  return useQuery({
    queryKey: planKeys.data,
    queryFn: readPlanData,
    meta: { tables: ['planItems', 'sessions', 'resourceProgress'] },
  })
}

export interface PlanForecastResult extends Partial<PlanView> {
  isLoading: boolean
  error: unknown
  goal: PlanGoal
  today: string
}

/**
 * The plan's forecast: dated blocks (resourceId, title, minutes), per-item start/finish, the path
 * finish, days late against the exam and the weekly hours that would make it. The Dashboard reads
 * "today's planned study" from `forecast.blocks` filtered by `today`.
 */
export function usePlanForecast(): PlanForecastResult {
  const data = usePlanData()
  const resources = useResources()
  const goal = usePlanGoal()
  const today = useToday()
  const view = useMemo(
    () =>
      data.data && resources.data
        ? buildPlanView(data.data, resources.data, goal.value, today)
        : undefined,
    [data.data, resources.data, goal.value, today],
  )
  return {
    ...view,
    isLoading: data.isLoading || resources.isLoading || goal.isLoading,
    error: data.error ?? resources.error,
    goal: goal.value,
    today,
  }
}

export function useHasExpenseFor(resourceId: string) {
  return useQuery({
    queryKey: planKeys.expenseFor(resourceId),
    queryFn: () => hasExpenseFor(resourceId),
  })
}

export function useAddToPlan() {
  return useMutation({ mutationFn: (request: AddToPlanRequest) => addToPlan(request) })
}

export function useUpdatePlanItem() {
  return useMutation({
    mutationFn: ({ id, patch }: { id: string; patch: PlanItemPatch }) => updatePlanItem(id, patch),
  })
}

export function useRemovePlanItem() {
  return useMutation({ mutationFn: (id: string) => removePlanItem(id) })
}

export function useMovePlanItem() {
  return useMutation({
    mutationFn: ({ id, toIndex }: { id: string; toIndex: number }) => movePlanItem(id, toIndex),
  })
}

export function useSetResourceStatus() {
  return useMutation({
    mutationFn: ({ resourceId, status }: { resourceId: string; status: ProgressStatus }) =>
      setResourceStatus(resourceId, status, todayIso()),
  })
}
