import type { ExamAttemptRecord, SettingRecord } from '../../../db/records'
import { addYearsIso, formatIsoDay, isIsoDay } from '../../../domain/dates'
import { effectiveExamDate } from '../../../domain/exam-date'
import { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from '../../plan'
import { icsParser, icsRange, type IcsBlackout } from './ics-parse'
import type { ApplyContext, ImportedRef, ImportOptions, ParsedRow, RowFate } from './types'
import { defineFormat } from './types'

/** The Plan keeps at most this many blackouts (PlanGoal's schema). */
const MAX_BLACKOUTS = 200

type Blackout = PlanGoal['blackouts'][number]

export function goalOf(setting: SettingRecord | undefined): PlanGoal {
  const parsed = PlanGoal.safeParse(setting?.value)
  return parsed.success ? parsed.data : defaultPlanGoal
}

export const span = (b: { start: string; end: string }) =>
  b.start === b.end ? formatIsoDay(b.start) : `${formatIsoDay(b.start)} – ${formatIsoDay(b.end)}`

const named = (b: Blackout) => `${span(b)}${b.label ? ` (${b.label})` : ''}`

/**
 * The last day imported: the day the user chose, else the exam date, else a year after the
 * first day. The parser expanded further (it cannot read the exam date in its worker).
 */
export function lastImportDay(
  options: ImportOptions,
  examDate: string | null,
  today?: string,
): string {
  const { from } = icsRange(options, today)
  if (options.to?.trim()) return options.to.trim()
  if (examDate && examDate >= from) return examDate
  return isIsoDay(from) ? addYearsIso(from, 1) : from
}

/** One fate per row: already in the Plan, inside a blackout there, past the range, or new. */
export function planBlackouts(
  rows: readonly ParsedRow<IcsBlackout>[],
  existing: readonly Blackout[],
  lastDay: string,
): RowFate[] {
  const kept: Blackout[] = [...existing]
  let room = MAX_BLACKOUTS - existing.length
  return rows.map((row): RowFate => {
    const value = row.value
    if (row.error || !value) return { status: 'error', detail: row.error ?? 'Not readable.' }
    if (value.start > lastDay) {
      return {
        status: 'error',
        detail: `Starts after ${formatIsoDay(lastDay)}, the end of the range.`,
      }
    }
    const same = kept.find((b) => b.start === value.start && b.end === value.end)
    if (same) return { status: 'duplicate', detail: `Already in the Plan: ${named(same)}.` }
    const inside = kept.find((b) => b.start <= value.start && b.end >= value.end)
    if (inside) return { status: 'duplicate', detail: `Inside the blackout ${named(inside)}.` }
    if (room <= 0) {
      return {
        status: 'error',
        detail: `The Plan holds at most ${MAX_BLACKOUTS} blackouts; remove some or import a shorter range.`,
      }
    }
    room -= 1
    kept.push({ start: value.start, end: value.end, label: value.label })
    const repeats = value.occurrences > 1 ? `, ${value.occurrences} occurrences` : ''
    return { status: 'new', detail: `Blackout ${span(value)}${repeats}` }
  })
}

/** Calendar events become Plan blackouts: the goal setting gains them, in day order. */
export const icsFormat = defineFormat<IcsBlackout>({
  parser: icsParser,
  async plan(rows, lookup, options) {
    const [settings, attempts] = await Promise.all([
      lookup.rows<SettingRecord>('settings'),
      lookup.rows<ExamAttemptRecord>('attempts'),
    ])
    const goal = goalOf(settings.find((s) => s.key === PLAN_GOAL_KEY))
    const exam = effectiveExamDate(attempts, goal).date
    return planBlackouts(rows, goal.blackouts, lastImportDay(options, exam))
  },
  async apply(rows, context) {
    return addBlackouts(
      rows.flatMap((row) => (row.value ? [row.value] : [])),
      context,
    )
  },
})

/**
 * Adds blackouts to the Plan goal setting, in day order; the ref carries the setting as it was,
 * so undo can put it back.
 */
async function addBlackouts(
  added: readonly IcsBlackout[],
  { lookup, put }: ApplyContext,
): Promise<ImportedRef[]> {
  if (added.length === 0) return []
  const before = (await lookup.rows<SettingRecord>('settings')).find((s) => s.key === PLAN_GOAL_KEY)
  const goal = goalOf(before)
  const blackouts = [
    ...goal.blackouts,
    ...added.map(({ start, end, label }) => ({ start, end, label })),
  ].sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end))
  await put('settings', [{ key: PLAN_GOAL_KEY, value: { ...goal, blackouts } }])
  const shown = added.map(span).slice(0, 3).join('; ')
  return [
    {
      table: 'settings',
      id: PLAN_GOAL_KEY,
      label: `Plan blackouts: ${added.length} from a calendar (${shown}${added.length > 3 ? '; …' : ''})`,
      ...(before ? { before } : {}),
    },
  ]
}
