import { addDays, startOfDay, subDays } from 'date-fns'
import { createEmptyCard, fsrs, Rating, type Card, type Grade } from 'ts-fsrs'
import type { ReviewMemory, ReviewRating } from '../../db/records'
import { examWindow, type ExamTarget } from './exam-window'

/**
 * Scheduling is ts-fsrs (FSRS-6) with its default weights; this module only converts between
 * its Date-based cards and the stored memory (epoch ms), and caps intervals toward the exam.
 * Fuzz is off so an interval shown on a button is the interval the answer gives.
 */
const DAY_MS = 86_400_000

export { examWindow, type ExamTarget, type ExamWindow } from './exam-window'

const scheduler = fsrs({ enable_fuzz: false })

export const answerButtons: readonly { rating: ReviewRating; label: string; key: string }[] = [
  { rating: Rating.Again, label: 'Again', key: '1' },
  { rating: Rating.Hard, label: 'Hard', key: '2' },
  { rating: Rating.Good, label: 'Good', key: '3' },
  { rating: Rating.Easy, label: 'Easy', key: '4' },
]

function toCard(memory: ReviewMemory): Card {
  return {
    due: new Date(memory.due),
    stability: memory.stability,
    difficulty: memory.difficulty,
    elapsed_days: memory.elapsedDays,
    scheduled_days: memory.scheduledDays,
    learning_steps: memory.learningSteps,
    reps: memory.reps,
    lapses: memory.lapses,
    state: memory.state,
    ...(memory.lastReview === undefined ? {} : { last_review: new Date(memory.lastReview) }),
  }
}

function toMemory(card: Card): ReviewMemory {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
    ...(card.last_review ? { lastReview: card.last_review.getTime() } : {}),
  }
}

export function newMemory(now: number): ReviewMemory {
  return toMemory(createEmptyCard(new Date(now)))
}

/** A small stable hash, to spread cards over the final days instead of piling them on one. */
function spreadIndex(cardId: string, days: number): number {
  let hash = 2166136261
  for (let i = 0; i < cardId.length; i += 1) {
    hash ^= cardId.charCodeAt(i)
    hash = Math.imul(hash, 16777619)
  }
  return (hash >>> 0) % Math.max(1, days)
}

/** Predicted recall (0–1) at `at` for a card in this memory state. */
export function predictedRecall(
  memory: Pick<ReviewMemory, 'lastReview' | 'stability'>,
  at: number,
): number {
  if (memory.lastReview === undefined) return 0
  return scheduler.forgetting_curve(
    Math.max(0, (at - memory.lastReview) / DAY_MS),
    memory.stability,
  )
}

/**
 * Caps the memory a review at `now` produced, so that before the exam:
 * - a card not yet seen in the final days is due once inside them (spread over those days by
 *   its id), instead of after the exam;
 * - a card seen in the final days is due again before the exam when its predicted recall on
 *   exam day would fall below the target, at the moment recall reaches the target.
 * A card due before the exam is left alone: its next review caps it again.
 */
export function capForExam(
  next: ReviewMemory,
  now: number,
  cardId: string,
  target: ExamTarget | null,
): ReviewMemory {
  if (!target) return next
  const { examStart, windowStart } = examWindow(target)
  if (now >= examStart || next.due < examStart) return next
  let due: number
  if (now < windowStart) {
    due = addDays(windowStart, spreadIndex(cardId, target.finalDays)).getTime()
  } else {
    if (predictedRecall(next, examStart) >= target.targetRetention) return next
    const lastDay = subDays(examStart, 1).getTime()
    const atTarget = now + recallIntervalDays(next.stability, target.targetRetention) * DAY_MS
    due = Math.max(now, Math.min(atTarget, lastDay))
  }
  return { ...next, due, scheduledDays: Math.max(0, Math.round((due - now) / DAY_MS)) }
}

