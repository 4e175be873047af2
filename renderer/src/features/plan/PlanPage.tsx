import { Loading } from '../../ui/Loading'
import { examShortName } from '../../domain/exam-name'
import { pathRuleText, type PathSummary } from '../../domain/path-progress'
import { toPercent } from '../../domain/progress'
import { Link } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { useResources } from '../catalog'
import { ExportCalendarButton } from './ExportCalendarButton'
import { ForecastSummary } from './ForecastSummary'
import { GoalForm } from './GoalForm'
import { usePlanForecast } from './hooks'
import { AddResourcePicker, PathList } from './PathList'
import { PlanViews } from './PlanViews'
import './plan.css'

/** The path's progress, the figure the Dashboard and Readiness show too, and how it is computed. */
function PathProgressLine({ path }: { path: PathSummary }) {
  return (
    <div>
      <p>
        <strong>
          {path.fraction === null
            ? 'Nothing to count'
            : `${toPercent(path.fraction)}% of the path done`}
        </strong>{' '}
        ({path.done} of {path.counted} done{path.skipped ? `, ${path.skipped} skipped` : ''})
      </p>
      <p className="muted">{pathRuleText(path)}</p>
    </div>
  )
}

export default function PlanPage() {
  const plan = usePlanForecast()
  const resources = useResources()
  const all = resources.data ?? []
  const certifications = all.filter((r) => r.kind === 'certification')
  const cert = all.find((r) => r.id === plan.goal.certificationId)
  const examTitle = examShortName(cert?.title)
  const rows = plan.rows ?? []
  const exam =
    plan.exam.date && cert
      ? { certificationId: cert.id, title: cert.title, date: plan.exam.date }
      : null
  return (
    <>
      <PageHeader
        title="Plan"
        intro={`Your study path toward ${examTitle}: what to study, in what order, and when you will finish.`}
        actions={<ExportCalendarButton forecast={plan.forecast} rows={rows} exam={exam} />}
      />
      <ErrorMessage error={plan.error} />
      {plan.isLoading || !plan.forecast ? (
        <Loading>Loading your plan…</Loading>
      ) : (
        <div className="plan-layout">
          <div className="stack plan-main">
            {rows.length > 0 ? (
              <ForecastSummary
                forecast={plan.forecast}
                weeklyHours={plan.goal.weeklyHours}
                actualWeeklyMinutes={plan.actualWeeklyMinutes ?? 0}
                examTitle={examTitle}
                examFromAttempt={plan.exam.source === 'attempt'}
              />
            ) : null}
            <section className="card stack" aria-labelledby="path-heading">
              <h2 id="path-heading">Study path</h2>
              {rows.length > 0 && plan.path ? <PathProgressLine path={plan.path} /> : null}
              <AddResourcePicker resources={all} rows={rows} />
              {rows.length === 0 ? (
                <EmptyState
                  title="No study path yet"
                  action={<Link to="/catalog">Browse the catalog</Link>}
                >
                  <p>
                    Choose a resource above, or open one in the catalog and press Add to plan. Each
                    item gets planned hours from the catalog, and the forecast tells you when you
                    will finish against your exam date.
                  </p>
                </EmptyState>
              ) : (
                <PathList rows={rows} forecasts={plan.forecast.items} />
              )}
            </section>
          </div>
          <div className="plan-side">
            <GoalForm
              certifications={certifications}
              today={plan.today}
              exam={plan.exam}
              examTitle={examTitle}
            />
          </div>
          {rows.length > 0 ? (
            <div className="plan-wide">
              <PlanViews forecast={plan.forecast} blackouts={plan.goal.blackouts} />
            </div>
          ) : null}
        </div>
      )}
    </>
  )
}
