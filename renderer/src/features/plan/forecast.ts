import { daysBetween } from '../../domain/dates'
import {
  capacityByDay,
  scheduleStudy,
  type Availability,
  type ItemForecast,
  type Schedule,
  type SchedulerItem,
  type StudyBlock,
} from './scheduler'

export interface ForecastInput {
  items: readonly SchedulerItem[]
  availability: Availability
  today: string
  examDate: string | null
  horizonDays?: number
}

export type PlanConflict =
  | {
      kind: 'target-missed'
      itemId: string
      title: string
      targetFinish: string
      finish: string
      byDays: number
    }
  | { kind: 'target-passed'; itemId: string; title: string; targetFinish: string }
  | { kind: 'target-after-exam'; itemId: string; title: string; targetFinish: string }
  | { kind: 'no-estimate'; itemId: string; title: string }

export interface PlanForecast extends Schedule {
  today: string
  examDate: string | null
  /** Days between the path's finish and the exam date when the finish is later; else 0. */
  lateByDays: number
  /** Weekly minutes that would finish the path by the exam date; null without an exam date or when no amount can. */
  requiredWeeklyMinutes: number | null
  examInPast: boolean
  conflicts: PlanConflict[]
}

export type { ItemForecast, StudyBlock }

/** The path's schedule measured against the exam date and the items' own target dates. */
export function planForecast(input: ForecastInput): PlanForecast {
  const schedule = scheduleStudy(input)
  const examInPast = input.examDate !== null && input.examDate < input.today
  const lateByDays =
    input.examDate && !examInPast && schedule.finish && schedule.finish > input.examDate
      ? daysBetween(input.examDate, schedule.finish)
      : 0
  return {
    ...schedule,
    today: input.today,
    examDate: input.examDate,
    lateByDays,
    examInPast,
    requiredWeeklyMinutes: examInPast ? null : requiredWeeklyMinutes(input, schedule),
    conflicts: conflictsOf(input, schedule),
  }
}

function conflictsOf(input: ForecastInput, schedule: Schedule): PlanConflict[] {
  const conflicts: PlanConflict[] = []
  input.items.forEach((item, index) => {
    const forecast = schedule.items[index]!
    const { id: itemId, title, targetFinish } = item
    if (item.remainingMinutes === null) conflicts.push({ kind: 'no-estimate', itemId, title })
    if (!targetFinish || (item.remainingMinutes ?? 0) <= 0) return
    if (targetFinish < input.today) {
      conflicts.push({ kind: 'target-passed', itemId, title, targetFinish })
    } else if (forecast.finish && forecast.lateByDays > 0) {
      conflicts.push({
        kind: 'target-missed',
        itemId,
        title,
        targetFinish,
        finish: forecast.finish,
        byDays: forecast.lateByDays,
      })
    }
    if (input.examDate && targetFinish > input.examDate) {
      conflicts.push({ kind: 'target-after-exam', itemId, title, targetFinish })
    }
  })
  return conflicts
}

/**
 * The smallest weekly study time (in half hours) that finishes by the exam date: an estimate from
 * the study days left, checked against the scheduler (target starts and blackouts can push it up).
 */
export function requiredWeeklyMinutes(input: ForecastInput, schedule?: Schedule): number | null {
  const { examDate, today } = input
  if (!examDate || examDate < today) return null
  const total = (schedule ?? scheduleStudy(input)).totalRemainingMinutes
  if (total === 0) return 0
  const span = daysBetween(today, examDate) + 1
  const unit = { ...input, availability: { ...input.availability, weeklyMinutes: 7 * 60 } }
  const { minutes } = capacityByDay({ ...unit, horizonDays: span })
  const studyDays = minutes.filter((m) => m > 0).length
  const weekdays = new Set(input.availability.studyWeekdays).size
  if (studyDays === 0 || weekdays === 0) return null
  let weekly = roundUpToHalfHour((total / studyDays) * weekdays)
  const horizonDays = Math.max(span + 1, 1)
  for (let attempt = 0; attempt < 12; attempt++) {
    const trial = scheduleStudy({
      ...input,
      horizonDays,
      availability: { ...input.availability, weeklyMinutes: weekly },
    })
    if (trial.finish && trial.finish <= examDate) return weekly
    weekly = roundUpToHalfHour(weekly * 1.15 + 30)
    if (weekly > 7 * 24 * 60) return null
  }
  return null
}

function roundUpToHalfHour(minutes: number): number {
  return Math.ceil(minutes / 30) * 30
}

/** Blocks of one day, in path order. */
export function blocksOn(blocks: readonly StudyBlock[], day: string): StudyBlock[] {
  return blocks.filter((block) => block.date === day)
}

/** Groups blocks by day for the calendar views. */
export function blocksByDay(blocks: readonly StudyBlock[]): Map<string, StudyBlock[]> {
  const map = new Map<string, StudyBlock[]>()
  for (const block of blocks) {
    const list = map.get(block.date)
    if (list) list.push(block)
    else map.set(block.date, [block])
  }
  return map
}
