import type { ExpenseRecord, IndexEntryRecord, StudySessionRecord } from '../db/records'
import { toCsv } from './csv'
import { categoryLabels, expenseStatusLabels } from './expenses'
import { minorToInput } from './money'

/**
 * One exporter per table: every button that exports a table (the Costs page, the Open-book
 * index page, Settings → CSV exports) calls the one here, so the files are the same.
 */

type Lookup = (id: string) => string

const byDay = <T extends { date: string; createdAt: number }>(rows: readonly T[]) =>
  [...rows].sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)

/** The expense ledger; amounts as exact plain decimals in their own currency ("949.00"). */
export function expensesCsv(
  expenses: readonly ExpenseRecord[],
  names: { resource: Lookup; attempt: Lookup },
): string {
  return toCsv<ExpenseRecord>(
    [
      { header: 'Date', value: (e) => e.date },
      { header: 'Description', value: (e) => e.description },
      { header: 'Category', value: (e) => categoryLabels[e.category] ?? e.category },
      { header: 'Amount', value: (e) => minorToInput(e.amountMinor, e.currency) },
      { header: 'Currency', value: (e) => e.currency },
      { header: 'Status', value: (e) => expenseStatusLabels[e.status] ?? e.status },
      {
        header: 'Linked resource',
        value: (e) => (e.resourceId ? names.resource(e.resourceId) : ''),
      },
      { header: 'Linked attempt', value: (e) => (e.attemptId ? names.attempt(e.attemptId) : '') },
      { header: 'Expense id', value: (e) => e.id },
    ],
    byDay(expenses),
  )
}

const collators = new Map<string, Intl.Collator>()
function indexCollator(locale?: string): Intl.Collator {
  let collator = collators.get(locale ?? '')
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
    collators.set(locale ?? '', collator)
  }
  return collator
}

/**
 * The open-book index A–Z in the user's locale (case and accents ignored, numbers by value), the
 * order the index page shows.
 */
export function indexCsv(
  entries: readonly IndexEntryRecord[],
  names: { resource: Lookup; objective: Lookup },
  locale?: string,
): string {
  const collator = indexCollator(locale)
  const resourceOf = (e: IndexEntryRecord) => (e.resourceId ? names.resource(e.resourceId) : '')
  const sorted = [...entries].sort(
    (a, b) =>
      collator.compare(a.term.trim(), b.term.trim()) ||
      collator.compare(resourceOf(a), resourceOf(b)) ||
      collator.compare(a.pages, b.pages) ||
      a.id.localeCompare(b.id),
  )
  return toCsv<IndexEntryRecord>(
    [
      { header: 'Term', value: (e) => e.term },
      { header: 'Pages', value: (e) => e.pages },
      { header: 'Resource', value: resourceOf },
      { header: 'Note', value: (e) => e.note },
      { header: 'Tags', value: (e) => e.tags.join('; ') },
      { header: 'Objectives', value: (e) => e.objectiveIds.map(names.objective).join('; ') },
      { header: 'Entry id', value: (e) => e.id },
    ],
    sorted,
  )
}

export function sessionsCsv(
  sessions: readonly StudySessionRecord[],
  names: { resource: Lookup },
): string {
  return toCsv<StudySessionRecord>(
    [
      { header: 'Date', value: (s) => s.date },
      { header: 'Minutes', value: (s) => s.minutes },
      { header: 'Resource', value: (s) => names.resource(s.resourceId) },
      { header: 'Covered', value: (s) => s.covered },
      { header: 'Units advanced', value: (s) => s.unitsAdvanced },
      { header: 'Session id', value: (s) => s.id },
    ],
    byDay(sessions),
  )
}
