import { memo } from 'react'
import type { WeekTotal } from '../log/stats'

// Twelve bars do not need a charting library: plain SVG keeps the Dashboard free of the
// recharts chunk (hundreds of kB to parse and a costly first render on every open).
const WIDTH = 640
const HEIGHT = 220
const LEFT = 40
const BOTTOM = 24
const TOP = 8
const STEPS = [0.5, 1, 2, 5, 10, 20, 50, 100]

const labelFormat = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  timeZone: 'UTC',
})

function weekLabel(weekStart: string): string {
  return labelFormat.format(new Date(`${weekStart}T00:00:00Z`))
}

/** Hour ticks from 0 to a round top, at most five steps. */
export function hourTicks(maxHours: number): number[] {
  const step = STEPS.find((candidate) => maxHours / candidate <= 4) ?? 200
  const top = Math.max(step, Math.ceil(maxHours / step) * step)
  const ticks: number[] = []
  for (let tick = 0; tick <= top + step / 2; tick += step) ticks.push(tick)
  return ticks
}

/** Weekly hours, last 12 weeks, as bars; the Dashboard shows the same figures in a table. */
export const WeeklyHoursChart = memo(function WeeklyHoursChart({
  weeks,
}: {
  weeks: readonly WeekTotal[]
}) {
  const hours = weeks.map((week) => Math.round((week.minutes / 60) * 10) / 10)
  const ticks = hourTicks(Math.max(0, ...hours))
  const top = ticks[ticks.length - 1]!
  const plotHeight = HEIGHT - TOP - BOTTOM
  const y = (value: number) => TOP + plotHeight - (value / top) * plotHeight
  const slot = (WIDTH - LEFT) / Math.max(1, weeks.length)
  const barWidth = Math.min(36, slot * 0.6)
  return (
    <div
      className="weekly-chart"
      role="img"
      aria-label="Bar chart of hours studied per week; the same figures are in the table below."
    >
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width="100%" height={HEIGHT} aria-hidden="true">
        {ticks.map((tick) => (
          <g key={tick}>
            <line
              x1={LEFT}
              x2={WIDTH}
              y1={y(tick)}
              y2={y(tick)}
              stroke="currentColor"
              strokeOpacity={0.15}
            />
            <text x={LEFT - 6} y={y(tick)} dy="0.32em" textAnchor="end" className="weekly-tick">
              {tick} h
            </text>
          </g>
        ))}
        {weeks.map((week, index) => {
          const x = LEFT + slot * index + (slot - barWidth) / 2
          const value = hours[index]!
          return (
            <g key={week.weekStart}>
              <rect
                className="weekly-bar"
                x={x}
                y={y(value)}
                width={barWidth}
                height={Math.max(0, TOP + plotHeight - y(value))}
                rx={3}
              >
                <title>{`Week of ${weekLabel(week.weekStart)}: ${value} h`}</title>
              </rect>
              <text x={x + barWidth / 2} y={HEIGHT - 6} textAnchor="middle" className="weekly-tick">
                {weekLabel(week.weekStart)}
              </text>
            </g>
          )
        })}
      </svg>
    </div>
  )
})
