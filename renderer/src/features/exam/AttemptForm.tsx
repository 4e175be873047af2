import { SelectField } from '../../ui/SelectField'
import { useMemo, useRef, useState, type FormEvent } from 'react'
import { attemptStatuses, type AttemptStatus, type ExamAttemptRecord } from '../../db/records'
import { formatIsoDay, isIsoDay, todayIso } from '../../domain/dates'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { useDirty } from '../../ui/discard-changes'
import { TextField } from '../../ui/TextField'
import { ErrorMessage } from '../../ui/ErrorMessage'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import type { RevisionBase } from '../../db/revision'
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

/** The form's fields as a person reads them, for the conflict panel. */
function shownDraft(draft: Draft, certifications: CertificationView[]): ShownField[] {
  const failed = draft.status === 'failed'
  const day = (value: string) => (isIsoDay(value) ? formatIsoDay(value) : value)
  return [
    {
      label: 'Certification',
      value:
        certifications.find((c) => c.id === draft.certificationId)?.title ?? draft.certificationId,
    },
    { label: 'Start date', value: day(draft.startDate) },
    { label: 'Deadline', value: day(draft.deadline) },
    { label: 'Exam date', value: day(draft.examDate) },
    { label: 'Exam time', value: draft.examDate ? draft.examTime : '' },
    { label: 'Time zone', value: draft.examDate ? draft.timeZone : '' },
    { label: 'Delivery', value: deliveryLabels[draft.delivery] },
    { label: 'Status', value: statusLabels[draft.status] },
    { label: 'Failed on', value: failed ? day(draft.failedOn) : '' },
    { label: 'Failures so far', value: failed ? draft.failures : '' },
    { label: 'Passed on', value: draft.status === 'passed' ? day(draft.passedOn) : '' },
  ]
}

export function AttemptForm({
  attempt,
  certifications,
  defaultCertificationId,
  onSave,
  onCancel,
  saveError,
  onConflictSettled,
}: {
  attempt?: ExamAttemptRecord
  certifications: CertificationView[]
  defaultCertificationId: string
  /** `base`: the revision of the attempt this form edits (db/revision.ts). */
  onSave: (fields: AttemptFields, base?: RevisionBase) => Promise<unknown> | void
  onCancel: () => void
  saveError?: unknown
  /** Clears a refused save's error once the person kept the saved version. */
  onConflictSettled?: () => void
}) {
  const [draft, setDraft] = useState(() => toDraft(attempt, defaultCertificationId))
  const [errors, setErrors] = useState<Errors>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const { dirty, settle } = useDirty(draft)
  const escape = useEscapeToClose(onCancel, { dirty })
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<ExamAttemptRecord>(attempt, saveError)
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
    if (result.fields) void Promise.resolve(onSave(result.fields, guard.base)).catch(() => {})
  }

  /** Keep theirs loads the saved attempt; Keep mine saves this form over it. */
  const resolve = async (choice: ConflictChoice, theirs: ExamAttemptRecord) => {
    if (choice === 'theirs') {
      const saved = toDraft(theirs, defaultCertificationId)
      setDraft(saved)
      settle(saved)
      guard.rebase(theirs)
      setErrors({})
      onConflictSettled?.()
      return
    }
    const result = validate(draft)
    setErrors(result.errors)
    if (result.fields) await onSave(result.fields, guard.rebase(theirs))
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
      {guard.theirs ? (
        <RecordConflictPanel
          what="attempt"
          mine={shownDraft(draft, certifications)}
          theirs={shownDraft(toDraft(guard.theirs, defaultCertificationId), certifications)}
          onChoose={(choice) => resolve(choice, guard.theirs as ExamAttemptRecord)}
        />
      ) : (
        <ErrorMessage error={saveError} />
      )}
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
