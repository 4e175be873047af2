import { useState, type FormEvent } from 'react'
import type { BudgetRecord } from '../../db/records'
import { formatMoney } from '../../domain/money'
import { parseLedgerAmount } from '../../domain/money'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { MoneyField, userLocale } from '../../ui/MoneyField'
import { TextField } from '../../ui/TextField'
import { useSetBudget } from './hooks'

/** One budget per currency: setting it again replaces it. */
export function BudgetForm({
  budgets,
  defaultCurrency,
}: {
  budgets: BudgetRecord[]
  defaultCurrency: string
}) {
  const setBudget = useSetBudget()
  const [currency, setCurrency] = useState(defaultCurrency)
  const [amount, setAmount] = useState('')
  const [errors, setErrors] = useState<{ currency?: string; amount?: string }>({})

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const code = currency.trim().toUpperCase()
    const parsed = parseLedgerAmount(amount, code, userLocale())
    if (!parsed.ok) {
      return setErrors(
        parsed.error.includes('currency code')
          ? { currency: parsed.error }
          : { amount: parsed.error },
      )
    }
    setErrors({})
    setBudget.mutate(
      { currency: code, amountMinor: parsed.amountMinor },
      { onSuccess: () => setAmount('') },
    )
  }

  return (
    <section className="card stack" aria-labelledby="budget-heading">
      <h2 id="budget-heading">Budget</h2>
      <p className="muted">
        One budget per currency; amounts in different currencies are never added together.
      </p>
      {budgets.length > 0 ? (
        <ul className="plain-list budget-list" aria-label="Budgets">
          {budgets.map((b) => (
            <li key={b.currency}>
              <strong>{b.currency}</strong>: {formatMoney(b.amountMinor, b.currency, userLocale())}{' '}
              <button
                type="button"
                className="small"
                aria-label={`Remove the ${b.currency} budget`}
                onClick={() => setBudget.mutate({ currency: b.currency, amountMinor: null })}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <form onSubmit={submit} noValidate aria-label="Set budget" className="field-row">
        <TextField
          label="Budget currency"
          value={currency}
          maxLength={3}
          onChange={(v) => setCurrency(v.toUpperCase())}
          error={errors.currency}
        />
        <MoneyField
          label="Budget amount"
          value={amount}
          onChange={setAmount}
          currency={currency}
          error={errors.amount}
        />
        <div className="budget-submit">
          <button type="submit">Set budget</button>
        </div>
      </form>
      <ErrorMessage error={setBudget.error} />
    </section>
  )
}
