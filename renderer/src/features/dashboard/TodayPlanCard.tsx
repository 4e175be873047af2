import { Link } from 'react-router'
import { formatMinutes } from '../../domain/durations'

export interface TodayBlock {
  resourceId: string
  title: string
  minutes: number
}

/** Today's blocks from the plan's forecast, one per resource; null when there is no path yet. */
export function todaysBlocks(
  plan: {
    rows?: readonly unknown[]
    forecast?: { blocks: readonly (TodayBlock & { date: string })[] }
  },
  today: string,
): TodayBlock[] | null {
  if (!plan.rows || plan.rows.length === 0 || !plan.forecast) return null
  const byResource = new Map<string, TodayBlock>()
  for (const block of plan.forecast.blocks) {
    if (block.date !== today) continue
    const current = byResource.get(block.resourceId)
    byResource.set(block.resourceId, {
      resourceId: block.resourceId,
      title: block.title,
      minutes: (current?.minutes ?? 0) + block.minutes,
    })
  }
  return [...byResource.values()]
}

/** Today's planned study from the plan's scheduler; `blocks` null means no plan yet. */
export function TodayPlanCard({
  blocks,
  loggedToday,
}: {
  blocks: readonly TodayBlock[] | null
  loggedToday: number
}) {
  const planned = blocks?.reduce((sum, block) => sum + block.minutes, 0) ?? 0
  return (
    <section className="card dash-card" aria-labelledby="today-heading">
      <h2 id="today-heading">Today</h2>
      {blocks === null ? (
        <>
          <p>No study plan yet, so nothing is scheduled for today.</p>
          <p>
            <Link to="/plan">Plan your study path</Link>
          </p>
        </>
      ) : blocks.length === 0 ? (
        <p>Nothing planned for today. A rest day, or study ahead.</p>
      ) : (
        <>
          <p className="dash-figure">{formatMinutes(planned)} planned</p>
          <ul className="dash-list">
            {blocks.map((block) => (
              <li key={block.resourceId}>
                <Link to={`/catalog/${encodeURIComponent(block.resourceId)}`}>{block.title}</Link>{' '}
                <span className="muted">{formatMinutes(block.minutes)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="muted">
        {loggedToday > 0
          ? `${formatMinutes(loggedToday)} logged today.`
          : 'Nothing logged today yet.'}
      </p>
    </section>
  )
}
