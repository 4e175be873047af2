import type { ExpenseCategory, ExpenseRecord } from '../db/records'

/** What the user reads for each expense category, on the page and in the CSV export. */
export const categoryLabels: Record<ExpenseCategory, string> = {
  course: 'Course',
  book: 'Book',
  'exam-attempt': 'Exam attempt',
  retake: 'Retake',
  extension: 'Extension',
  renewal: 'Renewal',
  'practice-test': 'Practice test',
  other: 'Other',
}

export const expenseStatusLabels: Record<ExpenseRecord['status'], string> = {
  planned: 'Planned',
  paid: 'Paid',
}

export interface CompletionPayment {
  resourceId: string
  title: string
  category: ExpenseCategory
  completedOn: string
  amountMinor: number
  currency: string
}

/**
 * What "Mark completed" with an amount paid does to the ledger: a planned expense for that
 * resource (the price the Plan offered) becomes the paid one, so the course is counted once;
 * with none, a new paid expense is added. Returns the expense to write.
 */
export function paidExpenseFor(
  payment: CompletionPayment,
  existing: readonly ExpenseRecord[],
  ids: { newId: () => string; now: number },
): ExpenseRecord {
  const planned = existing
    .filter((e) => e.resourceId === payment.resourceId && e.status === 'planned')
    .sort((a, b) => a.createdAt - b.createdAt)[0]
  const paid = {
    date: payment.completedOn,
    amountMinor: payment.amountMinor,
    currency: payment.currency,
    status: 'paid' as const,
    updatedAt: ids.now,
  }
  if (planned) return { ...planned, ...paid }
  return {
    id: ids.newId(),
    description: `${payment.title} (completed)`,
    category: payment.category,
    resourceId: payment.resourceId,
    createdAt: ids.now,
    ...paid,
  }
}
