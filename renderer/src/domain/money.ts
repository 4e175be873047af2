/** Money is integer minor units plus an ISO 4217 code; floats never hold an amount. */

// Building an Intl.NumberFormat costs far more than formatting with one, and ledgers and
// summaries format hundreds of amounts per render: keep one per locale + currency.
const moneyFormatters = new Map<string, Intl.NumberFormat>()

function moneyFormatter(
  locale: string | undefined,
  currency: string,
  whole = false,
): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}|${whole}`
  let formatter = moneyFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.NumberFormat(
      locale,
      whole
        ? { style: 'currency', currency, minimumFractionDigits: 0, maximumFractionDigits: 0 }
        : { style: 'currency', currency },
    )
    moneyFormatters.set(key, formatter)
  }
  return formatter
}

const digitsByCurrency = new Map<string, number>()

/** How many minor-unit digits a currency uses (USD 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  // resolvedOptions() builds an object per call, and every formatted amount asks.
  let digits = digitsByCurrency.get(currency)
  if (digits === undefined) {
    digits = moneyFormatter('en', currency).resolvedOptions().maximumFractionDigits ?? 2
    digitsByCurrency.set(currency, digits)
  }
  return digits
}

export function formatMoney(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency)
  return moneyFormatter(locale, currency).format(amountMinor / 10 ** digits)
}

/** An amount rounded to whole units ("$1,200"), for chart axes where cents are noise. */
export function formatWholeMoney(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency)
  return moneyFormatter(locale, currency, true).format(amountMinor / 10 ** digits)
}

/** The marks a locale writes numbers with: "." and "," in en-US, "," and "." in de-DE. */
export function numberMarks(locale?: string): { decimal: string; group: string } {
  const parts = new Intl.NumberFormat(locale).formatToParts(1234567.5)
  return {
    decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
    group: parts.find((part) => part.type === 'group')?.value ?? ',',
  }
}

export type MoneyReading =
  | { ok: true; amountMinor: number }
  | {
      ok: false
      error: string
      /** When the text reads two ways ("1.250" in French): both readings, to ask which. */
      choices?: [number, number]
    }

// Grouping: 1,234,567 (groups of 3) or 12,34,567 (India, groups of 2 then 3).
const GROUPED = /^\d{1,3}(?:[.,]\d{2,3})*[.,]\d{3}$/

/**
 * Reads an amount the way the user's locale writes it ("12,50" in German is 12.50; "1,250.00" in
 * English is 1250) into integer minor units. The other decimal mark is accepted where it cannot
 * be a thousands separator ("12,50" in English); text that reads two ways gets both readings back
 * as `choices`, never a silent guess. Exact decimal arithmetic on the digits: no float rounding.
 */
export function parseMoneyInput(text: string, currency: string, locale?: string): MoneyReading {
  const { decimal, group } = numberMarks(locale)
  // Spaces, no-break spaces and apostrophes only ever group digits (fr-FR, de-CH).
  const cleaned = text.trim().replace(/[\s\u00a0\u202f'’]/g, '')
  if (cleaned === '') return { ok: false, error: 'Enter an amount.' }
  if (cleaned.startsWith('-')) return { ok: false, error: 'An amount cannot be negative.' }
  const example = `Enter a number, like ${minorToInput(4999, 'USD', locale)}.`
  if (!/^\d[\d.,]*$/.test(cleaned) || /[.,]$/.test(cleaned)) return { ok: false, error: example }
  const marks = cleaned.replace(/\d/g, '')
  let whole: string
  let fraction = ''
  if (marks === '') {
    whole = cleaned
  } else if (new Set(marks).size === 2) {
    // Both marks: the last one is the decimal mark, the other groups digits.
    const decimalMark = marks[marks.length - 1]!
    const at = cleaned.lastIndexOf(decimalMark)
    const head = cleaned.slice(0, at)
    if (head.includes(decimalMark) || !(/^\d+$/.test(head) || GROUPED.test(head))) {
      return { ok: false, error: example }
    }
    whole = head.replace(/[.,]/g, '')
    fraction = cleaned.slice(at + 1)
  } else if (marks.length > 1) {
    // One mark, several times: it groups digits.
    if (!GROUPED.test(cleaned)) return { ok: false, error: example }
    whole = cleaned.replace(/[.,]/g, '')
  } else {
    const mark = marks
    const [head = '', tail = ''] = cleaned.split(mark)
    const asDecimal = { whole: head, fraction: tail }
    const asGroup = { whole: head + tail, fraction: '' }
    const canGroup = tail.length === 3 && head.length <= 3
    let reading: { whole: string; fraction: string }
    if (mark === decimal || !canGroup) reading = asDecimal
    else if (mark === group) reading = asGroup
    else {
      // Neither of the locale's marks, and both readings make sense: ask.
      const a = toMinor(asDecimal.whole, asDecimal.fraction, currency)
      const b = toMinor(asGroup.whole, asGroup.fraction, currency)
      if (a.ok && b.ok) {
        return {
          ok: false,
          error: `Did you mean ${formatMoney(a.amountMinor, currency, locale)} or ${formatMoney(b.amountMinor, currency, locale)}? Choose one.`,
          choices: [a.amountMinor, b.amountMinor],
        }
      }
      reading = a.ok ? asDecimal : asGroup
    }
    whole = reading.whole
    fraction = reading.fraction
  }
  return toMinor(whole, fraction, currency)
}

function toMinor(whole: string, given: string, currency: string): MoneyReading {
  const digits = minorDigits(currency)
  // Zeros past the currency's digits change nothing ("1.250" is 1.25).
  const fraction = /^0*$/.test(given.slice(digits)) ? given.slice(0, digits) : given
  if (fraction.length > digits) {
    return {
      ok: false,
      error:
        digits === 0
          ? `${currency} amounts have no decimal places.`
          : `${currency} amounts have at most ${digits} decimal places.`,
    }
  }
  const amountMinor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  if (!Number.isSafeInteger(amountMinor) || amountMinor > 100_000_000_00) {
    return { ok: false, error: 'That amount is too large.' }
  }
  return { ok: true, amountMinor }
}

/**
 * Minor units back to the plain decimal text a form shows, with the locale's decimal mark and no
 * grouping ("49.99", "49,99"), so the money reader reads it back the same.
 */
export function minorToInput(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency)
  if (digits === 0) return String(amountMinor)
  const whole = Math.floor(amountMinor / 10 ** digits)
  const fraction = String(amountMinor % 10 ** digits).padStart(digits, '0')
  return `${whole}${locale === undefined ? '.' : numberMarks(locale).decimal}${fraction}`
}

export function isKnownCurrency(code: string): boolean {
  return /^[A-Z]{3}$/.test(code) && Intl.supportedValuesOf('currency').includes(code)
}

/** The largest amount, in major units, a person plausibly records for study costs. */
export const SANE_MAJOR_CEILING = 1_000_000

/**
 * parseMoneyInput plus the checks a ledger needs: more than zero and not absurd
 * (over SANE_MAJOR_CEILING in major units). The message says what to do.
 */
export function parseLedgerAmount(text: string, currency: string, locale?: string): MoneyReading {
  if (!isKnownCurrency(currency)) return { ok: false, error: unknownCurrencyMessage(currency) }
  const parsed = parseMoneyInput(text, currency, locale)
  if (!parsed.ok) return parsed
  if (parsed.amountMinor === 0) return { ok: false, error: 'Enter an amount greater than zero.' }
  if (parsed.amountMinor > SANE_MAJOR_CEILING * 10 ** minorDigits(currency)) {
    return {
      ok: false,
      error: `That is more than ${SANE_MAJOR_CEILING.toLocaleString(locale)} ${currency}; check the amount (a typo?).`,
    }
  }
  return parsed
}

export function unknownCurrencyMessage(code: string): string {
  return `"${code}" is not a currency code Bastion knows. Use a three-letter ISO 4217 code such as USD, EUR or GBP.`
}

/** Sums amounts per currency; currencies are never added together. */
export function totalsByCurrency(
  items: readonly { amountMinor: number; currency: string }[],
): Map<string, number> {
  const totals = new Map<string, number>()
  for (const item of items) {
    totals.set(item.currency, (totals.get(item.currency) ?? 0) + item.amountMinor)
  }
  return new Map([...totals].sort(([a], [b]) => a.localeCompare(b)))
}

/** Rounds a fractional minor-unit value half away from zero (12.5 → 13, -12.5 → -13). */
export function roundMinor(value: number): number {
  return Math.sign(value) * Math.round(Math.abs(value))
}

/** Multiplies an amount by a factor (a share, a quantity) and rounds to whole minor units. */
export function multiplyMinor(amountMinor: number, factor: number): number {
  return roundMinor(amountMinor * factor)
}

/** Splits an amount into parts that add back up exactly (the first parts take the remainder). */
export function splitMinor(amountMinor: number, parts: number): number[] {
  if (!Number.isInteger(parts) || parts <= 0) return []
  const base = Math.floor(amountMinor / parts)
  const remainder = amountMinor - base * parts
  return Array.from({ length: parts }, (_, index) => base + (index < remainder ? 1 : 0))
}

/** Totals per currency, formatted and joined: "$1,000.00 · €50.00". */
export function formatTotals(totals: Map<string, number>, locale?: string): string {
  return [...totals].map(([currency, minor]) => formatMoney(minor, currency, locale)).join(' · ')
}
