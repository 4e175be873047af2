/** Durations are whole minutes; this is the one place that turns them into text. */

/** "12 h 30 min", "45 min", "0 min". */
export function formatMinutes(minutes: number): string {
  const rounded = Math.round(minutes)
  const hours = Math.floor(rounded / 60)
  const rest = rounded % 60
  if (hours === 0) return `${rest} min`
  return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`
}

// Built once per locale: toLocaleString with options builds a formatter on every call.
const oneDecimal = new Map<string, Intl.NumberFormat>()

/** Minutes as hours with at most one decimal, grouped in the user's locale ("4.5 h", "1,234 h"). */
export function formatHours(minutes: number, locale?: string): string {
  const key = locale ?? ''
  let formatter = oneDecimal.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 })
    oneDecimal.set(key, formatter)
  }
  return `${formatter.format(Math.round((minutes / 60) * 10) / 10)} h`
}
