import { countOf } from '../../domain/numbers'
import { Loading } from '../../ui/Loading'
import { differenceInCalendarDays, subDays } from 'date-fns'
import { lazy, memo, Suspense, useDeferredValue, useEffect, useMemo, useState } from 'react'
import { Link } from 'react-router'
import { formatIsoDay, parseIsoDay, todayIso, toIsoDay, weekStartFor } from '../../domain/dates'
import { formatHours, formatMinutes } from '../../domain/durations'
import type { EffectiveExamDate } from '../../domain/exam-date'
import { examShortName } from '../../domain/exam-name'
import { statusLabels, toPercent } from '../../domain/progress'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useAfterIdle } from '../../ui/after-idle'
import { PageHeader } from '../../ui/PageHeader'
import {
  useStreakMinimum,
  useTimer,
  ProgressBar,
  heatmapWeeks,
  minutesThisWeek,
  streakOf,
  weeklyTotals,
  LazyTimerControl,
  mayHaveSessions,
} from '../log'
import { Heatmap } from './Heatmap'
import { useStudyDays } from './hooks'
import { pathRuleText, type PathSummary } from '../../domain/path-progress'
import { useResource } from '../catalog'
import { CoverageSummaryLine } from '../coverage'
import { usePlanForecast } from '../plan'
import { DueCardsCard, useReviewDaySummaries, withReviewMinutes } from '../review'
import { TodayPlanCard, todaysBlocks } from './TodayPlanCard'
import './dashboard.css'

// The chart library's chunk is fetched as soon as the Dashboard opens, alongside its data, so
// the chart rarely has to wait for it; but not on the start that creates the database, which
// has nothing to draw (it loads once a first session is logged), so that start does not fetch
// and compile it. Once it has arrived the chart renders straight away: a lazy component
// suspends on its first render even when its module is here, and React then holds the revealed
// content back (up to 300 ms after a Suspense fallback showed), which kept the whole page
// loading about 90 ms after its figures on a warm start with data.
type ChartComponent = typeof import('./WeeklyHoursChart').default
let loadedChart: ChartComponent | undefined
let chartRequest: Promise<{ default: ChartComponent }> | undefined
function weeklyHoursChart() {
  chartRequest ??= import('./WeeklyHoursChart').then((module) => {
    loadedChart = module.default
    return module
  })
  return chartRequest
}
const LazyWeeklyHoursChart = lazy(weeklyHoursChart)

function WeeklyHoursChart(props: Parameters<ChartComponent>[0]) {
  const Chart = loadedChart
  return Chart ? (
    <Chart {...props} />
  ) : (
    <Suspense fallback={<Loading>Loading chart…</Loading>}>
      <LazyWeeklyHoursChart {...props} />
    </Suspense>
  )
}

function ExamSource({ exam, examTitle }: { exam: EffectiveExamDate; examTitle: string }) {
  return exam.source === 'attempt' ? (
    <p className="muted">
      From your {examTitle} attempt. <Link to="/exam">Change it on the Exam page</Link>
    </p>
  ) : (
    <p className="muted">
      From your Plan goal. <Link to="/plan">Change it in Plan</Link>
    </p>
  )
}

function ExamCountdownCard({
  exam,
  examTitle,
  loading,
  today,
}: {
  exam: EffectiveExamDate
  examTitle: string
  loading: boolean
  today: string
}) {
  const examDate = exam.date
  const days = examDate ? differenceInCalendarDays(parseIsoDay(examDate), parseIsoDay(today)) : null
  const at =
    exam.source === 'attempt' && exam.examTime
      ? ` at ${exam.examTime}${exam.timeZone ? ` (${exam.timeZone})` : ''}`
      : ''
  return (
    <section className="card dash-card" aria-labelledby="exam-heading">
      <h2 id="exam-heading">Exam</h2>
      {loading ? (
        <Loading>Loading your exam date…</Loading>
      ) : examDate === null || days === null ? (
        <>
          <p>No exam date set yet.</p>
          <p>
            <Link to="/plan">Set your exam date in Plan</Link> or{' '}
            <Link to="/exam">add your attempt on the Exam page</Link>
          </p>
        </>
      ) : days > 0 ? (
        <>
          <p className="dash-figure" role="timer" aria-label="Days to the exam">
            {days} {days === 1 ? 'day' : 'days'} left
          </p>
          <p className="muted">
            {examTitle} exam on {formatIsoDay(examDate, undefined, { dateStyle: 'full' })}
            {at}.
          </p>
          <ExamSource exam={exam} examTitle={examTitle} />
        </>
      ) : days === 0 ? (
        <>
          <p className="dash-figure" role="timer" aria-label="Days to the exam">
            Exam day is today{at}. Good luck.
          </p>
          <ExamSource exam={exam} examTitle={examTitle} />
        </>
      ) : exam.source === 'attempt' ? (
        <>
          <p>
            Your {examTitle} attempt's exam date, {formatIsoDay(examDate)}, has passed.
          </p>
          <p>
            <Link to="/exam">Record the result or change the date on the Exam page</Link>
          </p>
        </>
      ) : (
        <>
          <p>The exam date, {formatIsoDay(examDate)}, has passed.</p>
          <p>
            <Link to="/plan">Update the exam date in Plan</Link>
          </p>
        </>
      )}
    </section>
  )
}

