import { useId, useState, type FormEvent } from 'react'
import { useDirty } from '../../ui/discard-changes'
import { lengthProblem } from '../../domain/text-limits'
import { useEscapeToClose } from '../../ui/form-keyboard'
import { isIsoDay, todayIso } from '../../domain/dates'
import { isKnownCurrency, minorToInput, parseMoneyInput } from '../../domain/money'
import { MoneyField, userLocale } from '../../ui/MoneyField'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import type { Resource } from '../../db/resource'
import { useMarkCompleted } from './hooks'

type Errors = Partial<Record<'date' | 'certificate' | 'amount' | 'currency', string>>

/** Done with its date; optionally a certificate and the amount paid (Costs reads it). */
export function CompleteForm({ resource, onDone }: { resource: Resource; onDone: () => void }) {
  const headingId = useId()
  const [date, setDate] = useState(todayIso())
  const [certificate, setCertificate] = useState('')
  // The catalog price, pre-filled: what most people paid; clear it if nothing was paid.
  const [amount, setAmount] = useState(() =>
    resource.price
      ? minorToInput(resource.price.amountMinor, resource.price.currency, userLocale())
      : '',
  )
  const [currency, setCurrency] = useState(resource.price?.currency ?? 'USD')
  const [errors, setErrors] = useState<Errors>({})
  const complete = useMarkCompleted()
  const { dirty } = useDirty({ date, certificate, amount, currency })
  const escape = useEscapeToClose(onDone, { dirty })

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const next: Errors = {}
    if (!isIsoDay(date)) next.date = 'Enter a date in full, or pick one from the calendar.'
    else if (date > todayIso()) next.date = 'A completion date cannot be in the future.'
    const longCertificate = lengthProblem('the certificate', certificate)
    if (longCertificate) next.certificate = longCertificate
    const code = currency.trim().toUpperCase()
    let paid: { amountMinor: number; currency: string } | null = null
    if (amount.trim() !== '') {
      if (!isKnownCurrency(code)) next.currency = 'Enter a currency code like USD or EUR.'
      else {
        const parsed = parseMoneyInput(amount, code, userLocale())
        if (parsed.ok) paid = { amountMinor: parsed.amountMinor, currency: code }
        else next.amount = parsed.error
      }
    }
    setErrors(next)
    if (Object.keys(next).length > 0) return
    await complete.mutateAsync({
      resourceId: resource.id,
      title: resource.title,
      kind: resource.kind,
      completedOn: date,
      certificate,
      paid,
    })
    escape.release()
    onDone()
  }

  return (
    <form
      className="card form"
      onKeyDown={escape.onKeyDown}
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
    >
      <h3 id={headingId}>Mark as completed</h3>
      <div className="field-row">
        <TextField
          label="Completed on"
          type="date"
          value={date}
          max={todayIso()}
          onChange={setDate}
          error={errors.date}
        />
        <MoneyField
          label="Amount paid"
          value={amount}
          onChange={setAmount}
          currency={currency}
          error={errors.amount}
          hint="Optional; recorded as paid in Costs (a planned expense for it becomes the paid one)"
        />
        <TextField
          label="Currency"
          value={currency}
          maxLength={3}
          onChange={setCurrency}
          error={errors.currency}
        />
      </div>
      <TextField
        label="Certificate"
        value={certificate}
        onChange={setCertificate}
        error={errors.certificate}
        hint="Optional: a link to the certificate or its file name"
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={complete.isPending}>
          Save as completed
        </button>
        <button type="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
      <ErrorMessage error={complete.error} />
    </form>
  )
}
