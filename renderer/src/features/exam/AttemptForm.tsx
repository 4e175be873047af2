import { SelectField } from '../../ui/SelectField'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { attemptStatuses, type AttemptStatus, type ExamAttemptRecord } from '../../db/records'
import { isIsoDay, todayIso } from '../../domain/dates'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { useDirty } from '../../ui/discard-changes'
import { TextField } from '../../ui/TextField'
import { ErrorMessage } from '../../ui/ErrorMessage'
import type { CertificationView } from './certification'
import { computedDeadline, examDateProblem } from './exam-dates'
import { isTimeZone } from './exam-time'
import type { AttemptFields } from './repository'

export const statusLabels: Record<AttemptStatus, string> = {
  planning: 'Planning',
  registered: 'Registered',
  scheduled: 'Scheduled',
  passed: 'Passed',
  failed: 'Failed',
}

export const deliveryLabels = {
  remote: 'Remote proctored (ProctorU)',
  'test-centre': 'Test centre (Pearson VUE)',
} as const

const localZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone

interface Draft {
  certificationId: string
  startDate: string
  deadline: string
  examDate: string
  examTime: string
  timeZone: string
  delivery: 'remote' | 'test-centre'
  status: AttemptStatus
  failedOn: string
  failures: string
  passedOn: string
}

function toDraft(attempt: ExamAttemptRecord | undefined, certificationId: string): Draft {
  return {
    certificationId: attempt?.certificationId ?? certificationId,
    startDate: attempt?.startDate ?? todayIso(),
    deadline: attempt?.deadlineOverride ?? '',
    examDate: attempt?.examDate ?? '',
    examTime: attempt?.examTime ?? '09:00',
    timeZone: attempt?.timeZone ?? localZone(),
    delivery: attempt?.delivery ?? 'remote',
    status: attempt?.status ?? 'planning',
    failedOn: attempt?.failedOn ?? '',
    failures: String(attempt?.failures ?? 1),
    passedOn: attempt?.passedOn ?? '',
  }
}

type Errors = Partial<Record<keyof Draft, string>>

function validate(draft: Draft): { errors: Errors; fields?: AttemptFields } {
  const errors: Errors = {}
  if (!isIsoDay(draft.startDate)) errors.startDate = 'Enter the start date of the attempt.'
  if (draft.deadline && !isIsoDay(draft.deadline)) errors.deadline = 'Enter the deadline as a date.'
  else if (draft.deadline && draft.deadline < draft.startDate)
    errors.deadline = 'The deadline cannot be before the start date.'
  if (draft.examDate) {
    const problem = examDateProblem(draft.startDate, draft.examDate)
    if (problem) errors.examDate = problem
    if (!/^\d{2}:\d{2}$/.test(draft.examTime)) errors.examTime = 'Enter the exam time, like 09:00.'
    if (!isTimeZone(draft.timeZone)) errors.timeZone = 'Pick a time zone from the list.'
  }
  const failures = Number(draft.failures)
  if (draft.status === 'failed') {
    if (!isIsoDay(draft.failedOn)) errors.failedOn = 'Enter the date of the failed exam.'
    else if (draft.failedOn < draft.startDate)
      errors.failedOn = 'The failed exam cannot be before the start date.'
    if (!Number.isInteger(failures) || failures < 1 || failures > 3)
      errors.failures = 'Enter 1, 2 or 3.'
  }
  if (draft.status === 'passed' && draft.passedOn && !isIsoDay(draft.passedOn))
    errors.passedOn = 'Enter the pass date as a date.'
  if (Object.keys(errors).length > 0) return { errors }
  return {
    errors,
    fields: {
      certificationId: draft.certificationId,
      startDate: draft.startDate,
      deadlineOverride: draft.deadline || undefined,
      examDate: draft.examDate || undefined,
      examTime: draft.examDate ? draft.examTime : undefined,
      timeZone: draft.examDate ? draft.timeZone : undefined,
      delivery: draft.delivery,
      status: draft.status,
      failedOn: draft.status === 'failed' ? draft.failedOn : undefined,
      failures: draft.status === 'failed' ? failures : undefined,
      passedOn:
        draft.status === 'passed' ? draft.passedOn || draft.examDate || undefined : undefined,
    },
  }
}

