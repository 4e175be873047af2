import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts'
import { startTransition, useEffect, useRef, useState } from 'react'
import { formatMoney, minorDigits } from '../../domain/money'
import { categoryLabels, type CurrencySummary } from './ledger'

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return monthFormat.format(new Date(y!, m! - 1, 1))
}

const CHART_HEIGHT = 220

/**
 * True once the element has come near the viewport. Recharts is the costliest part of the
 * Costs page (a measure pass, then a full SVG render per currency), so the page's text and
 * tables paint first and each chart draws when it is about to be seen. Without
 * IntersectionObserver (tests), it draws at once.
 */
function useNearViewport<T extends Element>() {
  const ref = useRef<T>(null)
  const [near, setNear] = useState(() => typeof IntersectionObserver === 'undefined')
  useEffect(() => {
    if (near || !ref.current) return
    const observer = new IntersectionObserver(
      (entries) => {
        // A transition: the chart's render yields to input and is dropped if the user leaves.
        if (entries.some((entry) => entry.isIntersecting)) startTransition(() => setNear(true))
      },
      { rootMargin: '200px' },
    )
    observer.observe(ref.current)
    return () => observer.disconnect()
  }, [near])
  return [ref, near] as const
}

function PlannedPaidChart({ summary }: { summary: CurrencySummary }) {
  const [ref, near] = useNearViewport<HTMLDivElement>()
  const scale = 10 ** minorDigits(summary.currency)
  const data = summary.byMonth.map((m) => ({
    month: monthLabel(m.month),
    Planned: m.planned / scale,
    Spent: m.paid / scale,
  }))
  const money = (value: unknown) => formatMoney(Math.round(Number(value) * scale), summary.currency)
  return (
    <figure className="chart" aria-labelledby={`chart-${summary.currency}`}>
      <figcaption id={`chart-${summary.currency}`}>
        Planned against spent by month, {summary.currency} (the same figures are in the table by
        month)
      </figcaption>
      <div aria-hidden="true" ref={ref} style={{ minHeight: CHART_HEIGHT }}>
        {near ? (
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart
              accessibilityLayer={false}
              data={data}
              margin={{ top: 8, right: 16, bottom: 8, left: 8 }}
            >
              <CartesianGrid stroke="var(--border)" strokeDasharray="3 3" />
              <XAxis
                dataKey="month"
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)', fontSize: 12 }}
              />
              <YAxis
                stroke="var(--muted)"
                tick={{ fill: 'var(--muted)', fontSize: 12 }}
                tickFormatter={money}
                width={90}
              />
              <Tooltip
                formatter={money}
                contentStyle={{ background: 'var(--surface)', border: '1px solid var(--border)' }}
              />
              <Legend />
              <Bar dataKey="Planned" fill="var(--chart-planned)" isAnimationActive={false} />
              <Bar dataKey="Spent" fill="var(--accent)" isAnimationActive={false} />
            </BarChart>
          </ResponsiveContainer>
        ) : null}
      </div>
    </figure>
  )
}

export function CurrencySummaryCard({ summary }: { summary: CurrencySummary }) {
  const f = (minor: number) => formatMoney(minor, summary.currency)
  const c = summary.currency
  return (
    <section className="card stack" aria-labelledby={`summary-${c}`}>
      <h3 id={`summary-${c}`}>{c}</h3>
      {summary.overBy > 0 ? (
        <p role="alert" className="over-budget">
          Over budget in {c}: spent {f(summary.paid)} against a budget of {f(summary.budget!)},{' '}
          {f(summary.overBy)} over.
        </p>
      ) : summary.overWithPlannedBy > 0 ? (
        <p role="alert" className="over-budget planned">
          Planned {c} spending would go over budget: {f(summary.paid)} spent plus{' '}
          {f(summary.planned)} planned is {f(summary.overWithPlannedBy)} more than the budget of{' '}
          {f(summary.budget!)}.
        </p>
      ) : null}
      <dl className="totals">
        <div>
          <dt>Spent</dt>
          <dd>{f(summary.paid)}</dd>
        </div>
        <div>
          <dt>Planned</dt>
          <dd>{f(summary.planned)}</dd>
        </div>
        <div>
          <dt>Budget</dt>
          <dd>{summary.budget === null ? 'Not set' : f(summary.budget)}</dd>
        </div>
        <div>
          <dt>Left after planned</dt>
          <dd>
            {summary.budget === null ? '—' : f(summary.budget - summary.paid - summary.planned)}
          </dd>
        </div>
      </dl>
      {summary.byMonth.length > 0 ? (
        <>
          <PlannedPaidChart summary={summary} />
          <div className="two-tables">
            <table className="data-table">
              <caption>By category, {c}</caption>
              <thead>
                <tr>
                  <th scope="col">Category</th>
                  <th scope="col">Planned</th>
                  <th scope="col">Spent</th>
                </tr>
              </thead>
              <tbody>
                {summary.byCategory.map((row) => (
                  <tr key={row.category}>
                    <th scope="row">{categoryLabels[row.category]}</th>
                    <td>{f(row.planned)}</td>
                    <td>{f(row.paid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
            <table className="data-table">
              <caption>By month, {c}</caption>
              <thead>
                <tr>
                  <th scope="col">Month</th>
                  <th scope="col">Planned</th>
                  <th scope="col">Spent</th>
                </tr>
              </thead>
              <tbody>
                {summary.byMonth.map((row) => (
                  <tr key={row.month}>
                    <th scope="row">{monthLabel(row.month)}</th>
                    <td>{f(row.planned)}</td>
                    <td>{f(row.paid)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      ) : (
        <p className="muted">No {c} expenses yet.</p>
      )}
    </section>
  )
}
