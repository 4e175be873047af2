import { useId, useMemo, useState } from 'react'
import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  formatIsoDay,
  startOfMonthIso,
  startOfWeekIso,
  weekStartFor,
} from '../../domain/dates'
import { formatMinutes } from '../../domain/durations'
import { blocksByDay } from './forecast'
import type { PlanForecast } from './forecast'
import type { StudyBlock } from './scheduler'

type ViewName = 'week' | 'month' | 'timeline'
const viewLabels: Record<ViewName, string> = { week: 'Week', month: 'Month', timeline: 'Timeline' }

/** The forecast three ways: this week's agenda, a month calendar, and the path up to the exam. */
export function PlanViews({
  forecast,
  blackouts,
}: {
  forecast: PlanForecast
  blackouts: { start: string; end: string; label?: string }[]
}) {
  const [view, setView] = useState<ViewName>('week')
  const id = useId()
  const byDay = useMemo(() => blocksByDay(forecast.blocks), [forecast.blocks])
  const isBlackout = (day: string) => blackouts.find((b) => day >= b.start && day <= b.end)
  return (
    <section className="card stack" aria-labelledby={`${id}-heading`}>
      <div className="plan-views-head">
        <h2 id={`${id}-heading`}>Schedule</h2>
        <div role="group" aria-label="View" className="segmented">
          {(Object.keys(viewLabels) as ViewName[]).map((name) => (
            <button
              key={name}
              type="button"
              aria-pressed={view === name}
              onClick={() => setView(name)}
            >
              {viewLabels[name]}
            </button>
          ))}
        </div>
      </div>
      {view === 'week' ? (
        <WeekAgenda forecast={forecast} byDay={byDay} isBlackout={isBlackout} />
      ) : null}
      {view === 'month' ? (
        <MonthCalendar forecast={forecast} byDay={byDay} isBlackout={isBlackout} />
      ) : null}
      {view === 'timeline' ? <Timeline forecast={forecast} /> : null}
    </section>
  )
}

interface CalendarProps {
  forecast: PlanForecast
  byDay: Map<string, StudyBlock[]>
  isBlackout: (day: string) => { label?: string } | undefined
}

function WeekAgenda({ forecast, byDay, isBlackout }: CalendarProps) {
  const weekStart = weekStartFor()
  const [offset, setOffset] = useState(0)
  const first = addDaysIso(startOfWeekIso(forecast.today, weekStart), offset * 7)
  const days = Array.from({ length: 7 }, (_, i) => addDaysIso(first, i))
  const todays = byDay.get(forecast.today) ?? []
  const weekTotal = days.reduce(
    (sum, day) => sum + (byDay.get(day) ?? []).reduce((s, b) => s + b.minutes, 0),
    0,
  )
  return (
    <div className="stack">
      {offset === 0 ? (
        <div className="plan-today" aria-label="Today">
          <h3>Today</h3>
          {todays.length === 0 ? (
            <p className="muted">Nothing planned today.</p>
          ) : (
            <ul>
              {todays.map((b) => (
                <li key={b.itemId}>
                  <strong>{formatMinutes(b.minutes)}</strong> {b.title}
                </li>
              ))}
            </ul>
          )}
        </div>
      ) : null}
      <div className="toolbar plan-nav">
        <button type="button" onClick={() => setOffset(offset - 1)}>
          Previous week
        </button>
        <button type="button" onClick={() => setOffset(0)} disabled={offset === 0}>
          This week
        </button>
        <button type="button" onClick={() => setOffset(offset + 1)}>
          Next week
        </button>
        <span className="muted">
          {formatIsoDay(days[0]!)} – {formatIsoDay(days[6]!)} · {formatMinutes(weekTotal)} planned
        </span>
      </div>
      <ol className="plan-week" aria-label="Week agenda">
        {days.map((day) => {
          const blocks = byDay.get(day) ?? []
          const blackout = isBlackout(day)
          return (
            <li
              key={day}
              className={`plan-day${day === forecast.today ? ' today' : ''}${day < forecast.today ? ' past' : ''}`}
            >
              <h3 className="plan-day-name">
                {formatIsoDay(day, undefined, { weekday: 'short', day: 'numeric', month: 'short' })}
                {day === forecast.today ? <span className="badge">Today</span> : null}
              </h3>
              {day === forecast.examDate ? <p className="plan-exam-tag">Exam day</p> : null}
              {blackout ? (
                <p className="muted">Blackout{blackout.label ? `: ${blackout.label}` : ''}</p>
              ) : null}
              {blocks.length === 0 && !blackout ? <p className="muted">—</p> : null}
              <ul className="plan-blocks">
                {blocks.map((b) => (
                  <li key={b.itemId} className="plan-block">
                    <span className="plan-block-minutes">{formatMinutes(b.minutes)}</span> {b.title}
                  </li>
                ))}
              </ul>
            </li>
          )
        })}
      </ol>
    </div>
  )
}

