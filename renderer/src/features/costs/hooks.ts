import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import type { RevisionBase } from '../../db/revision'
import { summarize, type ExpenseInput } from './ledger'
import * as repo from './repository'
import { useUndoableDelete } from '../../ui/undoable-delete'

const expensesQuery = queryOptions({ queryKey: ['expenses'], queryFn: repo.listExpenses })
const budgetsQuery = queryOptions({ queryKey: ['budgets'], queryFn: repo.listBudgets })

export function useExpenses() {
  return useQuery(expensesQuery)
}

export function useBudgets() {
  return useQuery(budgetsQuery)
}

/**
 * Totals per currency against its budget. The query cache holds them, so reopening Costs reuses
 * them instead of summing every expense again; the change feed invalidates them with their lists.
 */
export function useCurrencySummaries() {
  const client = useQueryClient()
  return useQuery({
    queryKey: ['expenses', 'summaries'],
    meta: { tables: ['expenses', 'budgets'] },
    structuralSharing: false,
    queryFn: async () => {
      const [expenses, budgets] = await Promise.all([
        client.fetchQuery(expensesQuery),
        client.fetchQuery(budgetsQuery),
      ])
      return summarize(expenses, budgets)
    },
  })
}

export function useAttemptOptions() {
  return useQuery({
    queryKey: ['attempts', 'options'],
    meta: { tables: ['attempts', 'resources'] },
    queryFn: repo.listAttemptOptions,
  })
}

export function useAddExpense() {
  return useMutation({ mutationFn: (input: ExpenseInput) => repo.addExpense(input) })
}

export function useUpdateExpense() {
  return useMutation({
    mutationFn: ({ id, input, base }: { id: string; input: ExpenseInput; base?: RevisionBase }) =>
      repo.updateExpense(id, input, Date.now(), base),
  })
}

const expenseDeleted = (e: { description: string }) => `Expense "${e.description}" deleted.`

export function useDeleteExpense() {
  return useUndoableDelete({
    remove: repo.deleteExpense,
    restore: repo.restoreExpense,
    message: expenseDeleted,
    restoredMessage: 'Expense restored.',
  })
}

export function useSetBudget() {
  return useMutation({
    mutationFn: ({ currency, amountMinor }: { currency: string; amountMinor: number | null }) =>
      repo.setBudget(currency, amountMinor),
  })
}