export function AttemptForm({
  attempt,
  certifications,
  defaultCertificationId,
  onSave,
  onCancel,
  saveError,
}: {
  attempt?: ExamAttemptRecord
  certifications: CertificationView[]
  defaultCertificationId: string
  onSave: (fields: AttemptFields) => void
  onCancel: () => void
  saveError?: unknown
}) {
  const [draft, setDraft] = useState(() => toDraft(attempt, defaultCertificationId))
  const [errors, setErrors] = useState<Errors>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const { dirty } = useDirty(draft)
  const escape = useEscapeToClose(onCancel, { dirty })
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), [])
  const set = <K extends keyof Draft>(key: K, value: Draft[K]) =>
    setDraft((d) => ({ ...d, [key]: value }))
  const cert = certifications.find((c) => c.id === draft.certificationId)
  const computed =
    cert && isIsoDay(draft.startDate) ? computedDeadline(draft.startDate, cert.rules) : null

  const submit = (event: FormEvent) => {
    event.preventDefault()
    const result = validate(draft)
    setErrors(result.errors)
    if (result.fields) onSave(result.fields)
  }

  return (
    <form
      ref={formRef}
      onKeyDown={escape.onKeyDown}
      className="card form"
      onSubmit={submit}
      aria-label={attempt ? 'Edit attempt' : 'New attempt'}
      noValidate
    >
      <h3>{attempt ? 'Edit attempt' : 'New attempt'}</h3>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="error-text">
          Some fields need attention; nothing was saved yet.
        </p>
      ) : null}
      <div className="field-row">
        <SelectField
          id="attempt-cert"
          frameClassName="whole-line"
          label="Certification"
          value={draft.certificationId}
          onChange={(value) => set('certificationId', value)}
        >
          {certifications.map((c) => (
            <option key={c.id} value={c.id}>
              {c.title}
            </option>
          ))}
        </SelectField>
        <TextField
          label="Start date"
          type="date"
          value={draft.startDate}
          onChange={(v) => set('startDate', v)}
          error={errors.startDate}
        />
        <TextField
          label="Deadline"
          type="date"
          value={draft.deadline}
          onChange={(v) => set('deadline', v)}
          error={errors.deadline}
          hint={
            computed
              ? `Leave empty for the rule: ${cert?.rules.attemptWindowDays} days from the start, ${computed}.`
              : 'Leave empty to use the rule.'
          }
        />
      </div>
      <div className="field-row">
        <TextField
          label="Exam date"
          type="date"
          value={draft.examDate}
          onChange={(v) => set('examDate', v)}
          error={errors.examDate}
          hint="Optional until you book it."
        />
        <TextField
          label="Exam time"
          type="time"
          value={draft.examTime}
          onChange={(v) => set('examTime', v)}
          error={errors.examTime}
        />
        <SelectField
          id="attempt-zone"
          label="Time zone"
          value={draft.timeZone}
          onChange={(value) => set('timeZone', value)}
          error={errors.timeZone}
        >
          {zones.includes(draft.timeZone) ? null : (
            <option value={draft.timeZone}>{draft.timeZone}</option>
          )}
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="field-row">
        <fieldset>
          <legend>Delivery</legend>
          {(Object.keys(deliveryLabels) as (keyof typeof deliveryLabels)[]).map((key) => (
            <label key={key} className="radio">
              <input
                type="radio"
                name="delivery"
                value={key}
                checked={draft.delivery === key}
                onChange={() => set('delivery', key)}
              />
              {deliveryLabels[key]}
            </label>
          ))}
        </fieldset>
        <SelectField
          id="attempt-status"
          label="Status"
          value={draft.status}
          onChange={(value) => set('status', value as AttemptStatus)}
        >
          {attemptStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s]}
            </option>
          ))}
        </SelectField>
      </div>
      {draft.status === 'failed' ? (
        <div className="field-row">
          <TextField
            label="Failed on"
            type="date"
            value={draft.failedOn}
            onChange={(v) => set('failedOn', v)}
            error={errors.failedOn}
          />
          <TextField
            label="Failures so far"
            inputMode="numeric"
            value={draft.failures}
            onChange={(v) => set('failures', v)}
            error={errors.failures}
            hint="The attempt ends after 3."
          />
        </div>
      ) : null}
      {draft.status === 'passed' ? (
        <TextField
          label="Passed on"
          type="date"
          value={draft.passedOn}
          onChange={(v) => set('passedOn', v)}
          error={errors.passedOn}
          hint="Empty means the exam date. Renewal counts from it."
        />
      ) : null}
      <ErrorMessage error={saveError} />
      <div className="form-actions">
        <button type="submit" className="primary">
          Save attempt
        </button>
        <button type="button" onClick={escape.close}>
          Cancel
        </button>
      </div>
    </form>
  )
}
