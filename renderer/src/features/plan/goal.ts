import { z } from 'zod/mini'
import { isIsoDay } from '../../domain/dates'
import { DEFAULT_MINUTES_PER_PAGE } from '../../domain/path-progress'
import { lengthProblem, MAX_LINE } from '../../domain/text-limits'

const day = z.string().check(z.refine(isIsoDay, 'must be a date as yyyy-MM-dd'))

export const PlanGoal = z.object({
  certificationId: z.string().check(z.minLength(1)),
  /** null = "not booked yet". */
  examDate: z.nullable(day),
  weeklyHours: z.number().check(z.minimum(0), z.maximum(168)),
  /** 0 = Sunday … 6 = Saturday. */
  studyWeekdays: z.array(z.int().check(z.minimum(0), z.maximum(6))).check(z.maxLength(7)),
  blackouts: z
    // A label is one line: the one-line limit (it was 100, so every stored label still fits).
    .array(
      z.object({
        start: day,
        end: day,
        label: z.optional(z.string().check(z.maxLength(MAX_LINE))),
      }),
    )
    .check(z.maxLength(200)),
  minutesPerPage: z.number().check(z.positive(), z.maximum(60)),
})
export type PlanGoal = z.infer<typeof PlanGoal>

export const PLAN_GOAL_KEY = 'plan.goal'

/** Evenings and weekends: six hours over Monday–Thursday, Saturday and Sunday. */
export const defaultPlanGoal: PlanGoal = {
  certificationId: 'cert-giac-gsec',
  examDate: null,
  weeklyHours: 6,
  studyWeekdays: [0, 1, 2, 3, 4, 6],
  blackouts: [],
  minutesPerPage: DEFAULT_MINUTES_PER_PAGE,
}

export type FieldErrors = Partial<
  Record<'examDate' | 'weeklyHours' | 'studyWeekdays' | 'blackouts' | 'minutesPerPage', string>
>

/** Checks a goal a person entered; the message says what to do, and nothing is saved until it passes. */
export function validateGoal(goal: PlanGoal, today: string): FieldErrors {
  const errors: FieldErrors = {}
  if (goal.examDate !== null && goal.examDate < today) {
    errors.examDate =
      'The exam date is in the past. Pick a future date, or choose "Not booked yet".'
  }
  if (!(goal.weeklyHours > 0))
    errors.weeklyHours = 'Weekly hours must be more than 0 to plan any study.'
  else if (goal.weeklyHours > 100) errors.weeklyHours = 'Enter at most 100 weekly hours.'
  if (goal.studyWeekdays.length === 0)
    errors.studyWeekdays = 'Choose at least one day of the week to study on.'
  if (goal.blackouts.some((b) => b.end < b.start)) {
    errors.blackouts = 'A blackout must end on or after its first day.'
  }
  if (!(goal.minutesPerPage > 0) || goal.minutesPerPage > 60) {
    errors.minutesPerPage = 'Minutes per page must be between 0.1 and 60.'
  }
  return errors
}

/** What is wrong with a blackout about to be added, and in which field; undefined when it can be. */
export function blackoutProblem(
  start: string,
  end: string,
  label: string,
): { field: 'dates' | 'label'; message: string } | undefined {
  if (!isIsoDay(start) || !isIsoDay(end))
    return { field: 'dates', message: 'Enter both the first and the last day.' }
  if (end < start)
    return { field: 'dates', message: 'The last day must be on or after the first day.' }
  const tooLong = lengthProblem('blackout labels', label.trim())
  return tooLong ? { field: 'label', message: tooLong } : undefined
}

export const ReminderSettings = z.object({
  enabled: z.boolean(),
  /** Local time "HH:mm". */
  time: z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/)),
})
export type ReminderSettings = z.infer<typeof ReminderSettings>
export const REMINDER_SETTINGS_KEY = 'plan.reminders'
export const REMINDER_LAST_DAY_KEY = 'plan.lastRemindedDay'
export const defaultReminderSettings: ReminderSettings = { enabled: false, time: '19:00' }
