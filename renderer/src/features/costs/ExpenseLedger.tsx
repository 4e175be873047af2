import { useState } from 'react'
import { Link } from 'react-router'
import type { ExpenseRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { formatMoney } from '../../domain/money'
import { categoryLabels } from './ledger'

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
  onDelete: (id: string) => void
}) {
  const [confirming, setConfirming] = useState<string | null>(null)
  return (
    <table className="data-table ledger">
      <caption>
        Ledger ({expenses.length} expense{expenses.length === 1 ? '' : 's'})
      </caption>
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
        {expenses.map((e) => (
          <tr key={e.id}>
            <td>{formatIsoDay(e.date)}</td>
            <td>{e.description}</td>
            <td>{categoryLabels[e.category] ?? e.category}</td>
            <td>
              {e.resourceId ? (
                <Link to={`/catalog/${encodeURIComponent(e.resourceId)}`}>
                  {resourceTitle(e.resourceId)}
                </Link>
              ) : e.attemptId ? (
                <Link to="/exam">{attemptLabel(e.attemptId)}</Link>
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
              {confirming === e.id ? (
                <span role="group" aria-label="Confirm delete" className="confirm">
                  <button type="button" className="danger small" onClick={() => onDelete(e.id)}>
                    Yes, delete
                  </button>
                  <button type="button" className="small" onClick={() => setConfirming(null)}>
                    Keep
                  </button>
                </span>
              ) : (
                <>
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
                    onClick={() => setConfirming(e.id)}
                  >
                    Delete
                  </button>
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
