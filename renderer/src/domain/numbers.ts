/**
 * The one way a count is shown: grouped in the user's locale ("5,000" in en-US, "5.000" in
 * de-DE), so "5000 entries" never stands beside "3,888 results".
 */

// Building an Intl.NumberFormat costs far more than formatting with one, and lists format
// hundreds of figures per render: keep one per locale + options.
const numberFormatters = new Map<string, Intl.NumberFormat>()

/** The shared number formatter for a locale (undefined: the user's) and options. */
export function numberFormat(
  locale: string | undefined,
  options: Intl.NumberFormatOptions,
): Intl.NumberFormat {
  const key = `${locale ?? ''}|${JSON.stringify(options)}`
  let formatter = numberFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, options)
    numberFormatters.set(key, formatter)
  }
  return formatter
}

// Counts are the most frequent figure (the Dashboard's heatmap formats two per day, 742 in all):
// their formatter is found by locale alone, without building the options' key each time.
const countFormatters = new Map<string | undefined, Intl.NumberFormat>()

/** A whole count in the user's locale (or `locale`): 5000 → "5,000". */
export function formatCount(n: number, locale?: string): string {
  let formatter = countFormatters.get(locale)
  if (!formatter) {
    formatter = numberFormat(locale, { maximumFractionDigits: 0 })
    countFormatters.set(locale, formatter)
  }
  return formatter.format(n)
}

/** A count with its noun: (1, 'entry', 'entries') → "1 entry"; 5000 → "5,000 entries". */
export function countOf(n: number, one: string, many: string, locale?: string): string {
  return `${formatCount(n, locale)} ${n === 1 ? one : many}`
}
