import { countOf } from '../../domain/numbers'
import { useMutation, useQuery } from '@tanstack/react-query'
import type { RevisionBase } from '../../db/revision'
import { subDays } from 'date-fns'
import { useEffect, useMemo, useState } from 'react'
import { z } from 'zod/mini'
import type { ReviewRating, ReviewSource } from '../../db/records'
import { toIsoDay } from '../../domain/dates'
import { useSetting } from '../../db/use-setting'
import { useUndoableDelete } from '../../ui/undoable-delete'
import { useEffectiveExamDate } from '../plan'
import {
  answerCard,
  countActive,
  countDue,
  createCard,
  deleteCard,
  readAllCards,
  readCardSource,
  readDueCards,
  readNextDue,
  readReviewDaySummaries,
  readReviewLogs,
  restoreDeletedCard,
  undoAnswer,
  updateCard,
  type AnswerUndo,
  type CardFields,
  type CardPatch,
  type DeletedCard,
} from './repository'
import type { ExamTarget } from './scheduling'

export const TARGET_RETENTION_KEY = 'review.targetRetention'
export const FINAL_DAYS_KEY = 'review.finalDays'
export const TargetRetention = z.number().check(z.minimum(0.7), z.maximum(0.99))
export const FinalDays = z.int().check(z.minimum(1), z.maximum(60))

export function useTargetRetention() {
  return useSetting(TARGET_RETENTION_KEY, TargetRetention, 0.9)
}

export function useFinalDays() {
  return useSetting(FINAL_DAYS_KEY, FinalDays, 7)
}

/** The current minute: due counts move on as time passes while a page stays open. */
export function useReviewClock(): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 30_000)
    return () => clearInterval(timer)
  }, [])
  return now
}

/** Exam-date mode's target, or null when no exam date is set. */
export function useExamTarget(): { target: ExamTarget | null; isLoading: boolean } {
  const { exam, isLoading } = useEffectiveExamDate()
  const retention = useTargetRetention()
  const finalDays = useFinalDays()
  const target = useMemo(
    () =>
      exam.date
        ? { examDay: exam.date, targetRetention: retention.value, finalDays: finalDays.value }
        : null,
    [exam.date, retention.value, finalDays.value],
  )
  return { target, isLoading: isLoading || retention.isLoading || finalDays.isLoading }
}

/**
 * Queries keyed by the minute (so they refresh as time passes) read at the moment they run: a
 * card written a second ago is due now even if the page's clock has not ticked since.
 */
const minuteOf = (now: number) => Math.floor(now / 60_000)

export function useDueCount(now: number) {
  const { target, isLoading } = useExamTarget()
  return useQuery({
    queryKey: ['reviewCards', 'due-count', minuteOf(now), target],
    queryFn: () => countDue(Date.now(), target),
    enabled: !isLoading,
  })
}

export function useDueCards(now: number, target: ExamTarget | null, enabled: boolean) {
  return useQuery({
    queryKey: ['reviewCards', 'due', minuteOf(now), target],
    queryFn: () => readDueCards(Date.now(), target),
    enabled,
  })
}

export function useActiveCounts(before: number) {
  return useQuery({
    queryKey: ['reviewCards', 'active', minuteOf(before)],
    queryFn: () => countActive(before),
  })
}

export function useNextDue(now: number) {
  return useQuery({
    queryKey: ['reviewCards', 'next-due', minuteOf(now)],
    queryFn: () => readNextDue(Date.now()),
  })
}

export function useAllCards() {
  return useQuery({ queryKey: ['reviewCards', 'all'], queryFn: readAllCards })
}

/** The review log of the last `days` days (stats and the Dashboard). */
export function useReviewLogs(days: number, today: string) {
  const from = toIsoDay(subDays(new Date(`${today}T12:00:00`), days - 1))
  return useQuery({
    queryKey: ['reviewLogs', from],
    queryFn: () => readReviewLogs(from),
  })
}

export function useCardSource(source: ReviewSource | undefined) {
  return useQuery({
    queryKey: ['review-source', source?.kind, source?.id],
    queryFn: () => (source ? readCardSource(source) : null),
    enabled: source !== undefined,
    meta: { tables: ['notes', 'quotes', 'indexEntries'] },
  })
}

export function useCreateCard() {
  return useMutation({ mutationFn: (fields: CardFields) => createCard(fields) })
}

export function useUpdateCard() {
  return useMutation({
    mutationFn: ({ id, patch, base }: { id: string; patch: CardPatch; base?: RevisionBase }) =>
      updateCard(id, patch, Date.now(), base),
  })
}

const cardDeleted = ({ logs }: DeletedCard) =>
  logs.length === 0
    ? 'Card deleted.'
    : `Card deleted, with its ${countOf(logs.length, 'review', 'reviews')}.`

/** Deletes a card and its review history at once, with Undo in the app's toast. */
export function useDeleteCard() {
  return useUndoableDelete({
    remove: deleteCard,
    restore: restoreDeletedCard,
    message: cardDeleted,
    restoredMessage: 'Card restored.',
  })
}

export function useAnswerCard() {
  return useMutation({
    mutationFn: (answer: {
      id: string
      rating: ReviewRating
      durationMs: number
      target: ExamTarget | null
    }) => answerCard(answer.id, answer.rating, answer.durationMs, answer.target),
  })
}

export function useUndoAnswer() {
  return useMutation({ mutationFn: (undo: AnswerUndo) => undoAnswer(undo) })
}

/** Reviews and their milliseconds per day from `fromDay` on (the Dashboard's heatmap). */
export function useReviewDaySummaries(fromDay: string) {
  return useQuery({
    queryKey: ['reviewLogs', 'day-summaries', fromDay],
    queryFn: () => readReviewDaySummaries(fromDay),
  })
}
