import { countOf } from '../../domain/numbers'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import type { ExpenseRecord } from '../../db/records'
import { desktopApi } from '../../platform'
import { useResources, useResourceTitle } from '../catalog'
import { noResourceTitles } from '../../domain/resource-titles'
import type { Resource } from '../../db/resource'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { BudgetForm } from './BudgetForm'
import { CurrencySummaryCard } from './CurrencySummaryCard'
import { ExpenseForm } from './ExpenseForm'
import { ExpenseLedger } from './ExpenseLedger'
import {
  useAddExpense,
  useAttemptOptions,
  useBudgets,
  useCurrencySummaries,
  useDeleteExpense,
  useExpenses,
  useUpdateExpense,
} from './hooks'
import { type CurrencySummary } from './ledger'
import { expensesCsv } from '../../domain/csv-exports'
import './costs.css'

const noSummaries: CurrencySummary[] = []
const noResources: Resource[] = []

export default function CostsPage() {
  const expenses = useExpenses()
  const budgets = useBudgets()
  const summaryQuery = useCurrencySummaries()
  const resources = useResources()
  const attempts = useAttemptOptions()
  const add = useAddExpense()
  const update = useUpdateExpense()
  const remove = useDeleteExpense()
  const [editing, setEditing] = useState<ExpenseRecord | null>(null)
  const [exportMessage, setExportMessage] = useState<{ ok: boolean; text: string } | null>(null)

  const list = useMemo(() => expenses.data ?? [], [expenses.data])
  const summaries = summaryQuery.data ?? noSummaries
  // Names by id, looked up once per ledger row: a Map, not a scan of 300 resources per row.
  const resourceTitle = useResourceTitle().data ?? noResourceTitles
  const attemptLabel = useMemo(() => {
    const labels = new Map((attempts.data ?? []).map((a) => [a.id, a.label]))
    return (id: string) => labels.get(id) ?? 'Deleted attempt'
  }, [attempts.data])
  const defaultCurrency = list[0]?.currency ?? 'USD'
  // Stable handlers: the ledger's 50 memoized rows then skip the page's later renders.
  const editExpense = useCallback((expense: ExpenseRecord) => {
    setEditing(expense)
    window.scrollTo({ top: 0 })
  }, [])
  const { run: removeExpense } = remove
  const deleteExpense = useCallback(
    (expense: ExpenseRecord, from: HTMLElement) => removeExpense(expense.id, from),
    [removeExpense],
  )

  const exportCsv = async () => {
    const content = expensesCsv(list, { resource: resourceTitle, attempt: attemptLabel })
    const result = await desktopApi.saveFile({
      suggestedName: 'bastion-expenses.csv',
      content,
      mimeType: 'text/csv',
    })
    if (!result.ok) setExportMessage({ ok: false, text: result.error })
    else if (result.value.saved)
      setExportMessage({
        ok: true,
        text: `Exported ${countOf(list.length, 'expense', 'expenses')}${result.value.path ? ` to ${result.value.path}` : ''}.`,
      })
    else setExportMessage(null)
  }

  // The 300 resources of the form's "Linked to" list follow the first commit in a second render
  // that React may interrupt (useDeferredValue starts empty, then renders the list).
  const linkable = useDeferredValue(resources.data ?? noResources, noResources)
  return (
    <>
      <PageHeader
        title="Costs"
        intro="What your study costs, planned and paid, per currency and against your budget. Prices you add to the plan and payments you log appear here too."
        actions={
          <button type="button" onClick={() => void exportCsv()} disabled={list.length === 0}>
            Export CSV
          </button>
        }
      />
      {exportMessage ? (
        <p
          role={exportMessage.ok ? 'status' : 'alert'}
          className={exportMessage.ok ? 'notice-ok' : 'error-banner'}
        >
          {exportMessage.text}
        </p>
      ) : null}
      <ErrorMessage error={expenses.error ?? budgets.error ?? summaryQuery.error ?? remove.error} />
      <div className="stack costs-page">
        {editing ? (
          <ExpenseForm
            key={editing.id}
            expense={editing}
            resources={linkable}
            attempts={attempts.data ?? []}
            defaultCurrency={defaultCurrency}
            saveError={update.error}
            onCancel={() => setEditing(null)}
            onConflictSettled={update.reset}
            onSave={(input, base) =>
              update.mutateAsync({ id: editing.id, input, base }).then(() => setEditing(null))
            }
          />
        ) : (
          <ExpenseForm
            key="new"
            resources={linkable}
            attempts={attempts.data ?? []}
            defaultCurrency={defaultCurrency}
            saveError={add.error}
            onSave={(input) => add.mutateAsync(input)}
          />
        )}
        <section className="stack" aria-labelledby="totals-heading">
          <h2 id="totals-heading">Totals per currency</h2>
          {summaries.length === 0 ? (
            <p className="muted">
              Totals, a chart of planned against spent, and budget warnings appear once you add an
              expense or a budget.
            </p>
          ) : (
            summaries.map((s) => <CurrencySummaryCard key={s.currency} summary={s} />)
          )}
        </section>
        <BudgetForm budgets={budgets.data ?? []} defaultCurrency={defaultCurrency} />
        {list.length === 0 ? (
          <EmptyState title="No expenses yet">
            <p>
              Add what you have paid or plan to pay: courses, books, the exam attempt, a retake, an
              extension, renewal. Adding a priced resource to your plan offers its price here as a
              planned expense.
            </p>
          </EmptyState>
        ) : (
          <section className="card render-when-near" aria-labelledby="ledger-heading">
            <h2 id="ledger-heading">Expenses</h2>
            <ExpenseLedger
              expenses={list}
              resourceTitle={resourceTitle}
              attemptLabel={attemptLabel}
              onEdit={editExpense}
              onDelete={deleteExpense}
            />
          </section>
        )}
      </div>
    </>
  )
}
