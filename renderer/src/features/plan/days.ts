import { addDays, differenceInCalendarDays, parseISO } from 'date-fns'

/**
 * Calendar-day helpers. Days are `yyyy-MM-dd` strings; arithmetic runs on local dates at
 * midnight through date-fns (setDate under the hood), so a daylight-saving change never moves a
 * day, and the string is rebuilt from the local fields, never from UTC milliseconds.
 */
export function dayKey(date: Date): string {
  const month = date.getMonth() + 1
  const day = date.getDate()
  return `${date.getFullYear()}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`
}

export function addDaysIso(day: string, amount: number): string {
  return dayKey(addDays(parseISO(day), amount))
}

export function daysBetween(from: string, to: string): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from))
}

/** 0 = Sunday … 6 = Saturday, like Date#getDay. */
export function weekdayOf(day: string): number {
  return parseISO(day).getDay()
}

/** The first day of the week containing `day`, for a week starting on `weekStartsOn`. */
export function startOfWeekIso(day: string, weekStartsOn: number): string {
  const offset = (weekdayOf(day) - weekStartsOn + 7) % 7
  return addDaysIso(day, -offset)
}

export function startOfMonthIso(day: string): string {
  return `${day.slice(0, 7)}-01`
}

export function addMonthsIso(monthStart: string, amount: number): string {
  const year = Number(monthStart.slice(0, 4))
  const month = Number(monthStart.slice(5, 7)) - 1 + amount
  const date = new Date(year, month, 1)
  return dayKey(date)
}

/** The user's first weekday from their locale (0 = Sunday), Monday when the browser cannot say. */
export function localeWeekStart(language?: string): number {
  try {
    const locale = new Intl.Locale(language ?? navigator.language) as Intl.Locale & {
      getWeekInfo?: () => { firstDay: number }
      weekInfo?: { firstDay: number }
    }
    const info = locale.getWeekInfo?.() ?? locale.weekInfo
    if (info && info.firstDay >= 1 && info.firstDay <= 7) return info.firstDay % 7
  } catch {
    // An unknown locale tag: fall through to the ISO default.
  }
  return 1
}