/**
 * Hours this week against the target: the weekly-hours setting, or the pace the plan needs to
 * finish by the exam when that is higher (the Plan says "Late"; this card must not hide it).
 */
function WeekCard({
  minutes,
  weeklyHours,
  requiredWeeklyMinutes,
}: {
  minutes: number
  weeklyHours: number | null
  requiredWeeklyMinutes: number | null
}) {
  const setting = weeklyHours ? weeklyHours * 60 : 0
  const needed = requiredWeeklyMinutes !== null && requiredWeeklyMinutes > setting
  const target = needed ? requiredWeeklyMinutes : setting
  return (
    <section className="card dash-card" aria-labelledby="week-heading">
      <h2 id="week-heading">This week</h2>
      {target > 0 ? (
        <>
          <p className="dash-figure">
            {formatHours(minutes)} of {formatHours(target)}
          </p>
          <ProgressBar label="Hours this week against the target" fraction={minutes / target} />
          {needed ? (
            <p className="muted">
              The pace your plan needs to finish by the exam, above your {formatHours(setting)}{' '}
              weekly setting. <Link to="/plan">See the forecast</Link>
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="dash-figure">{formatHours(minutes)}</p>
          <p className="muted">
            No weekly target yet. <Link to="/plan">Set weekly hours in Plan</Link>
          </p>
        </>
      )}
    </section>
  )
}

function StreakCard({
  current,
  longest,
  todayCounts,
  minimum,
}: {
  current: number
  longest: number
  todayCounts: boolean
  minimum: number
}) {
  return (
    <section className="card dash-card" aria-labelledby="streak-heading">
      <h2 id="streak-heading">Streak</h2>
      <p className="dash-figure">
        {current} {current === 1 ? 'day' : 'days'}
      </p>
      <p className="muted">
        {current > 0 && !todayCounts
          ? `Study ${minimum} minutes today to keep it going. `
          : current === 0
            ? `Study ${minimum} minutes today to start one. `
            : ''}
        Longest: {longest} {longest === 1 ? 'day' : 'days'}. Days with at least {minimum} minutes
        count (<Link to="/settings">change</Link>).
      </p>
    </section>
  )
}

/** Memoized: the path only changes with progress or the plan, not with each logged session. */
const PathCard = memo(function PathCard({ path }: { path: PathSummary }) {
  return (
    <section className="card stack" aria-labelledby="path-heading">
      <h2 id="path-heading">Progress</h2>
      <div>
        <p className="dash-figure">
          {path.fraction === null
            ? 'Nothing to count'
            : `${toPercent(path.fraction)}% of the path done`}
        </p>
        <ProgressBar
          label="Whole path"
          fraction={path.fraction}
          detail={`${path.done} of ${path.counted} done${path.skipped ? `, ${path.skipped} skipped and left out` : ''}. ${
            path.fromPlan
              ? 'Your planned study path.'
              : 'No plan yet: every resource in your catalog counts.'
          }`}
        />
        <p className="muted">{pathRuleText(path)}</p>
      </div>
      <ul className="path-list" aria-label="Progress per resource">
        {path.entries.map((entry) => (
          <li key={entry.resourceId}>
            <div className="path-line">
              <Link to={`/catalog/${encodeURIComponent(entry.resourceId)}`}>{entry.title}</Link>
              <span className={`badge status-${entry.status}`}>
                {statusLabels[entry.status]}
                {entry.status === 'in-progress' && entry.fraction !== null
                  ? ` ${toPercent(entry.fraction)}%`
                  : ''}
              </span>
            </div>
            <ProgressBar label={entry.title} fraction={entry.fraction} />
          </li>
        ))}
      </ul>
    </section>
  )
})

/** The first day the heatmap can show: 53 weeks before today, and a week to spare. */
function yearBefore(today: string): string {
  return toIsoDay(subDays(parseIsoDay(today), 380))
}

export default function DashboardPage() {
  const days = useStudyDays()
  const streakMinimum = useStreakMinimum()
  const timer = useTimer()
  // Once a running timer has shown here it stays for this visit: stopping it asks what was
  // covered in the same place, and that question must not vanish with the timer.
  const [timerShown, setTimerShown] = useState(false)
  if (timer.data && !timerShown) setTimerShown(true)
  const plan = usePlanForecast()
  // The one certification the goal names, read alone: not the whole catalog.
  const cert = useResource(plan.goal.certificationId)
  const examTitle = examShortName(cert.data?.title)
  const today = todayIso()
  const weekStart = useMemo(() => weekStartFor(navigator.language || 'en-US'), [])
  // Review time counts as study: each day's answers add their measured minutes.
  const reviewDays = useReviewDaySummaries(yearBefore(today))
  // The figures wait for the review days too: drawn without them, they would change (and the
  // whole page render again) when the review minutes arrive.
  const byDay = useMemo(
    () =>
      days.data && !reviewDays.isPending
        ? withReviewMinutes(days.data.byDay, reviewDays.data)
        : undefined,
    [days.data, reviewDays.data, reviewDays.isPending],
  )
  const stats = useMemo(() => {
    if (!byDay) return null
    return {
      week: minutesThisWeek(byDay, today, weekStart),
      weeks: weeklyTotals(byDay, today, weekStart, 12),
      heatmap: heatmapWeeks(byDay, today, weekStart, 53),
      streak: streakOf(byDay, today, streakMinimum.value),
      loggedToday: byDay.get(today) ?? 0,
    }
  }, [byDay, today, weekStart, streakMinimum.value])
  const isNew = days.data?.sessionCount === 0
  useEffect(() => {
    void mayHaveSessions().then((maybe) => {
      if (maybe) void weeklyHoursChart()
    })
  }, [])
  useEffect(() => {
    if (days.data && !isNew) void weeklyHoursChart()
  }, [days.data, isNew])
  // The first commit shows the day's figures and the heatmap; the weekly chart and the progress
  // per resource follow in a second render that React may interrupt (useDeferredValue starts
  // at false, then renders with true in the background). Opening the Dashboard, or coming back
  // to it after logging a session, paints what changed first.
  const showDetail = useDeferredValue(true, false)
  const showCoverage = useAfterIdle(showDetail && stats !== null && Boolean(plan.path))

  return (
    <>
      <PageHeader
        title="Dashboard"
        actions={
          <Link className="button primary" to="/log">
            Log session
          </Link>
        }
      />
      <ErrorMessage error={days.error ?? plan.error} />
      {!stats || !plan.path ? (
        <Loading>Loading your study…</Loading>
      ) : (
        <div className="stack">
          {isNew ? (
            <section className="notice" aria-label="Getting started">
              <h2>Welcome to Bastion</h2>
              <p>
                Nothing is logged yet. <Link to="/plan">Plan your path</Link> toward the exam, then
                log a session or start the timer below: your streak, this year's heatmap and your
                weekly hours fill in from there.
              </p>
            </section>
          ) : null}
          {timer.data || timerShown ? (
            <section className="card" aria-label="Timer">
              <LazyTimerControl />
            </section>
          ) : null}
          <div className="dash-grid">
            <TodayPlanCard blocks={todaysBlocks(plan, today)} loggedToday={stats.loggedToday} />
            <ExamCountdownCard
              exam={plan.exam}
              examTitle={examTitle}
              loading={plan.isLoading || cert.isPending}
              today={today}
            />
            <WeekCard
              minutes={stats.week}
              weeklyHours={plan.goal.weeklyHours || null}
              requiredWeeklyMinutes={
                plan.forecast && plan.forecast.lateByDays > 0
                  ? plan.forecast.requiredWeeklyMinutes
                  : null
              }
            />
            <StreakCard {...stats.streak} minimum={streakMinimum.value} />
            <section className="card dash-card" aria-labelledby="review-heading">
              <h2 id="review-heading">Review</h2>
              <DueCardsCard figureClassName="dash-figure" />
            </section>
          </div>
          {/* The coverage line reads every coverage key: it reads once the rest of the page is
              painted and the browser is idle, so its work never delays the figures above. */}
          {showDetail ? (
            <section className="card" aria-label="Coverage">
              <CoverageSummaryLine read={showCoverage} />
            </section>
          ) : null}
          <section className="card" aria-labelledby="heatmap-heading">
            <h2 id="heatmap-heading">Last 12 months</h2>
            <p className="muted">
              {isNew
                ? 'Each square is a day; logged days fill in with color.'
                : `${formatHours(days.data?.totalMinutes ?? 0)} in ${countOf(days.data?.sessionCount ?? 0, 'session', 'sessions')} overall.`}
            </p>
            <Heatmap weeks={stats.heatmap} reviews={reviewDays.data} />
          </section>
          <section className="card" aria-labelledby="weekly-heading">
            <h2 id="weekly-heading">Weekly hours, last 12 weeks</h2>
            {isNew ? (
              <p className="muted">No hours yet. The chart appears once you log a session.</p>
            ) : !showDetail ? (
              <Loading>Loading chart…</Loading>
            ) : (
              <>
                <WeeklyHoursChart weeks={stats.weeks} />
                <details>
                  <summary>Weekly hours as a table</summary>
                  <table className="weekly-table">
                    <thead>
                      <tr>
                        <th scope="col">Week of</th>
                        <th scope="col">Studied</th>
                      </tr>
                    </thead>
                    <tbody>
                      {stats.weeks.map((week) => (
                        <tr key={week.weekStart}>
                          <td>{formatIsoDay(week.weekStart)}</td>
                          <td>{formatMinutes(week.minutes)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </details>
              </>
            )}
          </section>
          {showDetail ? (
            <PathCard path={plan.path} />
          ) : (
            <section className="card stack" aria-labelledby="path-heading">
              <h2 id="path-heading">Progress</h2>
              <Loading>Loading progress…</Loading>
            </section>
          )}
        </div>
      )}
    </>
  )
}
