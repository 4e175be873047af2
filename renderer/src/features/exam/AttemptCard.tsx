import { useState } from 'react'
import type { ExamAttemptRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { AttemptForm, deliveryLabels, statusLabels } from './AttemptForm'
import type { CertificationView } from './certification'
import { Checklist } from './Checklist'
import { Countdown } from './Countdown'
import { attemptDates, type RuleDate } from './exam-dates'
import { useDeleteAttempt, useUpdateAttempt } from './hooks'

function RuleDates({ dates }: { dates: RuleDate[] }) {
  return (
    <table className="rule-dates">
      <caption className="visually-hidden">Computed dates and their rules</caption>
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">When</th>
          <th scope="col">Rule</th>
        </tr>
      </thead>
      <tbody>
        {dates.map((d) => (
          <tr key={d.label}>
            <th scope="row">{d.label}</th>
            <td>
              {d.estimate ? 'about ' : null}
              <time dateTime={d.day}>{formatIsoDay(d.day)}</time>
              {d.estimate ? ' (check your GIAC portal)' : null}
            </td>
            <td className="muted">{d.rule}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function AttemptCard({
  attempt,
  certifications,
}: {
  attempt: ExamAttemptRecord
  certifications: CertificationView[]
}) {
  const [editing, setEditing] = useState(false)
  const update = useUpdateAttempt()
  const remove = useDeleteAttempt()
  const cert = certifications.find((c) => c.id === attempt.certificationId)
  const name = cert?.shortTitle ?? attempt.certificationId
  const title = `${name} attempt from ${formatIsoDay(attempt.startDate)}`

  if (editing) {
    return (
      <AttemptForm
        attempt={attempt}
        certifications={certifications}
        defaultCertificationId={attempt.certificationId}
        saveError={update.error}
        onConflictSettled={update.reset}
        onCancel={() => setEditing(false)}
        onSave={(fields, base) =>
          update
            .mutateAsync({ id: attempt.id, changes: fields, base })
            .then(() => setEditing(false))
        }
      />
    )
  }

  const dates = cert ? attemptDates(attempt, cert.rules) : null
  const shown = dates
    ? [
        dates.deadline,
        dates.extensionPurchaseBy,
        dates.extendedDeadline,
        ...(dates.retake
          ? [dates.retake.purchaseBy, dates.retake.earliest, dates.retake.newDeadline]
          : []),
      ]
    : []

  return (
    <article className="card stack attempt" aria-label={title}>
      <div className="attempt-head">
        <h3>{title}</h3>
        <span className={`badge status-${attempt.status}`}>{statusLabels[attempt.status]}</span>
        <span className="badge">{deliveryLabels[attempt.delivery]}</span>
      </div>
      {attempt.examDate && attempt.examTime && attempt.timeZone && attempt.status !== 'passed' ? (
        <Countdown day={attempt.examDate} time={attempt.examTime} timeZone={attempt.timeZone} />
      ) : attempt.status === 'passed' ? (
        <p>Passed{attempt.passedOn ? ` on ${formatIsoDay(attempt.passedOn)}` : ''}.</p>
      ) : (
        <p className="muted">No exam date yet: edit the attempt when you book it.</p>
      )}
      {dates?.ended ? (
        <p className="notice">
          This attempt has ended: {cert?.rules.maxFailures} failures is the most an attempt allows.
          A new attempt starts a new window.
        </p>
      ) : null}
      {attempt.status === 'failed' && !dates?.ended ? (
        <p>
          {dates?.failuresLeft} more failure{dates?.failuresLeft === 1 ? '' : 's'} before the
          attempt ends (it ends after {cert?.rules.maxFailures}).
        </p>
      ) : null}
      {shown.length > 0 ? (
        <RuleDates dates={shown} />
      ) : (
        <p className="muted">This certification is not in the catalog; its rules are unknown.</p>
      )}
      <Checklist
        items={attempt.checklist}
        onChange={(checklist) => update.mutate({ id: attempt.id, changes: { checklist } })}
      />
      <ErrorMessage error={update.error ?? remove.error} />
      <div className="form-actions">
        <button type="button" onClick={() => setEditing(true)}>
          Edit attempt
        </button>
        <button
          type="button"
          className="danger"
          onClick={(event) => remove.run(attempt.id, event.currentTarget)}
        >
          Delete attempt
        </button>
      </div>
    </article>
  )
}
