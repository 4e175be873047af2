import { useRef, useState, type FormEvent } from 'react'
import { expenseCategories, type ExpenseCategory, type ExpenseRecord } from '../../db/records'
import { todayIso } from '../../domain/dates'
import { minorToInput } from '../../domain/money'
import type { Resource } from '../../db/resource'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { MoneyField, userLocale } from '../../ui/MoneyField'
import { TextField } from '../../ui/TextField'
import { useDirty } from '../../ui/discard-changes'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { categoryLabels } from '../../domain/expenses'
import { validateExpense, type ExpenseDraft, type ExpenseInput } from './ledger'
import type { AttemptOption } from './repository'

const noop = () => undefined

export const commonCurrencies = ['USD', 'EUR', 'GBP', 'CAD', 'AUD', 'CHF', 'JPY', 'INR', 'SGD']

function toDraft(expense: ExpenseRecord | undefined, currency: string): ExpenseDraft {
  if (!expense) {
    return {
      date: todayIso(),
      description: '',
      category: 'course',
      amount: '',
      currency,
      status: 'planned',
      link: '',
    }
  }
  return {
    date: expense.date,
    description: expense.description,
    category: expense.category,
    amount: minorToInput(expense.amountMinor, expense.currency, userLocale()),
    currency: expense.currency,
    status: expense.status,
    link: expense.resourceId
      ? `resource:${expense.resourceId}`
      : expense.attemptId
        ? `attempt:${expense.attemptId}`
        : '',
  }
}

export function ExpenseForm({
  expense,
  resources,
  attempts,
  defaultCurrency,
  onSave,
  onCancel,
  saveError,
}: {
  expense?: ExpenseRecord
  resources: Resource[]
  attempts: AttemptOption[]
  defaultCurrency: string
  onSave: (input: ExpenseInput) => Promise<unknown>
  onCancel?: () => void
  saveError?: unknown
}) {
  const [draft, setDraft] = useState(() => toDraft(expense, defaultCurrency))
  const [errors, setErrors] = useState<Partial<Record<keyof ExpenseDraft, string>>>({})
  const set = <K extends keyof ExpenseDraft>(key: K, value: ExpenseDraft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const title = expense ? 'Edit expense' : 'Add expense'
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const { dirty, settle } = useDirty(draft)
  // Escape closes the edit form (the add form has nowhere to go: Escape leaves it as it is).
  const escape = useEscapeToClose(onCancel ?? noop, { dirty })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = validateExpense(draft, { locale: userLocale() })
    if (!result.ok) return setErrors(result.errors)
    setErrors({})
    try {
      await onSave(result.value)
      // Keep currency, status and category for the next entry: people log several in a row.
      if (!expense) {
        const next = { ...draft, description: '', amount: '', link: '' }
        setDraft(next)
        settle(next)
      }
    } catch {
      // The error is shown by saveError; the typed values stay.
    }
  }

  return (
    <form
      ref={formRef}
      onKeyDown={onCancel ? escape.onKeyDown : undefined}
      className="card form expense-form"
      onSubmit={(event) => void submit(event)}
      noValidate
      aria-labelledby="expense-form-heading"
    >
      <h2 id="expense-form-heading">{title}</h2>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="error-text">
          Some fields need attention; nothing was saved yet.
        </p>
      ) : null}
      <div className="field-row">
        <TextField
          label="Date"
          type="date"
          value={draft.date}
          onChange={(v) => set('date', v)}
          error={errors.date}
        />
        <div className="grow-2">
          <TextField
            label="Description"
            value={draft.description}
            onChange={(v) => set('description', v)}
            error={errors.description}
          />
        </div>
        <div className="field">
          <label htmlFor="expense-category">Category</label>
          <select
            id="expense-category"
            value={draft.category}
            onChange={(e) => set('category', e.target.value as ExpenseCategory)}
          >
            {expenseCategories.map((c) => (
              <option key={c} value={c}>
                {categoryLabels[c]}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field-row">
        <MoneyField
          label="Amount"
          value={draft.amount}
          onChange={(v) => set('amount', v)}
          currency={draft.currency}
          error={errors.amount}
        />
        <TextField
          label="Currency"
          value={draft.currency}
          onChange={(v) => set('currency', v.toUpperCase())}
          error={errors.currency}
          list="currency-codes"
          maxLength={3}
          autoCapitalize="characters"
          hint="ISO code: USD, EUR, GBP…"
        />
        <datalist id="currency-codes">
          {commonCurrencies.map((c) => (
            <option key={c} value={c} />
          ))}
        </datalist>
        <fieldset>
          <legend>Status</legend>
          <label className="radio">
            <input
              type="radio"
              name="expense-status"
              checked={draft.status === 'planned'}
              onChange={() => set('status', 'planned')}
            />
            Planned
          </label>
          <label className="radio">
            <input
              type="radio"
              name="expense-status"
              checked={draft.status === 'paid'}
              onChange={() => set('status', 'paid')}
            />
            Paid
          </label>
        </fieldset>
      </div>
      <div className="field">
        <label htmlFor="expense-link">Linked to</label>
        <select id="expense-link" value={draft.link} onChange={(e) => set('link', e.target.value)}>
          <option value="">Nothing</option>
          <optgroup label="Resources">
            {resources.map((r) => (
              <option key={r.id} value={`resource:${r.id}`}>
                {r.title}
              </option>
            ))}
          </optgroup>
          {attempts.length > 0 ? (
            <optgroup label="Exam attempts">
              {attempts.map((a) => (
                <option key={a.id} value={`attempt:${a.id}`}>
                  {a.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <ErrorMessage error={saveError} />
      <div className="form-actions">
        <button type="submit" className="primary">
          {expense ? 'Save expense' : 'Add expense'}
        </button>
        {onCancel ? (
          <button type="button" onClick={escape.close}>
            Cancel
          </button>
        ) : null}
      </div>
    </form>
  )
}
