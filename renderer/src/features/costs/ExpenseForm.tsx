import { SelectField } from '../../ui/SelectField'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { expenseCategories, type ExpenseCategory, type ExpenseRecord } from '../../db/records'
import { todayIso } from '../../domain/dates'
import { minorToInput } from '../../domain/money'
import type { Resource } from '../../db/resource'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ResourcePicker } from '../../ui/ResourcePicker'
import type { PickableResource } from '../../ui/resource-match'
import { MISSING_RESOURCE_LABEL } from '../../domain/resource-titles'
import { MoneyField, userLocale } from '../../ui/MoneyField'
import { TextField } from '../../ui/TextField'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import type { RevisionBase } from '../../db/revision'
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

/**
 * What an expense can be linked to, for the one resource picker: every resource, then every
 * exam attempt, each under its full name. A link to something no longer there stays chosen.
 */
function useLinkChoices(
  resources: Resource[],
  attempts: AttemptOption[],
  link: string,
): PickableResource[] {
  return useMemo(() => {
    const choices = [
      ...resources.map((r) => ({ id: `resource:${r.id}`, title: r.title })),
      ...attempts.map((a) => ({ id: `attempt:${a.id}`, title: a.label })),
    ]
    return link && !choices.some((choice) => choice.id === link)
      ? [
          ...choices,
          {
            id: link,
            title: link.startsWith('attempt:') ? 'Removed exam attempt' : MISSING_RESOURCE_LABEL,
          },
        ]
      : choices
  }, [resources, attempts, link])
}

export function ExpenseForm({
  expense,
  resources,
  attempts,
  defaultCurrency,
  onSave,
  onCancel,
  saveError,
  onConflictSettled,
}: {
  expense?: ExpenseRecord
  resources: Resource[]
  attempts: AttemptOption[]
  defaultCurrency: string
  /** `base`: the revision of the expense this form edits (db/revision.ts). */
  onSave: (input: ExpenseInput, base?: RevisionBase) => Promise<unknown>
  onCancel?: () => void
  saveError?: unknown
  /** Clears a refused save's error once the person kept the saved version. */
  onConflictSettled?: () => void
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
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<ExpenseRecord>(expense, saveError)
  const linkChoices = useLinkChoices(resources, attempts, draft.link)
  const linkLabel = (link: string) => linkChoices.find((choice) => choice.id === link)?.title ?? ''
  const shown = (fields: ExpenseDraft): ShownField[] => [
    { label: 'Date', value: fields.date },
    { label: 'Description', value: fields.description },
    { label: 'Category', value: categoryLabels[fields.category as ExpenseCategory] },
    { label: 'Amount', value: `${fields.amount} ${fields.currency}` },
    { label: 'Status', value: fields.status === 'paid' ? 'Paid' : 'Planned' },
    { label: 'Linked to', value: linkLabel(fields.link) },
  ]

  /** Keep theirs loads the saved expense; Keep mine saves over it (no Keep both: it would count twice). */
  const resolve = async (choice: ConflictChoice, theirs: ExpenseRecord) => {
    if (choice === 'theirs') {
      setDraft(toDraft(theirs, defaultCurrency))
      settle(toDraft(theirs, defaultCurrency))
      guard.rebase(theirs)
      setErrors({})
      onConflictSettled?.()
      return
    }
    const result = validateExpense(draft, { locale: userLocale() })
    if (!result.ok) return setErrors(result.errors)
    await onSave(result.value, guard.rebase(theirs))
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const result = validateExpense(draft, { locale: userLocale() })
    if (!result.ok) return setErrors(result.errors)
    setErrors({})
    try {
      await onSave(result.value, guard.base)
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
        <SelectField
          id="expense-category"
          label="Category"
          value={draft.category}
          onChange={(value) => set('category', value as ExpenseCategory)}
        >
          {expenseCategories.map((c) => (
            <option key={c} value={c}>
              {categoryLabels[c]}
            </option>
          ))}
        </SelectField>
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
      <ResourcePicker
        label="Linked to"
        resources={linkChoices}
        value={draft.link}
        noneLabel="Nothing"
        placeholder="A resource or an exam attempt…"
        onChange={(value) => set('link', value)}
      />
      {guard.theirs ? (
        <RecordConflictPanel
          what="expense"
          mine={shown(draft)}
          theirs={shown(toDraft(guard.theirs, defaultCurrency))}
          onChoose={(choice) => resolve(choice, guard.theirs as ExpenseRecord)}
        />
      ) : (
        <ErrorMessage error={saveError} />
      )}
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
