import type { TableName } from '../../../db/database'

/** Table names in the user's words; a table added later shows its own name until labelled. */
const tableLabels: Partial<Record<TableName, string>> = {
  resources: 'Resources',
  settings: 'Settings',
  meta: 'App records',
  planItems: 'Plan items',
  sessions: 'Study sessions',
  resourceProgress: 'Progress',
  progressEvents: 'Progress history',
  notes: 'Notes',
  quotes: 'Quotes',
  indexEntries: 'Index entries',
  attempts: 'Exam attempts',
  objectives: 'Objectives',
  practiceTests: 'Practice tests',
  cpeActivities: 'CPE activities',
  expenses: 'Expenses',
  budgets: 'Budgets',
  reviewCards: 'Review cards',
  reviewLogs: 'Review history',
  imports: 'Import history',
}

export function tableLabel(table: string): string {
  return tableLabels[table as TableName] ?? table
}
