import { useMemo } from 'react'
import { formatIsoDay } from '../../domain/dates'
import { BarChart, type BarSeries } from '../../ui/charts/BarChart'
import type { WeekTotal } from '../log'

const formatHours = (hours: number) => `${hours} h`
const weekOf = (label: string) => `Week of ${label}`

/** Weekly hours, last 12 weeks (loaded lazily by the Dashboard). */
export default function WeeklyHoursChart({ weeks }: { weeks: readonly WeekTotal[] }) {
  const { labels, series } = useMemo(() => {
    const hours: BarSeries = {
      label: 'Studied',
      className: 'weekly-bar',
      values: weeks.map((week) => Math.round((week.minutes / 60) * 10) / 10),
    }
    return {
      labels: weeks.map((week) =>
        formatIsoDay(week.weekStart, undefined, { month: 'short', day: 'numeric' }),
      ),
      series: [hours],
    }
  }, [weeks])
  return (
    <div
      className="weekly-chart"
      role="img"
      aria-label="Bar chart of hours studied per week; the same figures are in the table below."
    >
      <BarChart
        categories={labels}
        series={series}
        height={220}
        wholeNumberTicks
        formatValue={formatHours}
        tooltipTitle={weekOf}
      />
    </div>
  )
}
