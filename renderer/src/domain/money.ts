/** Money is integer minor units plus an ISO 4217 code; floats never hold an amount. */

/** How many minor-unit digits a currency uses (USD 2, JPY 0, BHD 3). */
export function minorDigits(currency: string): number {
  return (
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2
  )
}

export function formatMoney(amountMinor: number, currency: string, locale?: string): string {
  const digits = minorDigits(currency)
  return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(
    amountMinor / 10 ** digits,
  )
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
