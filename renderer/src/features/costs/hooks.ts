import { useMutation, useQuery } from '@tanstack/react-query'
import type { ExpenseInput } from './ledger'
import * as repo from './repository'
import { useUndoableDelete } from '../../ui/undoable-delete'

export function useExpenses() {
  return useQuery({ queryKey: ['expenses'], queryFn: repo.listExpenses })
}

export function useBudgets() {
  return useQuery({ queryKey: ['budgets'], queryFn: repo.listBudgets })
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
    mutationFn: ({ id, input }: { id: string; input: ExpenseInput }) =>
      repo.updateExpense(id, input),
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
