import { parseISO } from 'date-fns'
import { daysBetween, toIsoDay } from '../../domain/dates'

/** One item of the ordered path, as the scheduler sees it. */
export interface SchedulerItem {
  id: string
  resourceId: string
  title: string
  /** Minutes still to study; null when the item has no estimate yet (it is left out, and said so). */
  remainingMinutes: number | null
  /** Do not start before this day. */
  targetStart?: string
  /** Finish by this day (inclusive). */
  targetFinish?: string
}

export interface BlackoutRange {
  start: string
  end: string
  label?: string
}

export interface Availability {
  weeklyMinutes: number
  /** 0 = Sunday … 6 = Saturday. */
  studyWeekdays: readonly number[]
  blackouts: readonly BlackoutRange[]
  /** Minutes already studied today: today's capacity shrinks by this much. */
  usedTodayMinutes?: number
}

export interface ScheduleInput {
  items: readonly SchedulerItem[]
  availability: Availability
  /** Re-planning always starts here. */
  today: string
  /** How far ahead to look before giving up (days); 5 years by default. */
  horizonDays?: number
}

export interface StudyBlock {
  date: string
  itemId: string
  resourceId: string
  title: string
  minutes: number
}

export interface ItemForecast {
  itemId: string
  resourceId: string
  title: string
  remainingMinutes: number | null
  start: string | null
  finish: string | null
  /** Days the forecast finish falls after the item's target finish (0 when on time). */
  lateByDays: number
  /** Minutes that found no room within the horizon. */
  unscheduledMinutes: number
}

export interface Schedule {
  blocks: StudyBlock[]
  items: ItemForecast[]
  /** The last day with a block, or null when nothing is scheduled. */
  finish: string | null
  totalRemainingMinutes: number
  /** Set when the availability leaves no study time at all, or the path does not fit the horizon. */
  problem: 'no-capacity' | 'beyond-horizon' | null
}

export const DEFAULT_HORIZON_DAYS = 5 * 366

/** Minutes per weekday (index 0 = Sunday), spreading the weekly total over the study days exactly. */
export function dailyCapacity(weeklyMinutes: number, studyWeekdays: readonly number[]): number[] {
  const days = [...new Set(studyWeekdays)].filter((d) => d >= 0 && d <= 6).sort((a, b) => a - b)
  const capacity = [0, 0, 0, 0, 0, 0, 0]
  const total = Math.max(0, Math.floor(weeklyMinutes))
  if (days.length === 0 || total === 0) return capacity
  const base = Math.floor(total / days.length)
  const extra = total % days.length
  days.forEach((day, index) => (capacity[day] = base + (index < extra ? 1 : 0)))
  return capacity
}

function isBlackedOut(day: string, blackouts: readonly BlackoutRange[]): boolean {
  for (const range of blackouts) if (day >= range.start && day <= range.end) return true
  return false
}

/** Study minutes per day from today over the horizon (index 0 = today). */
export function capacityByDay(input: ScheduleInput): { days: string[]; minutes: number[] } {
  const horizon = input.horizonDays ?? DEFAULT_HORIZON_DAYS
  const perWeekday = dailyCapacity(
    input.availability.weeklyMinutes,
    input.availability.studyWeekdays,
  )
  const days: string[] = []
  const minutes: number[] = []
  const date = parseISO(input.today)
  for (let i = 0; i < horizon; i++) {
    const day = toIsoDay(date)
    days.push(day)
    let capacity = isBlackedOut(day, input.availability.blackouts) ? 0 : perWeekday[date.getDay()]!
    if (i === 0) capacity = Math.max(0, capacity - (input.availability.usedTodayMinutes ?? 0))
    minutes.push(capacity)
    date.setDate(date.getDate() + 1)
  }
  return { days, minutes }
}

interface Pending {
  index: number
  item: SchedulerItem
  remaining: number
}

/**
 * Splits the remaining minutes of an ordered path into dated blocks, day by day from today.
 * The path order decides, except that an item with a target finish goes first as soon as the
 * deadlines still ahead would otherwise not fit (earliest deadline first). An item never starts
 * before its target start; later items fill the gap meanwhile. Pure: no clock, no storage.
 */
