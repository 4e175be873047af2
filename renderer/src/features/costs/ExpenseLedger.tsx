import { countOf } from '../../domain/numbers'
import { memo, useState } from 'react'
import { Link } from 'react-router'
import type { ExpenseRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { formatMoney } from '../../domain/money'
import { categoryLabels } from '../../domain/expenses'

/** Rows per page: a long ledger shows the newest, and this many more each time the user asks. */
const rowsPerPage = 50

// Formatting a day costs a parse and an Intl call; a ledger repeats the same days often.
const dayLabels = new Map<string, string>()
function dayLabel(day: string): string {
  let label = dayLabels.get(day)
  if (label === undefined) {
    label = formatIsoDay(day)
    dayLabels.set(day, label)
  }
  return label
}

export function ExpenseLedger({
  expenses,
  resourceTitle,
  attemptLabel,
  onEdit,
  onDelete,
}: {
  expenses: ExpenseRecord[]
  resourceTitle: (id: string) => string
  attemptLabel: (id: string) => string
  onEdit: (expense: ExpenseRecord) => void
  onDelete: (expense: ExpenseRecord, from: HTMLElement) => void
}) {
  const [limit, setLimit] = useState(rowsPerPage)
  return (
    <>
      {/* Its own sideways scroll: a narrow window or a long amount never hides a column or
          the row's Edit and Delete (the section around it skips painting while off screen,
          which would clip anything wider than the card). */}
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Ledger table">
        <table className="data-table ledger">
          <caption>Ledger ({countOf(expenses.length, 'expense', 'expenses')})</caption>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Description</th>
              <th scope="col">Category</th>
              <th scope="col">Linked to</th>
              <th scope="col">Status</th>
              <th scope="col" className="amount">
                Amount
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {expenses.slice(0, limit).map((e) => (
              <LedgerRow
                key={e.id}
                expense={e}
                linkedTo={
                  e.resourceId
                    ? resourceTitle(e.resourceId)
                    : e.attemptId
                      ? attemptLabel(e.attemptId)
                      : null
                }
                onEdit={onEdit}
                onDelete={onDelete}
              />
            ))}
          </tbody>
        </table>
      </div>
      {expenses.length > limit ? (
        <p>
          <span className="muted">
            Showing the newest {limit} of {expenses.length}.
          </span>{' '}
          <button type="button" onClick={() => setLimit(limit + rowsPerPage)}>
            Show more expenses
          </button>
        </p>
      ) : null}
    </>
  )
}

/** One ledger row; redrawn only when its expense or link name changes. */
const LedgerRow = memo(function LedgerRow({
  expense: e,
  linkedTo,
  onEdit,
  onDelete,
}: {
  expense: ExpenseRecord
  linkedTo: string | null
  onEdit: (expense: ExpenseRecord) => void
  onDelete: (expense: ExpenseRecord, from: HTMLElement) => void
}) {
  return (
    <tr>
      <td>{dayLabel(e.date)}</td>
      <td className="wrap-anywhere">{e.description}</td>
      <td>{categoryLabels[e.category] ?? e.category}</td>
      <td>
        {e.resourceId ? (
          <Link to={`/catalog/${encodeURIComponent(e.resourceId)}`}>{linkedTo}</Link>
        ) : e.attemptId ? (
          <Link to="/exam">{linkedTo}</Link>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td>
        <span className={`badge ${e.status === 'paid' ? 'badge-paid' : ''}`}>
          {e.status === 'paid' ? 'Paid' : 'Planned'}
        </span>
      </td>
      <td className="amount">{formatMoney(e.amountMinor, e.currency)}</td>
      <td className="row-actions">
        <button
          type="button"
          className="small"
          aria-label={`Edit ${e.description}`}
          onClick={() => onEdit(e)}
        >
          Edit
        </button>
        <button
          type="button"
          className="small danger"
          aria-label={`Delete ${e.description}`}
          onClick={(event) => onDelete(e, event.currentTarget)}
        >
          Delete
        </button>
      </td>
    </tr>
  )
})
