import {
  addDaysIso,
  consecutiveDays,
  dayIndex,
  daysBetween,
  startOfWeekIso,
  type IsoDay,
  type WeekStart,
} from '../../domain/dates'

/**
 * Study statistics on calendar days (`yyyy-MM-dd`, arithmetic in domain/dates). A session's day
 * is its local date when it was studied.
 */

export type MinutesByDay = ReadonlyMap<IsoDay, number>

export interface Streak {
  /** Consecutive qualifying days ending today, or yesterday when today has not qualified yet. */
  current: number
  longest: number
  /** Whether today already counts (so the user knows the streak is safe). */
  todayCounts: boolean
}

/**
 * Days with at least `minimumMinutes` of study, counted on calendar days. Linear in the days
 * studied (years of daily study stay cheap): each run is walked once, from its first day.
 */
export function streakOf(byDay: MinutesByDay, today: IsoDay, minimumMinutes: number): Streak {
  const minimum = Math.max(1, minimumMinutes)
  const qualifying = new Set<number>()
  for (const [day, minutes] of byDay) {
    if (day <= today && minutes >= minimum) qualifying.add(dayIndex(day))
  }
  const todayNumber = dayIndex(today)
  const todayCounts = qualifying.has(todayNumber)
  let current = 0
  for (let day = todayCounts ? todayNumber : todayNumber - 1; qualifying.has(day); day -= 1) {
    current += 1
  }
  let longest = 0
  for (const first of qualifying) {
    if (qualifying.has(first - 1)) continue
    let run = 1
    while (qualifying.has(first + run)) run += 1
    longest = Math.max(longest, run)
  }
  return { current, longest, todayCounts }
}

export function minutesBetween(byDay: MinutesByDay, from: IsoDay, to: IsoDay): number {
  let total = 0
  for (const day of consecutiveDays(from, daysBetween(from, to) + 1)) total += byDay.get(day) ?? 0
  return total
}

/** Minutes from the start of this week up to today. */
export function minutesThisWeek(byDay: MinutesByDay, today: IsoDay, weekStart: WeekStart): number {
  return minutesBetween(byDay, startOfWeekIso(today, weekStart), today)
}

export interface WeekTotal {
  weekStart: IsoDay
  minutes: number
}

/** The last `weeks` weeks, oldest first, the current (partial) week last. */
export function weeklyTotals(
  byDay: MinutesByDay,
  today: IsoDay,
  weekStart: WeekStart,
  weeks = 12,
): WeekTotal[] {
  const thisWeek = startOfWeekIso(today, weekStart)
  const totals: WeekTotal[] = []
  for (let index = weeks - 1; index >= 0; index -= 1) {
    const start = addDaysIso(thisWeek, -7 * index)
    totals.push({ weekStart: start, minutes: minutesBetween(byDay, start, addDaysIso(start, 6)) })
  }
  return totals
}

export interface HeatmapDay {
  day: IsoDay
  minutes: number
  level: 0 | 1 | 2 | 3 | 4
}

export const heatmapLevels = [
  { level: 0, label: 'No study' },
  { level: 1, label: 'Under 30 minutes' },
  { level: 2, label: '30 to 59 minutes' },
  { level: 3, label: '1 to 2 hours' },
  { level: 4, label: '2 hours or more' },
] as const

export function levelOf(minutes: number): HeatmapDay['level'] {
  if (minutes <= 0) return 0
  if (minutes < 30) return 1
  if (minutes < 60) return 2
  if (minutes < 120) return 3
  return 4
}

/**
 * Columns of weeks (each starting on the locale's first weekday), the last one holding today;
 * days after today are left out. 53 columns cover the last 12 months.
 */
export function heatmapWeeks(
  byDay: MinutesByDay,
  today: IsoDay,
  weekStart: WeekStart,
  weeks = 53,
): HeatmapDay[][] {
  const first = addDaysIso(startOfWeekIso(today, weekStart), -7 * (weeks - 1))
  const calendar = consecutiveDays(first, weeks * 7)
  return Array.from({ length: weeks }, (_, column) =>
    calendar
      .slice(column * 7, column * 7 + 7)
      .filter((day) => day <= today)
      .map((day) => {
        const minutes = byDay.get(day) ?? 0
        return { day, minutes, level: levelOf(minutes) }
      }),
  )
}
