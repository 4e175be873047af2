import { formatMoney, isKnownCurrency, minorToInput, parseMoneyInput } from '../domain/money'
import { TextField } from './TextField'

/** The user's locale, which decides how typed amounts are read and how figures are written. */
export function userLocale(): string {
  return globalThis.navigator?.language || 'en-US'
}

/**
 * An amount field that reads what the user typed in their locale and says what it understood
 * before anything is saved ("= €12.50"); text that reads two ways gets a question with both
 * readings as buttons, never a silent guess.
 */
export function MoneyField({
  label,
  value,
  onChange,
  currency,
  error,
  hint,
  locale = userLocale(),
}: {
  label: string
  value: string
  onChange: (value: string) => void
  currency: string
  error?: string
  hint?: string
  locale?: string
}) {
  const code = currency.trim().toUpperCase()
  const reading =
    value.trim() !== '' && isKnownCurrency(code) ? parseMoneyInput(value, code, locale) : null
  const understood = reading?.ok ? `= ${formatMoney(reading.amountMinor, code, locale)}` : null
  const problem = reading && !reading.ok ? reading : null
  const choices = problem?.choices
  return (
    <div className="money-field">
      <TextField
        label={label}
        inputMode="decimal"
        value={value}
        onChange={onChange}
        error={error ?? (choices ? problem?.error : undefined)}
        hint={[understood, hint].filter(Boolean).join(' · ') || undefined}
      />
      {choices ? (
        <div className="money-choices" role="group" aria-label={`What ${label} means`}>
          {choices.map((choice) => (
            <button
              key={choice}
              type="button"
              onClick={() => onChange(minorToInput(choice, code, locale))}
            >
              {formatMoney(choice, code, locale)}
            </button>
          ))}
        </div>
      ) : null}
    </div>
  )
}
