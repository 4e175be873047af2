import type {
  ExpenseRecord,
  IndexEntryRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  StudySessionRecord,
} from '../../../db/records'
import { csvCell } from '../../../domain/csv'
import { minorDigits } from '../../../domain/money'

/**
 * CSV per RFC 4180 (CRLF rows, quoted fields), opened safely by spreadsheets: a text cell that
 * starts with = + - @ tab or CR would be read as a formula (CSV injection), so it gets a leading
 * apostrophe, which spreadsheets show as plain text.
 */

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => string | number | null | undefined
}

export const escapeCsvCell = csvCell

/** The byte-order mark makes Excel read the file as UTF-8 (accents, non-Latin titles). */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => escapeCsvCell(column.header)).join(',')]
  for (const row of rows) {
    lines.push(columns.map((column) => escapeCsvCell(column.value(row))).join(','))
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`
}

/** Exact decimal text of a minor-unit amount ("949.00"), no float rounding. */
export function decimalAmount(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency)
  const sign = amountMinor < 0 ? '-' : ''
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0')
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`
}

type Titles = ReadonlyMap<string, string>
const titleOf = (titles: Titles, id: string | undefined) => (id ? (titles.get(id) ?? id) : '')

export function sessionsCsv(sessions: readonly StudySessionRecord[], titles: Titles): string {
  const sorted = [...sessions].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt,
  )
  return toCsv<StudySessionRecord>(
    [
      { header: 'Date', value: (s) => s.date },
      { header: 'Minutes', value: (s) => s.minutes },
      { header: 'Resource', value: (s) => titleOf(titles, s.resourceId) },
      { header: 'Covered', value: (s) => s.covered },
      { header: 'Units advanced', value: (s) => s.unitsAdvanced },
      { header: 'Session id', value: (s) => s.id },
    ],
    sorted,
  )
}

export function expensesCsv(expenses: readonly ExpenseRecord[], titles: Titles): string {
  const sorted = [...expenses].sort(
    (a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt,
  )
  return toCsv<ExpenseRecord>(
    [
      { header: 'Date', value: (e) => e.date },
      { header: 'Description', value: (e) => e.description },
      { header: 'Category', value: (e) => e.category },
      { header: 'Amount', value: (e) => decimalAmount(e.amountMinor, e.currency) },
      { header: 'Currency', value: (e) => e.currency },
      { header: 'Status', value: (e) => e.status },
      { header: 'Resource', value: (e) => titleOf(titles, e.resourceId) },
      { header: 'Expense id', value: (e) => e.id },
    ],
    sorted,
  )
}

export function indexEntriesCsv(entries: readonly IndexEntryRecord[], titles: Titles): string {
  const sorted = [...entries].sort((a, b) =>
    a.term.localeCompare(b.term, undefined, { sensitivity: 'base' }),
  )
  return toCsv<IndexEntryRecord>(
    [
      { header: 'Term', value: (e) => e.term },
      { header: 'Pages', value: (e) => e.pages },
      { header: 'Resource', value: (e) => titleOf(titles, e.resourceId) },
      { header: 'Note', value: (e) => e.note },
      { header: 'Tags', value: (e) => e.tags.join('; ') },
      { header: 'Entry id', value: (e) => e.id },
    ],
    sorted,
  )
}

const cardStates = ['New', 'Learning', 'Review', 'Relearning']
const ratings = ['', 'Again', 'Hard', 'Good', 'Easy']
const instantText = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString())

export function reviewCardsCsv(cards: readonly ReviewCardRecord[], titles: Titles): string {
  const sorted = [...cards].sort((a, b) => a.createdAt - b.createdAt)
  return toCsv<ReviewCardRecord>(
    [
      { header: 'Kind', value: (c) => (c.kind === 'cloze' ? 'Cloze' : 'Question') },
      { header: 'Front', value: (c) => c.front },
      { header: 'Back', value: (c) => c.back },
      { header: 'Resource', value: (c) => titleOf(titles, c.resourceId) },
      { header: 'Tags', value: (c) => c.tags.join('; ') },
      { header: 'Framework tags', value: (c) => c.objectiveIds.join('; ') },
      { header: 'State', value: (c) => cardStates[c.memory.state] ?? '' },
      { header: 'Due', value: (c) => instantText(c.memory.due) },
      { header: 'Reviews', value: (c) => c.memory.reps },
      { header: 'Lapses', value: (c) => c.memory.lapses },
      { header: 'Suspended', value: (c) => (c.suspended ? 'yes' : 'no') },
      { header: 'Source', value: (c) => (c.source ? `${c.source.kind} ${c.source.id}` : '') },
      { header: 'Card id', value: (c) => c.id },
    ],
    sorted,
  )
}

export function reviewLogsCsv(logs: readonly ReviewLogRecord[]): string {
  const sorted = [...logs].sort((a, b) => a.at - b.at)
  return toCsv<ReviewLogRecord>(
    [
      { header: 'Date', value: (l) => l.date },
      { header: 'Reviewed at', value: (l) => instantText(l.at) },
      { header: 'Answer', value: (l) => ratings[l.rating] ?? '' },
      { header: 'Seconds', value: (l) => Math.round(l.durationMs / 100) / 10 },
      { header: 'Card id', value: (l) => l.cardId },
      { header: 'Review id', value: (l) => l.id },
    ],
    sorted,
  )
}
