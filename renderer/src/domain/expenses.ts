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
