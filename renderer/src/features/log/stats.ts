import { format } from 'date-fns'
import type { IsoDay } from '../../db/records'

/**
 * Study statistics on calendar days. Everything works on `yyyy-MM-dd` strings with UTC
 * arithmetic, so a day is always one day: daylight-saving changes and the machine's time zone
 * cannot shift or drop a day. A session's day is its local date when it was studied.
 */

const DAY_MS = 86_400_000

export type MinutesByDay = ReadonlyMap<IsoDay, number>

export function addDaysIso(day: IsoDay, days: number): IsoDay {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday, for a calendar day. */
export function weekdayOf(day: IsoDay): number {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number]
  return new Date(Date.UTC(year, month - 1, date)).getUTCDay()
}

/** The local calendar day an instant falls on (a timer started at 23:50 counts for that day). */
export function localDayOf(instant: number): IsoDay {
  return format(new Date(instant), 'yyyy-MM-dd')
}

export interface Streak {
  /** Consecutive qualifying days ending today, or yesterday when today has not qualified yet. */
  current: number
  longest: number
  /** Whether today already counts (so the user knows the streak is safe). */
  todayCounts: boolean
}

/** Days since 1970-01-01 for a calendar day: consecutive days are consecutive numbers. */
function dayNumber(day: IsoDay): number {
  return (
    Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) /
    DAY_MS
  )
}

/**
 * Days with at least `minimumMinutes` of study, counted on calendar days. Linear in the days
 * studied (years of daily study stay cheap): each run is walked once, from its first day.
 */
export function streakOf(byDay: MinutesByDay, today: IsoDay, minimumMinutes: number): Streak {
  const minimum = Math.max(1, minimumMinutes)
  const qualifying = new Set<number>()
  for (const [day, minutes] of byDay) {
    if (day <= today && minutes >= minimum) qualifying.add(dayNumber(day))
  }
  const todayNumber = dayNumber(today)
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

/** 0 = Sunday … 6 = Saturday, as date-fns' weekStartsOn. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6

// Regions whose week starts on Sunday (CLDR), for engines without Intl.Locale weekInfo.
const sundayRegions = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
)
const saturdayRegions = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '))

/** The first day of the week in a locale: Intl.Locale weekInfo, else a CLDR region table. */
export function weekStartFor(locale: string): WeekStart {
  try {
    const intlLocale = new Intl.Locale(locale) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const info = intlLocale.getWeekInfo?.() ?? intlLocale.weekInfo
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return (info.firstDay % 7) as WeekStart
    const region = intlLocale.maximize().region ?? ''
    if (sundayRegions.has(region)) return 0
    if (saturdayRegions.has(region)) return 6
    return 1
  } catch {
    return 1
  }
}

export function startOfWeekIso(day: IsoDay, weekStart: WeekStart): IsoDay {
  const back = (weekdayOf(day) - weekStart + 7) % 7
  return addDaysIso(day, -back)
}

export function minutesBetween(byDay: MinutesByDay, from: IsoDay, to: IsoDay): number {
  let total = 0
  for (let day = from; day <= to; day = addDaysIso(day, 1)) total += byDay.get(day) ?? 0
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
  const firstMs = dayNumber(first) * DAY_MS
  const columns: HeatmapDay[][] = []
  for (let column = 0; column < weeks; column += 1) {
    const days: HeatmapDay[] = []
    for (let row = 0; row < 7; row += 1) {
      const day = new Date(firstMs + (column * 7 + row) * DAY_MS).toISOString().slice(0, 10)
      if (day > today) break
      const minutes = byDay.get(day) ?? 0
      days.push({ day, minutes, level: levelOf(minutes) })
    }
    columns.push(days)
  }
  return columns
}

/** "1 h 30 min", "45 min", "0 min". */
export function formatMinutes(minutes: number): string {
  const whole = Math.round(minutes)
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

/** Built once: toLocaleString with options builds a formatter on every call. */
const oneDecimal = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 })

/** Hours with one decimal for totals: "4.5 h". */
export function formatHours(minutes: number): string {
  const hours = Math.round((minutes / 60) * 10) / 10
  return `${oneDecimal.format(hours)} h`
}
