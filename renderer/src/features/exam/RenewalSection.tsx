import { useRef, useState, type FormEvent } from 'react'
import { useDiscardGuard } from '../../ui/discard-changes'
import { useFocusFirstInvalid } from '../../ui/form-keyboard'
import type { CpeActivityRecord } from '../../db/records'
import { formatIsoDay, todayIso } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import type { CertificationView } from './certification'
import { renewalDue } from './exam-dates'
import { useAddCpe, useDeleteCpe } from './hooks'
import { dayProblem, parseCredits } from './practice'
import { cpeDescriptionProblem } from './limits'

export function RenewalSection({
  cert,
  passedOn,
  activities,
}: {
  cert: CertificationView
  passedOn: string | null
  activities: CpeActivityRecord[]
}) {
  const add = useAddCpe()
  const remove = useDeleteCpe()
  const [date, setDate] = useState(todayIso())
  const [description, setDescription] = useState('')
  const [credits, setCredits] = useState('')
  const [errors, setErrors] = useState<{ date?: string; description?: string; credits?: string }>(
    {},
  )
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  // Leaving with a typed activity asks first (the saving rule's Discard check).
  useDiscardGuard(description.trim() !== '' || credits.trim() !== '')
  const needed = cert.rules.renewalCpeCredits
  const counted = passedOn ? activities.filter((a) => a.date >= passedOn) : activities
  const earned = Math.round(counted.reduce((sum, a) => sum + a.credits, 0) * 100) / 100
  const due = passedOn ? renewalDue(passedOn, cert.rules.renewalYears) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const parsed = parseCredits(credits)
    const next = {
      date: dayProblem(date, 'date of the activity') ?? undefined,
      description: cpeDescriptionProblem(description),
      credits: parsed.ok ? undefined : parsed.error,
    }
    setErrors(next)
    if (next.date || next.description || !parsed.ok) return
    add.mutate(
      { certificationId: cert.id, date, description: description.trim(), credits: parsed.value },
      { onSuccess: () => (setDescription(''), setCredits('')) },
    )
  }

  return (
    <section className="card stack" aria-labelledby="renewal-heading">
      <h2 id="renewal-heading">Renewal</h2>
      {due ? (
        <p>
          <strong>
            {due.label}: <time dateTime={due.day}>{formatIsoDay(due.day)}</time>
          </strong>{' '}
          <span className="muted">{due.rule}</span>
        </p>
      ) : (
        <p className="muted">
          The renewal date appears once an attempt is marked passed: {cert.shortTitle} lasts{' '}
          {cert.rules.renewalYears} years and renews with {needed} CPE credits plus a fee.
        </p>
      )}
      <div>
        <label htmlFor="cpe-progress">
          CPE credits: {earned} of {needed}
          {passedOn ? ' since you passed' : ''}
        </label>
        <progress id="cpe-progress" max={needed} value={Math.min(earned, needed)} />
      </div>
      <form
        ref={formRef}
        className="stack"
        onSubmit={submit}
        noValidate
        aria-label="Log CPE activity"
      >
        <div className="field-row">
          <TextField
            label="Activity date"
            type="date"
            value={date}
            onChange={setDate}
            error={errors.date}
          />
          <TextField
            label="Activity"
            value={description}
            onChange={setDescription}
            error={errors.description}
          />
          <TextField
            label="Credits"
            inputMode="decimal"
            value={credits}
            onChange={setCredits}
            error={errors.credits}
          />
        </div>
        <ErrorMessage error={add.error ?? remove.error} />
        <div className="form-actions">
          <button type="submit">Log CPE activity</button>
        </div>
      </form>
      {activities.length > 0 ? (
        <table className="data-table">
          <caption>CPE activities</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Activity</th>
              <th scope="col">Credits</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {activities.map((a) => (
              <tr key={a.id}>
                <td>{formatIsoDay(a.date)}</td>
                <td>
                  {a.description}
                  {passedOn && a.date < passedOn ? (
                    <span className="muted"> (before the pass date: not counted)</span>
                  ) : null}
                </td>
                <td>{a.credits}</td>
                <td>
                  <button
                    type="button"
                    className="small"
                    aria-label={`Delete ${a.description}`}
                    onClick={(event) => remove.run(a.id, event.currentTarget)}
                  >
                    Delete
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
