import { countOf } from '../../domain/numbers'
import { useMemo, useState } from 'react'
import { formatMoney, formatWholeMoney } from '../../domain/money'
import { BarChart, type BarSeries } from '../../ui/charts/BarChart'
import { categoryLabels } from '../../domain/expenses'
import type { CurrencySummary } from './ledger'

const monthFormat = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric' })

function monthLabel(month: string): string {
  const [y, m] = month.split('-').map(Number)
  return monthFormat.format(new Date(y!, m! - 1, 1))
}

/** Up to a year of months, the table by month is open; a longer history starts folded. */
const monthsShownOpen = 12

function PlannedPaidChart({ summary }: { summary: CurrencySummary }) {
  const { currency, byMonth } = summary
  const { months, series } = useMemo(() => {
    const series: BarSeries[] = [
      { label: 'Planned', className: 'chart-planned', values: byMonth.map((m) => m.planned) },
      { label: 'Spent', className: 'chart-spent', values: byMonth.map((m) => m.paid) },
    ]
    return { months: byMonth.map((m) => monthLabel(m.month)), series }
  }, [byMonth])
  return (
    <figure className="chart" aria-labelledby={`chart-${currency}`}>
      <figcaption id={`chart-${currency}`}>
        Planned against spent by month, {currency} (the same figures are in the table by month)
      </figcaption>
      <BarChart
        categories={months}
        series={series}
        height={220}
        legend
        axisWidth={72}
        formatValue={(minor) => formatMoney(minor, currency)}
        formatTick={(minor) => formatWholeMoney(minor, currency)}
      />
    </figure>
  )
}

/** Planned and spent side by side, one row per month or category. */
function PlannedSpentTable({
  caption,
  rowName,
  currency,
  rows,
}: {
  caption: string
  rowName: string
  currency: string
  rows: { key: string; label: string; planned: number; paid: number }[]
}) {
  return (
    <table className="data-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{rowName}</th>
          <th scope="col">Planned</th>
          <th scope="col">Spent</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.key}>
            <th scope="row">{row.label}</th>
            <td>{formatMoney(row.planned, currency)}</td>
            <td>{formatMoney(row.paid, currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * The chart's figures month by month. A long history starts folded, and its rows are only
 * built once the user opens it: with years of history they were a third of the Costs page.
 */
function MonthTable({ summary }: { summary: CurrencySummary }) {
  const { byMonth, currency } = summary
  const [open, setOpen] = useState(byMonth.length <= monthsShownOpen)
  return (
    <details className="month-table" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>By month as a table ({countOf(byMonth.length, 'month', 'months')})</summary>
      {open ? (
        <PlannedSpentTable
          caption={`By month, ${currency}`}
          rowName="Month"
          currency={currency}
          rows={byMonth.map((row) => ({ key: row.month, label: monthLabel(row.month), ...row }))}
        />
      ) : null}
    </details>
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
            <PlannedSpentTable
              caption={`By category, ${c}`}
              rowName="Category"
              currency={c}
              rows={summary.byCategory.map((row) => ({
                key: row.category,
                label: categoryLabels[row.category],
                ...row,
              }))}
            />
            <MonthTable summary={summary} />
          </div>
        </>
      ) : (
        <p className="muted">No {c} expenses yet.</p>
      )}
    </section>
  )
}
