import { SelectField } from '../../ui/SelectField'
import { useId, useState, type ReactNode } from 'react'
import { Link } from 'react-router'
import { formatIsoDay, isIsoDay } from '../../domain/dates'
import type { EffectiveExamDate } from '../../domain/exam-date'
import { ErrorMessage } from '../../ui/ErrorMessage'
import type { Resource } from '../../db/resource'
import { weekStartFor } from '../../domain/dates'
import { blackoutProblem, validateGoal, type FieldErrors, type PlanGoal } from './goal'
import { usePlanGoal } from './hooks'
import { useDiscardGuard } from '../../ui/discard-changes'

const weekdayNames = (locale?: string) =>
  // 2026-01-04 is a Sunday: index 0 = Sunday, like Date#getDay.
  Array.from({ length: 7 }, (_, day) =>
    new Intl.DateTimeFormat(locale, { weekday: 'long' }).format(new Date(2026, 0, 4 + day)),
  )

interface Draft {
  certificationId: string
  examDate: string
  notBooked: boolean
  weeklyHours: string
  studyWeekdays: number[]
  blackouts: PlanGoal['blackouts']
  minutesPerPage: string
}

function toDraft(goal: PlanGoal): Draft {
  return {
    certificationId: goal.certificationId,
    examDate: goal.examDate ?? '',
    notBooked: goal.examDate === null,
    weeklyHours: String(goal.weeklyHours),
    studyWeekdays: goal.studyWeekdays,
    blackouts: goal.blackouts,
    minutesPerPage: String(goal.minutesPerPage),
  }
}

function parseNumber(text: string): number {
  const cleaned = text.trim().replace(',', '.')
  // "7." is 7 on its way to "7.5": typing never passes through a wrong value.
  return cleaned === '' || !/^\d*\.?\d*$/.test(cleaned) ? Number.NaN : Number(cleaned)
}

/**
 * The goal: which certification, when, and how much time a week. Settings, so each change saves
 * at once when the goal is valid, with a quiet "Saved"; an invalid value says why and nothing
 * stored changes; leaving the page then asks "Discard changes?". When an
 * exam attempt supplies the exam date, it is shown read-only with its source: the attempt on the
 * Exam page is the one place to change it.
 */
