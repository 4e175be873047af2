import { useId } from 'react'
import { Link } from 'react-router'
import { formatIsoDay } from '../../domain/dates'
import { daysBetween } from '../../domain/dates'
import type { PlanConflict, PlanForecast } from './forecast'
import { formatHours, formatMinutes } from '../../domain/durations'

function conflictText(conflict: PlanConflict): string {
  switch (conflict.kind) {
    case 'target-missed':
      return `${conflict.title}: forecast to finish ${formatIsoDay(conflict.finish)}, ${conflict.byDays} ${conflict.byDays === 1 ? 'day' : 'days'} after its target finish of ${formatIsoDay(conflict.targetFinish)}.`
    case 'target-passed':
      return `${conflict.title}: its target finish ${formatIsoDay(conflict.targetFinish)} has passed with study still left.`
    case 'target-after-exam':
      return `${conflict.title}: its target finish ${formatIsoDay(conflict.targetFinish)} is after the exam date.`
    case 'no-estimate':
      return `${conflict.title}: no estimate yet. Enter planned hours so the forecast includes it.`
  }
}

/** The forecast in plain words: when the path finishes, against the exam, and what it would take. */
export function ForecastSummary({
  forecast,
  weeklyHours,
  actualWeeklyMinutes,
  examTitle,
  examFromAttempt = false,
}: {
  forecast: PlanForecast
  weeklyHours: number
  actualWeeklyMinutes: number
  examTitle: string
  /** True when the exam date comes from an exam attempt rather than the goal. */
  examFromAttempt?: boolean
}) {
  const id = useId()
  const booked = forecast.examDate !== null && !forecast.examInPast
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Forecast</h2>
      <dl className="plan-summary">
        <div>
          <dt>Forecast finish</dt>
          <dd>
            {forecast.finish
              ? formatIsoDay(forecast.finish, undefined, { dateStyle: 'long' })
              : '—'}
          </dd>
        </div>
        <div>
          <dt>{examTitle} exam</dt>
          <dd>
            {forecast.examDate
              ? formatIsoDay(forecast.examDate, undefined, { dateStyle: 'long' })
              : 'Not booked yet'}
            {booked ? (
              <span className="muted">
                {' '}
                · in {daysBetween(forecast.today, forecast.examDate!)} days
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>Left to study</dt>
          <dd>{formatMinutes(forecast.totalRemainingMinutes)}</dd>
        </div>
      </dl>
      <Verdict forecast={forecast} examFromAttempt={examFromAttempt} />
      <PaceMeter
        requiredWeeklyMinutes={booked ? forecast.requiredWeeklyMinutes : null}
        plannedWeeklyMinutes={weeklyHours * 60}
        actualWeeklyMinutes={actualWeeklyMinutes}
      />
      {forecast.conflicts.length > 0 ? (
        <div className="notice" role="region" aria-label="Target date conflicts">
          <h3>Target dates and estimates that need attention</h3>
          <ul>
            {forecast.conflicts.map((conflict) => (
              <li key={`${conflict.kind}-${conflict.itemId}`}>{conflictText(conflict)}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

function Verdict({
  forecast,
  examFromAttempt,
}: {
  forecast: PlanForecast
  examFromAttempt: boolean
}) {
  if (forecast.problem === 'no-capacity') {
    return (
      <p className="notice">
        No study time is available, so nothing can be scheduled: set weekly hours above 0, choose at
        least one study day, and make sure blackout dates leave some days free.
      </p>
    )
  }
  if (forecast.problem === 'beyond-horizon') {
    return (
      <p className="notice">
        At this pace the path does not finish within 5 years. Add weekly hours or trim the path.
      </p>
    )
  }
  if (forecast.examInPast && examFromAttempt) {
    return (
      <p className="notice">
        Your exam attempt's date, {formatIsoDay(forecast.examDate!)}, has passed. Record the result
        or change the date on the <Link to="/exam">Exam page</Link>.
      </p>
    )
  }
  if (forecast.examInPast) {
    return (
      <p className="notice">
        Your exam date, {formatIsoDay(forecast.examDate!)}, has passed. Set a new exam date or
        choose “Not booked yet”.
      </p>
    )
  }
  if (!forecast.finish || !forecast.examDate) return null
  if (forecast.lateByDays > 0) {
    const days = `${forecast.lateByDays} ${forecast.lateByDays === 1 ? 'day' : 'days'}`
    const fix =
      forecast.requiredWeeklyMinutes !== null
        ? `Study ${formatHours(forecast.requiredWeeklyMinutes)} a week to finish by then.`
        : 'No number of weekly hours makes it with these target dates and blackouts: move the exam or trim the path.'
    return (
      <p className="notice plan-late" role="alert">
        <strong>Late by {days}:</strong> the path finishes {formatIsoDay(forecast.finish)}, after
        your exam on {formatIsoDay(forecast.examDate)}. {fix}
      </p>
    )
  }
  // Defect 6: "On track" would be a guess while an item has no estimate to schedule.
  const unestimated = forecast.conflicts.filter((c) => c.kind === 'no-estimate').length
  if (unestimated > 0) {
    return (
      <p className="notice" role="status">
        {unestimated} {unestimated === 1 ? 'item has' : 'items have'} no estimate, so the forecast
        leaves {unestimated === 1 ? 'it' : 'them'} out: set planned hours on{' '}
        {unestimated === 1 ? 'it' : 'each'} (Edit, in the study path) to know whether you are on
        track.
      </p>
    )
  }
  const spare = daysBetween(forecast.finish, forecast.examDate)
  return (
    <p className="plan-on-track">
      On track: the path finishes{' '}
      {spare === 0 ? 'on exam day' : `${spare} ${spare === 1 ? 'day' : 'days'} before the exam`}.
    </p>
  )
}

export function PaceMeter({
  requiredWeeklyMinutes,
  plannedWeeklyMinutes,
  actualWeeklyMinutes,
}: {
  requiredWeeklyMinutes: number | null
  plannedWeeklyMinutes: number
  actualWeeklyMinutes: number
}) {
  const target = requiredWeeklyMinutes ?? plannedWeeklyMinutes
  const targetLabel = requiredWeeklyMinutes !== null ? 'Required per week' : 'Planned per week'
  const max = Math.max(target, actualWeeklyMinutes, 60)
  const behind = actualWeeklyMinutes < target
  return (
    <div className="plan-pace" role="group" aria-label="Pace">
      <h3>Pace</h3>
      <div className="plan-pace-row">
        <span>{targetLabel}</span>
        <span className="plan-pace-track" aria-hidden="true">
          <span className="plan-pace-bar required" style={{ width: `${(target / max) * 100}%` }} />
        </span>
        <strong>{formatHours(target)}</strong>
      </div>
      <div className="plan-pace-row">
        <span>Actual, last 4 weeks</span>
        <span className="plan-pace-track" aria-hidden="true">
          <span
            className={`plan-pace-bar actual${behind ? ' behind' : ''}`}
            style={{ width: `${(actualWeeklyMinutes / max) * 100}%` }}
          />
        </span>
        <strong>{formatHours(actualWeeklyMinutes)}</strong>
      </div>
      <p className="muted">
        {actualWeeklyMinutes === 0
          ? 'No study logged in the last 4 weeks yet.'
          : behind
            ? `${formatHours(target - actualWeeklyMinutes)} a week behind.`
            : 'Keeping pace.'}
      </p>
    </div>
  )
}
