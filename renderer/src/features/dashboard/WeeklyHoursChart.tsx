import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts'
import { formatIsoDay } from '../../domain/dates'
import type { WeekTotal } from '../log/stats'

/** Weekly hours, last 12 weeks (recharts; loaded lazily by the Dashboard). */
export default function WeeklyHoursChart({ weeks }: { weeks: readonly WeekTotal[] }) {
  const data = weeks.map((week) => ({
    week: formatIsoDay(week.weekStart, undefined, { month: 'short', day: 'numeric' }),
    hours: Math.round((week.minutes / 60) * 10) / 10,
  }))
  return (
    <div
      className="weekly-chart"
      role="img"
      aria-label="Bar chart of hours studied per week; the same figures are in the table below."
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart
          accessibilityLayer={false}
          data={data}
          margin={{ top: 8, right: 8, bottom: 0, left: -16 }}
        >
          <CartesianGrid vertical={false} stroke="currentColor" strokeOpacity={0.15} />
          <XAxis
            dataKey="week"
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
          />
          <YAxis
            allowDecimals={false}
            tick={{ fill: 'currentColor', fontSize: 12 }}
            stroke="currentColor"
            unit=" h"
          />
          <Tooltip
            cursor={{ fillOpacity: 0.1 }}
            formatter={(value) => [`${String(value)} h`, 'Studied']}
            contentStyle={{ background: 'var(--surface)', borderColor: 'var(--border)' }}
          />
          <Bar
            dataKey="hours"
            className="weekly-bar"
            radius={[4, 4, 0, 0]}
            isAnimationActive={false}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  )
}
