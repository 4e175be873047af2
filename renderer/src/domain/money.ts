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

/**
 * Parses what a person types ("12", "12.5", "1,234.56") into integer minor units, or explains
 * why not. Exact decimal arithmetic on the digits: no float rounding.
 */
export function parseMoneyInput(
  text: string,
  currency: string,
): { ok: true; amountMinor: number } | { ok: false; error: string } {
  const cleaned = text.trim().replace(/[,\s]/g, '')
  if (cleaned === '') return { ok: false, error: 'Enter an amount.' }
  if (cleaned.startsWith('-')) return { ok: false, error: 'An amount cannot be negative.' }
  const digits = minorDigits(currency)
  const match = /^(\d+)(?:\.(\d*))?$/.exec(cleaned)
  if (!match) return { ok: false, error: 'Enter a number, like 49.99.' }
  const [, whole = '0', fraction = ''] = match
  if (fraction.length > digits) {
    return { ok: false, error: `${currency} amounts have at most ${digits} decimal places.` }
  }
  const amountMinor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0')
  if (!Number.isSafeInteger(amountMinor) || amountMinor > 100_000_000_00) {
    return { ok: false, error: 'That amount is too large.' }
  }
  return { ok: true, amountMinor }
}

/** Minor units back to the plain decimal text a form shows ("49.99"). */
export function minorToInput(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency)
  if (digits === 0) return String(amountMinor)
  const whole = Math.floor(amountMinor / 10 ** digits)
  const fraction = String(amountMinor % 10 ** digits).padStart(digits, '0')
  return `${whole}.${fraction}`
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
export function parseLedgerAmount(
  text: string,
  currency: string,
): { ok: true; amountMinor: number } | { ok: false; error: string } {
  if (!isKnownCurrency(currency)) return { ok: false, error: unknownCurrencyMessage(currency) }
  const parsed = parseMoneyInput(text, currency)
  if (!parsed.ok) return parsed
  if (parsed.amountMinor === 0) return { ok: false, error: 'Enter an amount greater than zero.' }
  if (parsed.amountMinor > SANE_MAJOR_CEILING * 10 ** minorDigits(currency)) {
    return {
      ok: false,
      error: `That is more than ${SANE_MAJOR_CEILING.toLocaleString('en')} ${currency}; check the amount (a typo?).`,
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
