import { formatCount, numberFormat } from './numbers'

/** Durations are whole minutes; this is the one place that turns them into text. */

/** "12 h 30 min", "45 min", "0 min"; hours grouped as every count is ("1,250 h"). */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes)
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  if (hours === 0) return `${rest} min`
  const h = formatCount(hours)
  return rest === 0 ? `${h} h` : `${h} h ${rest} min`
}

/** Minutes as hours with at most one decimal, grouped in the user's locale ("4.5 h", "1,234 h"). */
export function formatHours(minutes: number, locale?: string): string {
  const formatter = numberFormat(locale, { maximumFractionDigits: 1 })
  return `${formatter.format(Math.round((minutes / 60) * 10) / 10)} h`
}
