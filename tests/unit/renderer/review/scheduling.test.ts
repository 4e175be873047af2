import { addDays, startOfDay } from 'date-fns'
import { describe, expect, it } from 'vitest'
import {
  answer,
  capForExam,
  effectiveDue,
  examWorkload,
  formatInterval,
  newMemory,
  predictedRecall,
  previewDue,
  type ExamTarget,
} from '@renderer/features/review/scheduling'

const DAY = 86_400_000
// A fixed clock: 4 December 2026, 20:00 local time.
const now = new Date(2026, 11, 4, 20, 0).getTime()

describe('scheduling through ts-fsrs', () => {
  it('schedules a new card by its answer, Again soonest and Easy latest', () => {
    const memory = newMemory(now)
    expect(memory.state).toBe(0)
    expect(memory.due).toBe(now)
    const due = previewDue(memory, now, 'card-1', null)
    expect(due[1]).toBeLessThan(due[2])
    expect(due[2]).toBeLessThan(due[3])
    expect(due[3]).toBeLessThan(due[4])
    // FSRS-6 defaults: a new card answered Good is in its learning step (10 min).
    expect(due[3] - now).toBe(10 * 60_000)
    expect(formatInterval(now, due[3])).toBe('10 min')
  })

  it('gives the same result for the same answers at the same times', () => {
    const run = () => {
      let memory = newMemory(now)
      memory = answer(memory, 3, now, 'c', null).memory
      memory = answer(memory, 3, now + 10 * 60_000, 'c', null).memory
      return answer(memory, 3, memory.due, 'c', null).memory
    }
    const first = run()
    expect(run()).toEqual(first)
    expect(first.state).toBe(2)
    expect(first.reps).toBe(3)
    expect(first.due - first.lastReview!).toBeGreaterThan(DAY)
  })

  it('logs the state before the answer', () => {
    const memory = newMemory(now)
    const result = answer(memory, 3, now, 'c', null)
    expect(result.log).toMatchObject({ rating: 3, state: 0, due: now })
    expect(result.memory.lastReview).toBe(now)
  })
})

describe('exam-date mode', () => {
  /** A well-learnt card: reviewed today, its next Good interval is about two months. */
  function matureCard() {
    let memory = newMemory(now - 200 * DAY)
    let at = now - 200 * DAY
    for (let i = 0; i < 5; i += 1) {
      memory = answer(memory, 3, at, 'mature', null).memory
      at = Math.max(memory.due, at + 60_000)
    }
    return memory
  }

  it('pulls a card that would be due after the exam into the final days before it', () => {
    const memory = matureCard()
    const reviewAt = memory.due
    const uncapped = answer(memory, 3, reviewAt, 'mature', null).memory
    const examDay = addDays(startOfDay(reviewAt), 30)
    expect(uncapped.due).toBeGreaterThan(examDay.getTime())

    const target: ExamTarget = {
      examDay: `${examDay.getFullYear()}-${String(examDay.getMonth() + 1).padStart(2, '0')}-${String(examDay.getDate()).padStart(2, '0')}`,
      targetRetention: 0.9,
      finalDays: 7,
    }
    const capped = answer(memory, 3, reviewAt, 'mature', target).memory
    expect(capped.due).toBeLessThan(examDay.getTime())
    expect(capped.due).toBeGreaterThanOrEqual(addDays(examDay, -7).getTime())
    // Only the due date moves: the memory itself is FSRS's.
    expect(capped.stability).toBe(uncapped.stability)
  })

  it('inside the final days, keeps recall on exam day at or above the target', () => {
    // Just answered, stable for ten days: recall is 90 % ten days on.
    const reviewAt = now
    const next = {
      ...newMemory(now),
      state: 2,
      stability: 10,
      lastReview: now,
      due: now + 10 * DAY,
    }
    const examDay = addDays(startOfDay(reviewAt), 6)
    const target: ExamTarget = {
      examDay: toDay(examDay),
      targetRetention: 0.95,
      finalDays: 7,
    }
    expect(predictedRecall(next, examDay.getTime())).toBeLessThan(0.95)
    const capped = capForExam(next, reviewAt, 'mature', target)
    expect(capped.due).toBeLessThan(examDay.getTime())
    expect(capped.due).toBeGreaterThan(reviewAt)
    expect(predictedRecall(next, capped.due)).toBeGreaterThanOrEqual(0.95)
    // With a lower target the same card stays due after the exam: recall holds.
    const relaxed = capForExam(next, reviewAt, 'mature', { ...target, targetRetention: 0.9 })
    expect(predictedRecall(next, examDay.getTime())).toBeGreaterThanOrEqual(0.9)
    expect(relaxed).toEqual(next)
  })

  it('leaves cards alone without an exam, after it, or when due before it', () => {
    const next = { ...newMemory(now), due: now + 90 * DAY, lastReview: now, stability: 60 }
    expect(capForExam(next, now, 'c', null)).toBe(next)
    const past = { examDay: toDay(addDays(now, -1)), targetRetention: 0.9, finalDays: 7 }
    expect(capForExam(next, now, 'c', past)).toBe(next)
    const later = { examDay: toDay(addDays(now, 120)), targetRetention: 0.9, finalDays: 7 }
    expect(capForExam(next, now, 'c', later)).toBe(next)
  })

  it('pulls in a card scheduled before the exam date was set', () => {
    // Last seen ten days ago, before the final seven days began.
    const memory = {
      ...newMemory(now),
      due: now + 90 * DAY,
      lastReview: now - 10 * DAY,
      stability: 60,
    }
    const target = { examDay: toDay(addDays(now, 3)), targetRetention: 0.9, finalDays: 7 }
    expect(effectiveDue(memory, 'c', now - 2 * DAY, target)).toBeLessThanOrEqual(now + 3 * DAY)
  })

  it('says how many reviews a day the final days need', () => {
    const target = {
      examDay: toDay(addDays(startOfDay(now), 37)),
      targetRetention: 0.9,
      finalDays: 7,
    }
    const workload = examWorkload(700, 300, now, target)
    expect(workload.perDayInWindow).toBe(100)
    expect(workload.daysUntilWindow).toBe(30)
    expect(workload.perDayBeforeWindow).toBe(10)
  })
})

function toDay(date: Date | number): string {
  const d = new Date(date)
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
}