function MonthCalendar({ forecast, byDay, isBlackout }: CalendarProps) {
  const weekStart = weekStartFor()
  const [month, setMonth] = useState(startOfMonthIso(forecast.today))
  const first = startOfWeekIso(month, weekStart)
  const nextMonth = addMonthsIso(month, 1)
  const weeks = Math.ceil(daysBetween(first, nextMonth) / 7)
  const days = Array.from({ length: weeks * 7 }, (_, i) => addDaysIso(first, i))
  const monthName = formatIsoDay(month, undefined, { month: 'long', year: 'numeric' })
  const weekdayHeads = days
    .slice(0, 7)
    .map((day) => formatIsoDay(day, undefined, { weekday: 'short' }))
  return (
    <div className="stack">
      <div className="toolbar plan-nav">
        <button type="button" onClick={() => setMonth(addMonthsIso(month, -1))}>
          Previous month
        </button>
        <button type="button" onClick={() => setMonth(startOfMonthIso(forecast.today))}>
          This month
        </button>
        <button type="button" onClick={() => setMonth(nextMonth)}>
          Next month
        </button>
        <h3 className="plan-month-name" aria-live="polite">
          {monthName}
        </h3>
      </div>
      <div className="plan-month" role="table" aria-label={`Month calendar, ${monthName}`}>
        <div role="row" className="plan-month-row">
          {weekdayHeads.map((name) => (
            <span role="columnheader" key={name} className="plan-month-head">
              {name}
            </span>
          ))}
        </div>
        {Array.from({ length: weeks }, (_, w) => (
          <div role="row" className="plan-month-row" key={w}>
            {days.slice(w * 7, w * 7 + 7).map((day) => {
              const blocks = byDay.get(day) ?? []
              const total = blocks.reduce((s, b) => s + b.minutes, 0)
              const outside = day < month || day >= nextMonth
              return (
                <div
                  role="cell"
                  key={day}
                  className={`plan-month-cell${outside ? ' outside' : ''}${day === forecast.today ? ' today' : ''}${isBlackout(day) ? ' blackout' : ''}`}
                  aria-label={`${formatIsoDay(day, undefined, { dateStyle: 'full' })}${total ? `: ${formatMinutes(total)} planned` : ''}${day === forecast.examDate ? ', exam day' : ''}`}
                >
                  <span className="plan-month-day" aria-hidden="true">
                    {Number(day.slice(8))}
                  </span>
                  {day === forecast.examDate ? (
                    <span className="plan-exam-tag" aria-hidden="true">
                      Exam
                    </span>
                  ) : null}
                  {blocks.slice(0, 3).map((b) => (
                    <span
                      key={b.itemId}
                      className="plan-month-block"
                      aria-hidden="true"
                      title={`${b.title}, ${formatMinutes(b.minutes)}`}
                    >
                      {formatMinutes(b.minutes)} {b.title}
                    </span>
                  ))}
                  {blocks.length > 3 ? (
                    <span className="muted" aria-hidden="true">
                      +{blocks.length - 3} more
                    </span>
                  ) : null}
                </div>
              )
            })}
          </div>
        ))}
      </div>
    </div>
  )
}

function Timeline({ forecast }: { forecast: PlanForecast }) {
  const scheduled = forecast.items.filter((f) => f.start)
  if (scheduled.length === 0)
    return <p className="muted">Nothing is scheduled yet, so there is no timeline.</p>
  const end = [
    forecast.finish,
    forecast.examDate && !forecast.examInPast ? forecast.examDate : null,
    ...scheduled.map((f) => f.finish),
  ]
    .filter((d): d is string => !!d)
    .reduce((a, b) => (a > b ? a : b), forecast.today)
  const span = Math.max(1, daysBetween(forecast.today, end) + 1)
  const pct = (day: string) => `${(Math.max(0, daysBetween(forecast.today, day)) / span) * 100}%`
  const examLeft = forecast.examDate && !forecast.examInPast ? pct(forecast.examDate) : null
  return (
    <div className="plan-timeline">
      <p className="muted">
        {formatIsoDay(forecast.today)} → {formatIsoDay(end)}
        {forecast.examDate && !forecast.examInPast
          ? ` · exam ${formatIsoDay(forecast.examDate)}`
          : ' · exam not booked yet'}
      </p>
      <ol aria-label="Timeline">
        {forecast.items.map((f) => {
          if (!f.start) return null
          const finish = f.finish ?? end
          const late = forecast.examDate && !forecast.examInPast && finish > forecast.examDate
          return (
            <li key={f.itemId} className="plan-timeline-row">
              <span className="plan-timeline-label">{f.title}</span>
              <span className="plan-timeline-track">
                <span
                  className={`plan-timeline-bar${late ? ' late' : ''}`}
                  style={{
                    left: pct(f.start),
                    width: `max(4px, calc(${pct(addDaysIso(finish, 1))} - ${pct(f.start)}))`,
                  }}
                />
                {examLeft ? (
                  <span
                    className="plan-timeline-exam"
                    style={{ left: examLeft }}
                    aria-hidden="true"
                  />
                ) : null}
              </span>
              <span className="plan-timeline-dates">
                {formatIsoDay(f.start, undefined, { day: 'numeric', month: 'short' })} –{' '}
                {f.finish
                  ? formatIsoDay(f.finish, undefined, {
                      day: 'numeric',
                      month: 'short',
                      year: 'numeric',
                    })
                  : 'not within 5 years'}
              </span>
            </li>
          )
        })}
      </ol>
    </div>
  )
}
