import { addDays, addMonths, addYears, differenceInCalendarDays, isValid, parseISO } from 'date-fns'

/**
 * Calendar days are ISO `yyyy-MM-dd` strings, read as local dates at midnight (never shifted by
 * time zone). Arithmetic goes through date-fns on local dates, so a daylight-saving change never
 * moves or drops a day. This is the one home for day helpers: Log, Plan, Exam and Dashboard call
 * it.
 */
export type IsoDay = string

export function parseIsoDay(day: IsoDay): Date {
  return parseISO(day)
}

/** A local date's calendar day. Built from the local fields by hand: schedulers call it often. */
export function toIsoDay(date: Date): IsoDay {
  const month = date.getMonth() + 1
  const day = date.getDate()
  return `${date.getFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

export function todayIso(now: Date = new Date()): IsoDay {
  return toIsoDay(now)
}

/** The local calendar day an instant falls on (a timer started at 23:50 counts for that day). */
export function localDayOf(instant: number): IsoDay {
  return toIsoDay(new Date(instant))
}

export function isIsoDay(value: unknown): value is IsoDay {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    isValid(parseISO(value)) &&
    toIsoDay(parseISO(value)) === value
  )
}

export function addDaysIso(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addDays(parseISO(day), amount))
}

/**
 * `count` consecutive calendar days from `first`: one date parse for the lot, not one per day
 * (the Dashboard's heatmap walks 371 days on every render).
 */
export function consecutiveDays(first: IsoDay, count: number): IsoDay[] {
  const start = parseISO(first)
  return Array.from({ length: Math.max(0, count) }, (_, index) => toIsoDay(addDays(start, index)))
}

/**
 * Days since 1970-01-01 (consecutive days are consecutive numbers), the same as
 * `daysBetween('1970-01-01', day)`. Read from the string by hand, on the UTC calendar where
 * every day is 24 hours: the streak numbers every day ever studied on each Dashboard render, and
 * date-fns' parse took most of that render with five years of history.
 */
export function dayIndex(day: IsoDay): number {
  const date = new Date(0)
  date.setUTCFullYear(
    Number(day.slice(0, 4)),
    Number(day.slice(5, 7)) - 1,
    Number(day.slice(8, 10)),
  )
  return Math.round(date.getTime() / 86_400_000)
}

/** Whole calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDay, to: IsoDay): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(day: IsoDay): number {
  return parseISO(day).getDay()
}

/** 0 = Sunday … 6 = Saturday, as date-fns' weekStartsOn. */
export type WeekStart = 0 | 1 | 2 | 3 | 4 | 5 | 6

/** The first day of the week containing `day`, for a week starting on `weekStart`. */
export function startOfWeekIso(day: IsoDay, weekStart: number): IsoDay {
  const offset = (weekdayOf(day) - weekStart + 7) % 7
  return addDaysIso(day, -offset)
}

export function startOfMonthIso(day: IsoDay): IsoDay {
  return `${day.slice(0, 7)}-01`
}

export function addMonthsIso(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addMonths(parseISO(day), amount))
}

/** A year later keeps the day where it exists (2028-02-29 plus one year is 2029-02-28). */
export function addYearsIso(day: IsoDay, amount: number): IsoDay {
  return toIsoDay(addYears(parseISO(day), amount))
}

/** `yyyy-MM` months from `from` to `to`, both included, with no gaps (empty months too). */
export function monthsBetween(from: string, to: string): string[] {
  const months: string[] = []
  if (!(from <= to)) return months
  for (let day = `${from}-01`; day.slice(0, 7) <= to; day = addMonthsIso(day, 1)) {
    months.push(day.slice(0, 7))
  }
  return months
}

// Regions whose week starts on Sunday or Saturday (CLDR), for engines without Intl weekInfo.
const sundayRegions = new Set(
  'AG AS BD BR BS BT BW BZ CA CN CO DM DO ET GT GU HK HN ID IL IN JM JP KE KH KR LA MH MM MO MT MX MZ NI NP PA PE PH PK PR PT PY SA SG SV TH TT TW UM US VE VI WS YE ZA ZW'.split(
    ' ',
  ),
)
const saturdayRegions = new Set('AE AF BH DJ DZ EG IQ IR JO KW LY OM QA SD SY'.split(' '))

/**
 * The first day of the week in a locale (the browser's when not given): Intl.Locale weekInfo,
 * else a CLDR region table, else Monday (ISO).
 */
export function weekStartFor(locale?: string): WeekStart {
  try {
    const tag = locale ?? (globalThis.navigator?.language || 'en-US')
    const intlLocale = new Intl.Locale(tag) as Intl.Locale & {
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

/** Formats a calendar day in the user's locale, at the edge only ("Dec 4, 2026"). */
export function formatIsoDay(
  day: IsoDay,
  locale?: string,
  options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' },
): string {
  if (!isIsoDay(day)) return day
  return dateFormatter(locale, options).format(parseIsoDay(day))
}

// Building an Intl.DateTimeFormat costs far more than formatting with one (about 0.5 ms each
// in Chromium), and lists format hundreds of days per render: keep one per locale + options.
const dateFormatters = new Map<string, Intl.DateTimeFormat>()

function dateFormatter(
  locale: string | undefined,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let formatter = dateFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options)
    dateFormatters.set(key, formatter)
  }
  return formatter
}