export function GoalForm({
  certifications,
  today,
  exam,
  examTitle,
}: {
  certifications: Resource[]
  today: string
  exam: EffectiveExamDate
  examTitle: string
}) {
  const goal = usePlanGoal()
  const [draft, setDraft] = useState<Draft | null>(null)
  const [errors, setErrors] = useState<FieldErrors>({})
  const [saved, setSaved] = useState(false)
  const current = draft ?? toDraft(goal.value)
  const id = useId()
  const weekStart = weekStartFor()
  const names = weekdayNames()
  const orderedDays = Array.from({ length: 7 }, (_, i) => (weekStart + i) % 7)
  // The attempt belongs to the saved certification; picking another one brings the field back.
  const fromAttempt =
    exam.source === 'attempt' && current.certificationId === goal.value.certificationId
  useDiscardGuard(draft !== null)

  /** The goal this draft stands for, or what is wrong with it. */
  const check = (next: Draft): { goal: PlanGoal; errors?: undefined } | { errors: FieldErrors } => {
    const usesAttempt =
      exam.source === 'attempt' && next.certificationId === goal.value.certificationId
    if (!usesAttempt && !next.notBooked && !isIsoDay(next.examDate))
      return { errors: { examDate: 'Enter the exam date, or choose "Not booked yet".' } }
    const candidate: PlanGoal = {
      certificationId: next.certificationId,
      // The goal's own date is kept as it was while an attempt supplies the date.
      examDate: usesAttempt ? goal.value.examDate : next.notBooked ? null : next.examDate,
      weeklyHours: parseNumber(next.weeklyHours),
      studyWeekdays: [...next.studyWeekdays].sort(),
      blackouts: next.blackouts,
      minutesPerPage: parseNumber(next.minutesPerPage),
    }
    const found = validateGoal(candidate, today)
    if (usesAttempt) delete found.examDate
    if (Number.isNaN(candidate.weeklyHours))
      found.weeklyHours = 'Enter weekly hours as a number, like 6 or 7.5.'
    return Object.keys(found).length > 0 ? { errors: found } : { goal: candidate }
  }

  /** Saves `next` when it is a valid goal, else says what is wrong (errors appear as typed:
   * shown only on leaving a field, they moved the page under a pointer about to click). */
  const attempt = (next: Draft) => {
    const result = check(next)
    if (result.errors) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    void goal.save(result.goal).then(() => {
      // A newer change typed meanwhile stays as the draft.
      setDraft((latest) => (latest === next ? null : latest))
      setSaved(true)
    })
  }
  const update = (patch: Partial<Draft>) => {
    const next = { ...current, ...patch }
    setDraft(next)
    setSaved(false)
    attempt(next)
  }

  const described = (field: keyof FieldErrors) => (errors[field] ? `${id}-${field}` : undefined)
  const fieldError = (field: keyof FieldErrors) =>
    errors[field] ? (
      <small id={`${id}-${field}`} className="error-text">
        {errors[field]}
      </small>
    ) : null

  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Goal</h2>
      <form
        className="stack"
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          attempt(current)
        }}
      >
        <div className="field-row">
          <SelectField
            id={`${id}-cert`}
            label="Certification"
            value={current.certificationId}
            onChange={(value) => update({ certificationId: value })}
          >
            {certifications.map((cert) => (
              <option key={cert.id} value={cert.id}>
                {cert.title}
              </option>
            ))}
          </SelectField>
          {fromAttempt ? (
            <div
              className="field plan-exam-from-attempt"
              role="group"
              aria-labelledby={`${id}-exam-label`}
            >
              <span id={`${id}-exam-label`}>Exam date</span>
              <p>
                From your {examTitle} attempt:{' '}
                <time dateTime={exam.date}>{formatIsoDay(exam.date)}</time> —{' '}
                <Link to="/exam">change it on the Exam page</Link>
              </p>
            </div>
          ) : (
            <div className="field">
              <label htmlFor={`${id}-exam`}>Exam date</label>
              <input
                id={`${id}-exam`}
                type="date"
                value={current.examDate}
                aria-invalid={errors.examDate ? true : undefined}
                aria-describedby={described('examDate')}
                onChange={(event) => update({ examDate: event.target.value, notBooked: false })}
              />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={current.notBooked}
                  onChange={(event) => update({ notBooked: event.target.checked })}
                />
                Not booked yet
              </label>
              {fieldError('examDate')}
            </div>
          )}
          <div className="field">
            <label htmlFor={`${id}-hours`}>Weekly hours</label>
            <input
              id={`${id}-hours`}
              inputMode="decimal"
              value={current.weeklyHours}
              aria-invalid={errors.weeklyHours ? true : undefined}
              aria-describedby={described('weeklyHours')}
              onChange={(event) => update({ weeklyHours: event.target.value })}
            />
            {fieldError('weeklyHours')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-mpp`}>Minutes per page</label>
            <input
              id={`${id}-mpp`}
              inputMode="decimal"
              value={current.minutesPerPage}
              aria-invalid={errors.minutesPerPage ? true : undefined}
              aria-describedby={described('minutesPerPage')}
              onChange={(event) => update({ minutesPerPage: event.target.value })}
            />
            {fieldError('minutesPerPage')}
          </div>
        </div>
        <fieldset aria-describedby={described('studyWeekdays')}>
          <legend>Study days</legend>
          <div className="plan-weekdays">
            {orderedDays.map((day) => (
              <label key={day} className="checkbox">
                <input
                  type="checkbox"
                  checked={current.studyWeekdays.includes(day)}
                  onChange={(event) =>
                    update({
                      studyWeekdays: event.target.checked
                        ? [...current.studyWeekdays, day]
                        : current.studyWeekdays.filter((d) => d !== day),
                    })
                  }
                />
                {names[day]}
              </label>
            ))}
          </div>
          {fieldError('studyWeekdays')}
        </fieldset>
        <Blackouts
          blackouts={current.blackouts}
          onChange={(blackouts) => update({ blackouts })}
          error={fieldError('blackouts')}
        />
        <p role="status" className="muted">
          {draft && Object.keys(errors).length > 0
            ? 'Not saved: fix what is marked above; your saved goal is unchanged.'
            : saved && !draft
              ? 'Saved'
              : ''}
        </p>
        <ErrorMessage error={goal.error} />
      </form>
    </section>
  )
}

function Blackouts({
  blackouts,
  onChange,
  error,
}: {
  blackouts: PlanGoal['blackouts']
  onChange: (next: PlanGoal['blackouts']) => void
  error: ReactNode
}) {
  const [start, setStart] = useState('')
  const [end, setEnd] = useState('')
  const [label, setLabel] = useState('')
  const [problem, setProblem] = useState<ReturnType<typeof blackoutProblem>>()
  const id = useId()
  const add = () => {
    const found = blackoutProblem(start, end, label)
    setProblem(found)
    if (found) return
    onChange(
      [...blackouts, { start, end, label: label.trim() || undefined }].sort((a, b) =>
        a.start.localeCompare(b.start),
      ),
    )
    setStart('')
    setEnd('')
    setLabel('')
  }
  const labelInvalid = problem?.field === 'label'
  return (
    <fieldset>
      <legend>Blackout dates</legend>
      {blackouts.length > 0 ? (
        <ul className="plan-blackouts" aria-label="Blackout dates">
          {blackouts.map((b, index) => {
            const name = `${b.label ? `${b.label}: ` : ''}${formatIsoDay(b.start)} – ${formatIsoDay(b.end)}`
            return (
              <li key={`${b.start}-${b.end}-${index}`}>
                <span>{name}</span>
                <button
                  type="button"
                  aria-label={`Remove blackout ${name}`}
                  onClick={() => onChange(blackouts.filter((_, i) => i !== index))}
                >
                  Remove
                </button>
              </li>
            )
          })}
        </ul>
      ) : (
        <p className="muted">
          No blackout dates. Add holidays or busy weeks so the plan skips them.
        </p>
      )}
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-start`}>Blackout from</label>
          <input
            id={`${id}-start`}
            type="date"
            value={start}
            onChange={(e) => setStart(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-end`}>Blackout to</label>
          <input
            id={`${id}-end`}
            type="date"
            value={end}
            onChange={(e) => setEnd(e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-label`}>Blackout label</label>
          <input
            id={`${id}-label`}
            value={label}
            placeholder="Holidays"
            aria-invalid={labelInvalid ? true : undefined}
            aria-describedby={labelInvalid ? `${id}-problem` : undefined}
            onChange={(e) => setLabel(e.target.value)}
          />
        </div>
        <div className="field">
          <button type="button" onClick={add}>
            Add blackout
          </button>
        </div>
      </div>
      {problem ? (
        <small id={`${id}-problem`} className="error-text">
          {problem.message}
        </small>
      ) : null}
      {error}
    </fieldset>
  )
}