export function scheduleStudy(input: ScheduleInput): Schedule {
  const forecasts: ItemForecast[] = input.items.map((item) => ({
    itemId: item.id,
    resourceId: item.resourceId,
    title: item.title,
    remainingMinutes: item.remainingMinutes,
    start: null,
    finish: null,
    lateByDays: 0,
    unscheduledMinutes: Math.max(0, item.remainingMinutes ?? 0),
  }))
  const pending: Pending[] = []
  input.items.forEach((item, index) => {
    const remaining = Math.max(0, Math.round(item.remainingMinutes ?? 0))
    if (remaining > 0) pending.push({ index, item, remaining })
  })
  const totalRemainingMinutes = pending.reduce((sum, p) => sum + p.remaining, 0)
  const blocks: StudyBlock[] = []
  if (pending.length === 0) {
    return { blocks, items: forecasts, finish: null, totalRemainingMinutes, problem: null }
  }

  const { days, minutes } = capacityByDay(input)
  // prefix[i] = capacity before day i: the capacity between two days in O(1), for deadline slack.
  const prefix = new Array<number>(days.length + 1)
  prefix[0] = 0
  for (let i = 0; i < days.length; i++) prefix[i + 1] = prefix[i]! + minutes[i]!
  if (prefix[days.length] === 0) {
    return { blocks, items: forecasts, finish: null, totalRemainingMinutes, problem: 'no-capacity' }
  }

  const deadlineIndex = (day: string) => Math.min(days.length - 1, daysBetween(input.today, day))
  const withDeadline = pending
    .filter((p) => p.item.targetFinish)
    .map((p) => ({ p, last: deadlineIndex(p.item.targetFinish!) }))
    .sort((a, b) => a.last - b.last || a.p.index - b.p.index)
  const startIndex = new Map(
    pending.map((p) => [p, p.item.targetStart ? daysBetween(input.today, p.item.targetStart) : 0]),
  )

  let left = pending.length
  let cursor = 0 // first unfinished item in path order
  for (let d = 0; d < days.length && left > 0; d++) {
    let capacity = minutes[d]!
    while (capacity > 0 && left > 0) {
      const chosen =
        urgentItem(withDeadline, d, prefix, startIndex) ??
        nextInOrder(pending, cursor, d, startIndex)
      if (!chosen) break
      const take = Math.min(capacity, chosen.remaining)
      chosen.remaining -= take
      capacity -= take
      blocks.push({
        date: days[d]!,
        itemId: chosen.item.id,
        resourceId: chosen.item.resourceId,
        title: chosen.item.title,
        minutes: take,
      })
      const forecast = forecasts[chosen.index]!
      forecast.start ??= days[d]!
      forecast.unscheduledMinutes = chosen.remaining
      if (chosen.remaining === 0) {
        forecast.finish = days[d]!
        left--
        while (cursor < pending.length && pending[cursor]!.remaining === 0) cursor++
      }
    }
  }

  let finish: string | null = null
  for (let i = 0; i < forecasts.length; i++) {
    const forecast = forecasts[i]!
    if (forecast.finish && (!finish || forecast.finish > finish)) finish = forecast.finish
    const target = input.items[i]!.targetFinish
    if (target && forecast.finish && forecast.finish > target) {
      forecast.lateByDays = daysBetween(target, forecast.finish)
    }
  }
  return {
    blocks,
    items: forecasts,
    finish: left > 0 ? null : finish,
    totalRemainingMinutes,
    problem: left > 0 ? 'beyond-horizon' : null,
  }
}

/** The first unfinished item in path order that may start today. */
function nextInOrder(
  pending: Pending[],
  cursor: number,
  day: number,
  startIndex: Map<Pending, number>,
): Pending | undefined {
  for (let i = cursor; i < pending.length; i++) {
    const p = pending[i]!
    if (p.remaining > 0 && startIndex.get(p)! <= day) return p
  }
  return undefined
}

/**
 * Earliest-deadline item when the deadlines ahead leave no slack: for some deadline, the minutes
 * still owed to items due by then reach the capacity left until then.
 */
function urgentItem(
  withDeadline: { p: Pending; last: number }[],
  day: number,
  prefix: number[],
  startIndex: Map<Pending, number>,
): Pending | undefined {
  let owed = 0
  let tight = false
  for (const { p, last } of withDeadline) {
    // An overdue item cannot be saved by going first; it keeps its place in the path.
    if (p.remaining === 0 || last < day) continue
    owed += p.remaining
    if (owed >= prefix[last + 1]! - prefix[day]!) {
      tight = true
      break
    }
  }
  if (!tight) return undefined
  for (const { p, last } of withDeadline) {
    if (p.remaining > 0 && last >= day && startIndex.get(p)! <= day) return p
  }
  return undefined
}
