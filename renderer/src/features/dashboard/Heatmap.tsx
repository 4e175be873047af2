import { countOf, formatCount } from '../../domain/numbers'
import { Fragment, memo } from 'react'
import { heatmapLevels, type HeatmapDay } from '../log'

// Built once: the heatmap formats 371 days per render. Days are read as UTC midnight and
// formatted in UTC, so the calendar day never shifts with the machine's time zone.
const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', timeZone: 'UTC' })
const weekdayFormat = new Intl.DateTimeFormat(undefined, { weekday: 'short', timeZone: 'UTC' })
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

function utcDate(day: string): Date {
  return new Date(`${day}T00:00:00Z`)
}

const reviewsText = (reviews: number) =>
  reviews > 0 ? `, ${countOf(reviews, 'review', 'reviews')}` : ''

/** One day; only a day whose minutes or reviews changed renders again after a save. */
const HeatCell = memo(function HeatCell({ cell, reviews }: { cell: HeatmapDay; reviews: number }) {
  // The date is formatted once for both texts: 371 cells render on each Dashboard open.
  const day = dayFormat.format(utcDate(cell.day))
  const reviewed = reviewsText(reviews)
  return (
    <li
      className={`heat heat-${cell.level}`}
      title={`${day}: ${formatCount(cell.minutes)} min${reviewed}`}
      aria-label={`${day}: ${countOf(cell.minutes, 'minute', 'minutes')}${reviewed}`}
    />
  )
}, sameCell)

function sameCell(
  a: { cell: HeatmapDay; reviews: number },
  b: { cell: HeatmapDay; reviews: number },
): boolean {
  return a.cell.day === b.cell.day && a.cell.minutes === b.cell.minutes && a.reviews === b.reviews
}

/** Weeks closer than this to the next month's label leave their own label out (no overlap). */
const MIN_LABEL_WEEKS = 3

/** The month label of each week column: at a month's first week, unless the next is too close. */
function monthLabels(weeks: readonly HeatmapDay[][]): string[] {
  const starts: number[] = []
  weeks.forEach((week, index) => {
    const first = week[0]?.day.slice(0, 7)
    if (first && first !== weeks[index - 1]?.[0]?.day.slice(0, 7)) starts.push(index)
  })
  const labels = weeks.map(() => '')
  starts.forEach((index, i) => {
    const next = starts[i + 1] ?? Infinity
    const first = weeks[index]?.[0]
    if (first && next - index >= MIN_LABEL_WEEKS)
      labels[index] = monthFormat.format(utcDate(first.day))
  })
  return labels
}

/**
 * 53 weeks × 7 days as a CSS grid; each day is labelled with its date and minutes (review time
 * included), and how many cards were reviewed that day.
 */
export const Heatmap = memo(function Heatmap({
  weeks,
  reviews,
}: {
  weeks: readonly HeatmapDay[][]
  reviews?: ReadonlyMap<string, { reviews: number }>
}) {
  const firstWeek = weeks[0] ?? []
  const weekdayNames = firstWeek.map((cell) => weekdayFormat.format(utcDate(cell.day)))
  const labels = monthLabels(weeks)
  return (
    <div className="heatmap-wrap">
      {/* Reversed flow: the box starts scrolled to its end, so today is in view at any width. */}
      <div
        className="heatmap-scroll"
        tabIndex={0}
        role="region"
        aria-label="Heatmap, scrolls sideways"
      >
        <div>
          <div className="heatmap-months" aria-hidden="true">
            {weeks.map((week, index) => (
              <span key={week[0]?.day ?? index}>{labels[index]}</span>
            ))}
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
                    <HeatCell
                      key={cell.day}
                      cell={cell}
                      reviews={reviews?.get(cell.day)?.reviews ?? 0}
                    />
                  ))}
                </Fragment>
              ))}
            </ol>
          </div>
        </div>
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
})
