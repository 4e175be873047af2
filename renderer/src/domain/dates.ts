import { format, isValid, parseISO } from 'date-fns'

/** Calendar days are ISO `yyyy-MM-dd` strings, read as local dates (never shifted by time zone). */
export function parseIsoDay(day: string): Date {
  return parseISO(day)
}

export function toIsoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd')
}

export function todayIso(now: Date = new Date()): string {
  return toIsoDay(now)
}

export function isIsoDay(value: unknown): value is string {
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(value) &&
    isValid(parseISO(value)) &&
    toIsoDay(parseISO(value)) === value
  )
}

/** Formats a calendar day in the user's locale, at the edge only. */
export function formatIsoDay(
  day: string,
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