/** Days until recall falls to `retention` for this stability (FSRS's own interval formula). */
function recallIntervalDays(stability: number, retention: number): number {
  const atRetention = fsrs({ enable_fuzz: false, request_retention: retention })
  return atRetention.next_interval(stability, 0)
}

export interface AnswerResult {
  memory: ReviewMemory
  /** What ts-fsrs logged for this answer (the state before it, in the stored shape). */
  log: {
    rating: ReviewRating
    state: number
    due: number
    stability: number
    difficulty: number
    scheduledDays: number
    learningSteps: number
  }
}

/** The memory after answering `rating` at `now`, capped toward the exam. */
export function answer(
  memory: ReviewMemory,
  rating: ReviewRating,
  now: number,
  cardId: string,
  target: ExamTarget | null,
): AnswerResult {
  const item = scheduler.next(toCard(memory), new Date(now), rating as Grade)
  return {
    memory: capForExam(toMemory(item.card), now, cardId, target),
    log: {
      rating,
      state: item.log.state,
      due: item.log.due.getTime(),
      stability: item.log.stability,
      difficulty: item.log.difficulty,
      scheduledDays: item.log.scheduled_days,
      learningSteps: item.log.learning_steps,
    },
  }
}

/** The due instant each answer would give, for the buttons. */
export function previewDue(
  memory: ReviewMemory,
  now: number,
  cardId: string,
  target: ExamTarget | null,
): Record<ReviewRating, number> {
  const preview = scheduler.repeat(toCard(memory), new Date(now))
  const dueOf = (rating: Grade) =>
    capForExam(toMemory(preview[rating].card), now, cardId, target).due
  return {
    [Rating.Again]: dueOf(Rating.Again),
    [Rating.Hard]: dueOf(Rating.Hard),
    [Rating.Good]: dueOf(Rating.Good),
    [Rating.Easy]: dueOf(Rating.Easy),
  } as Record<ReviewRating, number>
}

/**
 * When a card is due once exam-date mode is taken into account: a card scheduled before the
 * exam was set (or before the final days began) is pulled in as if capped at its last review.
 */
export function effectiveDue(
  memory: ReviewMemory,
  cardId: string,
  createdAt: number,
  target: ExamTarget | null,
): number {
  return capForExam(memory, memory.lastReview ?? createdAt, cardId, target).due
}

/** "10 min", "3 days", "2 mo", "1.5 y": the wait until `due`, for a button. */
export function formatInterval(from: number, due: number): string {
  const minutes = Math.max(1, Math.round((due - from) / 60_000))
  if (minutes < 60) return `${minutes} min`
  const hours = Math.round(minutes / 60)
  if (hours < 24) return `${hours} h`
  const days = Math.round(minutes / 1440)
  if (days < 31) return days === 1 ? '1 day' : `${days} days`
  const months = days / 30.4
  if (months < 12) return `${Math.round(months)} mo`
  return `${(days / 365).toFixed(1).replace(/\.0$/, '')} y`
}

/**
 * What exam-date mode asks of the user: every active card once in the final days, so about
 * `cards / finalDays` reviews a day from the window's start, plus what is due before then.
 */
export interface ExamWorkload {
  windowStart: number
  examStart: number
  perDayInWindow: number
  daysUntilWindow: number
  perDayBeforeWindow: number
}

export function examWorkload(
  activeCards: number,
  dueBeforeWindow: number,
  now: number,
  target: ExamTarget,
): ExamWorkload {
  const { examStart, windowStart } = examWindow(target)
  const daysUntilWindow = Math.max(0, Math.ceil((windowStart - startOfDay(now).getTime()) / DAY_MS))
  return {
    windowStart,
    examStart,
    perDayInWindow: Math.ceil(activeCards / Math.max(1, target.finalDays)),
    daysUntilWindow,
    perDayBeforeWindow:
      daysUntilWindow > 0 ? Math.ceil(dueBeforeWindow / daysUntilWindow) : dueBeforeWindow,
  }
}
