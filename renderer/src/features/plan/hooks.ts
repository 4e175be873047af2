import {
  queryOptions,
  useMutation,
  usePrefetchQuery,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { todayIso } from '../../domain/dates'
import { effectiveExamDate, type EffectiveExamDate } from '../../domain/exam-date'
import type { ProgressStatus } from '../../db/records'
import { useUndoableDelete } from '../../ui/undoable-delete'
import { resourcesQuery } from '../catalog'
import { useAttempts } from '../exam'
import { useSetting } from '../../db/use-setting'
import { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from './goal'
import { buildPlanView, itemPlannedMinutes, type PlanView } from './model'
import type { Resource } from '../../db/resource'
import type { RevisionBase } from '../../db/revision'
import {
  addToPlan,
  hasExpenseFor,
  movePlanItem,
  readPlanData,
  removePlanItem,
  restorePlanItem,
  setResourceStatus,
  updatePlanItem,
  type AddToPlanRequest,
  type PlanItemPatch,
} from './repository'

export const planKeys = {
  data: (today: string) => ['planItems', 'forecast-data', today] as const,
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

export interface EffectiveExamDateResult {
  exam: EffectiveExamDate
  isLoading: boolean
  error: unknown
}

/**
 * The exam date every feature uses: the current exam attempt's date when one supplies it,
 * otherwise the Plan goal's. Reads the 'attempts' and 'settings' queries, so the change feed
 * keeps it fresh after a write on either page.
 */
export function useEffectiveExamDate(): EffectiveExamDateResult {
  const attempts = useAttempts()
  const goal = usePlanGoal()
  const exam = useMemo(
    () => effectiveExamDate(attempts.data ?? [], goal.value),
    [attempts.data, goal.value],
  )
  return {
    exam,
    isLoading: attempts.isLoading || goal.isLoading,
    error: attempts.error,
  }
}

function planDataQuery(today: string) {
  return queryOptions({
    queryKey: planKeys.data(today),
    queryFn: () => readPlanData(today),
    // The Log's per-resource minutes (db.meta) change in the same transaction as 'sessions'.
    meta: { tables: ['planItems', 'sessions', 'resourceProgress', 'resources'] },
  })
}

export function usePlanData() {
  const today = useToday()
  return useQuery(planDataQuery(today))
}

export interface PlanForecastResult extends Partial<PlanView> {
  isLoading: boolean
  error: unknown
  /** The goal as stored; its own examDate may be overridden by an exam attempt (see `exam`). */
  goal: PlanGoal
  /** The effective exam date the forecast was computed against, and where it comes from. */
  exam: EffectiveExamDate
  today: string
}

/**
 * The reminder timer in the shell, the Dashboard and the Plan page all ask for the same forecast:
 * the query cache holds it, so the scheduler runs once per change, not once per page that shows
 * it, nor again when a page is reopened. The change feed invalidates it with its inputs.
 */
function usePlanView(goal: PlanGoal, examDate: string | null, today: string, enabled: boolean) {
  const client = useQueryClient()
  return useQuery({
    queryKey: ['planItems', 'view', today, examDate, goal],
    meta: { tables: ['planItems', 'sessions', 'resourceProgress', 'resources'] },
    enabled,
    // A new goal or exam date keeps the last forecast on screen until the new one is ready.
    placeholderData: (previous: PlanView | undefined) => previous,
    // The view is large and rebuilt whole: comparing it with the last one would cost more.
    structuralSharing: false,
    queryFn: async (): Promise<PlanView> => {
      const data = await client.fetchQuery(planDataQuery(today))
      // A plan joins only its own resources; with no plan yet the path is the whole catalog.
      const resources =
        data.items.length > 0 ? data.plannedResources : await client.fetchQuery(resourcesQuery())
      return buildPlanView(data, resources, { ...goal, examDate }, today)
    },
  })
}

/**
 * The plan's forecast: dated blocks (resourceId, title, minutes), per-item start/finish, the path
 * finish, days late against the exam and the weekly hours that would make it. The Dashboard reads
 * "today's planned study" from `forecast.blocks` filtered by `today`.
 */
export function usePlanForecast(): PlanForecastResult {
  const today = useToday()
  const goal = usePlanGoal()
  const effective = useEffectiveExamDate()
  // The view waits for the exam date; the records it is built from are read meanwhile.
  usePrefetchQuery(planDataQuery(today))
  const view = usePlanView(goal.value, effective.exam.date, today, !effective.isLoading)
  return {
    ...view.data,
    isLoading: effective.isLoading || view.isPending,
    error: view.error ?? effective.error,
    goal: goal.value,
    exam: effective.exam,
    today,
  }
}

/**
 * A resource's planned minutes exactly as the Plan counts them (its item's hours, else the
 * catalog estimate at the goal's minutes per page), so its own page shows the Plan's figure.
 */
export function usePlannedMinutes(resource: Resource | undefined): {
  minutes: number | null
  inPlan: boolean
  isLoading: boolean
} {
  const data = usePlanData()
  const goal = usePlanGoal()
  const item = resource ? data.data?.items.find((i) => i.resourceId === resource.id) : undefined
  return {
    minutes: itemPlannedMinutes(item, resource, goal.value.minutesPerPage),
    inPlan: item !== undefined,
    isLoading: data.isLoading || goal.isLoading,
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
    mutationFn: ({ id, patch, base }: { id: string; patch: PlanItemPatch; base?: RevisionBase }) =>
      updatePlanItem(id, patch, Date.now(), base),
  })
}

const planItemRemoved = () => 'Removed from the plan; logged study is kept.'

export function useRemovePlanItem() {
  return useUndoableDelete({
    remove: removePlanItem,
    restore: restorePlanItem,
    message: planItemRemoved,
    restoredMessage: 'Plan item restored.',
  })
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
