import { Fragment } from 'react'
import { formatIsoDay } from '../../domain/dates'
import { heatmapLevels, type HeatmapDay } from '../log/stats'

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' })

function monthLabel(day: string): string {
  return monthFormat.format(new Date(`${day}T00:00:00Z`))
}

function cellLabel(cell: HeatmapDay): string {
  return `${cell.day}: ${cell.minutes} ${cell.minutes === 1 ? 'minute' : 'minutes'}`
}

/** 53 weeks × 7 days as a CSS grid; each day is labelled with its date and minutes. */
export function Heatmap({ weeks }: { weeks: readonly HeatmapDay[][] }) {
  const firstWeek = weeks[0] ?? []
  const weekdayNames = firstWeek.map((cell) =>
    new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' }).format(
      new Date(`${cell.day}T00:00:00Z`),
    ),
  )
  return (
    <div className="heatmap-wrap">
      <div className="heatmap-months" aria-hidden="true">
        {weeks.map((week, index) => {
          const first = week[0]
          const previous = weeks[index - 1]?.[0]
          const show = first && (!previous || first.day.slice(0, 7) !== previous.day.slice(0, 7))
          return <span key={first?.day ?? index}>{show && first ? monthLabel(first.day) : ''}</span>
        })}
      </div>
      <div className="heatmap-body">
        <div className="heatmap-weekdays" aria-hidden="true">
          {weekdayNames.map((name, index) => (
            <span key={name}>{index % 2 === 1 ? name : ''}</span>
          ))}
        </div>
        <ol className="heatmap" aria-label="Study minutes per day, last 12 months">
          {weeks.map((week, column) => (
            <Fragment key={week[0]?.day ?? column}>
              {week.map((cell) => (
                <li
                  key={cell.day}
                  className={`heat heat-${cell.level}`}
                  title={`${formatIsoDay(cell.day)}: ${cell.minutes} min`}
                  aria-label={cellLabel(cell)}
                />
              ))}
            </Fragment>
          ))}
        </ol>
      </div>
      <div className="heatmap-legend">
        <span className="muted">Less</span>
        <ul aria-label="Legend">
          {heatmapLevels.map((entry) => (
            <li key={entry.level} aria-label={entry.label} title={entry.label}>
              <span className={`heat heat-${entry.level}`} aria-hidden="true" />
            </li>
          ))}
        </ul>
        <span className="muted">More</span>
      </div>
    </div>
  )
}
