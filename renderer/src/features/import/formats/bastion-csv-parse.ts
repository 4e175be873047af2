import Papa from 'papaparse'
import { expenseCategories, type ExpenseCategory, type ExpenseRecord } from '../../../db/records'
import { expensesCsv, indexCsv, sessionsCsv } from '../../../domain/csv-exports'
import { isIsoDay } from '../../../domain/dates'
import { categoryLabels, expenseStatusLabels } from '../../../domain/expenses'
import { isKnownCurrency, parseLedgerAmount, unknownCurrencyMessage } from '../../../domain/money'
import { lengthProblem, MAX_LINE } from '../../../domain/text-limits'
import { ImportFileError, type FormatParser } from './types'
import { MAX_COVERED_LENGTH, MAX_SESSION_MINUTES } from '../../../domain/session-limits'

/**
 * Bastion's own CSV exports (domain/csv-exports.ts) read back in, so a user can edit them in a
 * spreadsheet and return. The header row says which table the file is; columns are found by
 * their header, so a spreadsheet that moved or dropped a column still reads. Names of
 * resources, attempts and objectives stay names here: the plan step looks them up.
 */

export type BastionCsvKind = 'session' | 'expense' | 'indexEntry'

export interface SessionImport {
  kind: 'session'
  /** The exported id, or undefined for a row the user added. */
  id?: string
  date: string
  minutes: number
  resource: string
  covered: string
  unitsAdvanced?: number
}

export interface ExpenseImport {
  kind: 'expense'
  id?: string
  date: string
  description: string
  category: ExpenseCategory
  amountMinor: number
  currency: string
  status: ExpenseRecord['status']
  resource?: string
  attempt?: string
}

export interface IndexEntryImport {
  kind: 'indexEntry'
  id?: string
  term: string
  pages: string
  resource?: string
  note: string
  tags: string[]
  objectives: string[]
}

export type BastionCsvValue = SessionImport | ExpenseImport | IndexEntryImport

export interface BastionCsvRow {
  /** The spreadsheet row number (the header is row 1), which a quoted newline does not shift. */
  line: number
  label: string
  /** What the row is, in the user's words: 'session', 'expense', 'index entry'. */
  kind: string
  value?: BastionCsvValue
  error?: string
}

export class BastionCsvFileError extends ImportFileError {
  override name = 'BastionCsvFileError'
}

/** Ten years of daily sessions is about 2 MB. */
export const BASTION_CSV_MAX_CHARS = 20_000_000

/** The header row of an export with no rows (headers hold no commas or quotes). */
const headerOf = (csv: string): string[] =>
  csv
    .replace(/^\uFEFF/, '')
    .split('\r\n', 1)[0]!
    .split(',')

/**
 * Each table's columns, taken from the exporter itself so the two cannot drift; the last one
 * is the id.
 */
export const bastionCsvHeaders: Record<BastionCsvKind, readonly string[]> = {
  session: headerOf(sessionsCsv([], { resource: String })),
  expense: headerOf(expensesCsv([], { resource: String, attempt: String })),
  indexEntry: headerOf(indexCsv([], { resource: String, objective: String })),
}

/** Columns a row cannot do without; the others may be dropped in the spreadsheet. */
const required: Record<BastionCsvKind, readonly string[]> = {
  session: ['Date', 'Minutes', 'Resource'],
  expense: ['Date', 'Description', 'Amount', 'Currency'],
  indexEntry: ['Term'],
}

const kinds = Object.keys(bastionCsvHeaders) as BastionCsvKind[]

const kindNames: Record<BastionCsvKind, string> = {
  session: 'session',
  expense: 'expense',
  indexEntry: 'index entry',
}

/** Which of Bastion's exports a header row is, if any (the id column tells them apart). */
export function bastionCsvKind(headerLine: string): BastionCsvKind | null {
  const cells = headerCells(headerLine)
  return kinds.find((kind) => cells.includes(bastionCsvHeaders[kind].at(-1)!)) ?? null
}

function headerCells(line: string): string[] {
  const first = line.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? ''
  const parsed = Papa.parse<string[]>(first, { delimitersToGuess: [',', ';', '\t'] })
  return (parsed.data[0] ?? []).map((cell) => cell.trim())
}

export function looksLikeBastionCsv(fileName: string, firstText: string): boolean {
  return /\.(csv|tsv|txt)$/i.test(fileName) && bastionCsvKind(firstText) !== null
}

export const bastionCsvParser: FormatParser<BastionCsvValue> = {
  id: 'bastion-csv',
  label: 'Bastion CSV export (sessions, expenses or index entries)',
  extensions: ['.csv'],
  accepts(fileName, firstBytes) {
    return looksLikeBastionCsv(fileName, new TextDecoder().decode(firstBytes.subarray(0, 4096)))
  },
  parse({ bytes }) {
    if (bytes.length > BASTION_CSV_MAX_CHARS) throw tooLarge()
    return parseBastionCsv(new TextDecoder('utf-8').decode(bytes))
  },
}

const tooLarge = () =>
  new BastionCsvFileError(
    'This file is too large for a Bastion export (over 20 MB). Split it and import the parts.',
  )

/**
 * The exporter puts an apostrophe before text that starts like a formula (= + - @, tab, CR, or
 * apostrophes then one of those), so a spreadsheet shows it as text; reading back takes it off.
 * Any other cell is kept as written: Bastion never evaluates a cell, so "=1+1" typed in a
 * spreadsheet stays that text.
 */
export function unescapeCell(cell: string): string {
  return /^'+[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell
}

export function parseBastionCsv(text: string): BastionCsvRow[] {
  if (text.length > BASTION_CSV_MAX_CHARS) throw tooLarge()
  if (text.includes('\u0000')) {
    throw new BastionCsvFileError('This is not a CSV file: it holds binary data.')
  }
  const body = text.replace(/^\uFEFF/, '')
  const kind = bastionCsvKind(body)
  if (!kind) {
    throw new BastionCsvFileError(
      'This CSV is not one of Bastion’s exports: its first row should be the headers of the sessions, expenses or index export.',
    )
  }
  const parsed = Papa.parse<string[]>(body, { delimitersToGuess: [',', ';', '\t'] })
  const [header = [], ...records] = parsed.data
  const columns = header.map((cell) => cell.trim())
  const missing = required[kind].filter((name) => !columns.includes(name))
  if (missing.length > 0) {
    throw new BastionCsvFileError(
      `This export has lost the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; put ${missing.length === 1 ? 'it' : 'them'} back and try again.`,
    )
  }
  const brokenRows = new Set(
    parsed.errors.filter((e) => e.type === 'Quotes' && e.row !== undefined).map((e) => e.row!),
  )
  const rows: BastionCsvRow[] = []
  let line = 1
  records.forEach((record, index) => {
    line += 1 + newlinesIn(records[index - 1])
    if (record.every((cell) => cell.trim() === '')) return
    const cell = (name: string) => {
      const at = columns.indexOf(name)
      return at === -1 ? '' : unescapeCell((record[at] ?? '').trim())
    }
    const read = readers[kind](cell)
    const broken = brokenRows.has(index + 1)
    rows.push({
      line,
      label: read.label || `Row ${line}`,
      kind: kindNames[kind],
      ...(broken
        ? { error: 'A quoted cell is not closed here: the file may be cut short.' }
        : 'error' in read
          ? { error: read.error }
          : { value: read.value }),
    })
  })
  return rows
}

/** Lines a record spanned before this one (quoted newlines), so the row number stays true. */
function newlinesIn(record: string[] | undefined): number {
  if (!record) return 0
  let count = 0
  for (const cell of record) count += cell.split('\n').length - 1
  return count
}

type Cell = (name: string) => string
type Read = { label: string } & ({ value: BastionCsvValue } | { error: string })

const readers: Record<BastionCsvKind, (cell: Cell) => Read> = {
  session: readSession,
  expense: readExpense,
  indexEntry: readIndexEntry,
}

function optionalId(text: string): string | undefined {
  return text === '' ? undefined : text
}

function readSession(cell: Cell): Read {
  const date = cell('Date')
  const resource = cell('Resource')
  const label = [date, resource].filter(Boolean).join(' · ')
  if (!isIsoDay(date)) return { label, error: dateError(date) }
  const minutes = Number(cell('Minutes'))
  if (!Number.isInteger(minutes) || minutes <= 0 || minutes > MAX_SESSION_MINUTES) {
    return { label, error: `Minutes must be a whole number from 1 to ${MAX_SESSION_MINUTES}.` }
  }
  if (!resource) return { label, error: 'Say which resource this session was on.' }
  const covered = cell('Covered')
  const tooLong = lengthProblem('what was covered', covered, MAX_COVERED_LENGTH)
  if (tooLong) return { label, error: tooLong }
  const unitsText = cell('Units advanced')
  const units = Number(unitsText)
  if (unitsText !== '' && (!Number.isFinite(units) || units < 0)) {
    return { label, error: 'Units advanced must be a number of 0 or more, or left empty.' }
  }
  return {
    label,
    value: {
      kind: 'session',
      id: optionalId(cell('Session id')),
      date,
      minutes,
      resource,
      covered,
      ...(unitsText === '' ? {} : { unitsAdvanced: units }),
    },
  }
}

/** A label from the export back to its key ("Exam attempt" → 'exam-attempt'); keys read too. */
function fromLabel<K extends string>(labels: Record<K, string>, text: string): K | undefined {
  const wanted = text.trim().toLowerCase()
  const keys = Object.keys(labels) as K[]
  return keys.find((key) => labels[key].toLowerCase() === wanted || key === wanted)
}

function readExpense(cell: Cell): Read {
  const date = cell('Date')
  const description = cell('Description')
  const label = [date, description].filter(Boolean).join(' · ')
  if (!isIsoDay(date)) return { label, error: dateError(date) }
  if (!description) return { label, error: 'Write a description for this expense.' }
  const tooLong = lengthProblem('descriptions', description, MAX_LINE)
  if (tooLong) return { label, error: tooLong }
  const category = cell('Category') === '' ? 'other' : fromLabel(categoryLabels, cell('Category'))
  if (!category || !expenseCategories.includes(category)) {
    return {
      label,
      error: `"${cell('Category')}" is not a category. Use one of: ${Object.values(categoryLabels).join(', ')}.`,
    }
  }
  const status = cell('Status') === '' ? 'paid' : fromLabel(expenseStatusLabels, cell('Status'))
  if (!status) return { label, error: 'Status must be Planned or Paid.' }
  const currency = cell('Currency').toUpperCase()
  if (!isKnownCurrency(currency)) return { label, error: unknownCurrencyMessage(currency) }
  // The exporter writes "949.00"; a spreadsheet set to a comma locale may write "949,00".
  const amount = parseLedgerAmount(cell('Amount'), currency, 'en')
  if (!amount.ok) return { label, error: `Amount: ${amount.error}` }
  return {
    label,
    value: {
      kind: 'expense',
      id: optionalId(cell('Expense id')),
      date,
      description,
      category,
      amountMinor: amount.amountMinor,
      currency,
      status,
      ...(cell('Linked resource') ? { resource: cell('Linked resource') } : {}),
      ...(cell('Linked attempt') ? { attempt: cell('Linked attempt') } : {}),
    },
  }
}

/** "a; b;; c" → ['a', 'b', 'c'], the way the exporter joins tags and objectives. */
function list(text: string): string[] {
  return text
    .split(';')
    .map((part) => part.trim())
    .filter(Boolean)
}

function readIndexEntry(cell: Cell): Read {
  const term = cell('Term')
  const label = term
  if (!term) return { label, error: 'This entry has no term.' }
  const tooLong = lengthProblem('terms', term, MAX_LINE)
  if (tooLong) return { label, error: tooLong }
  const resource = cell('Resource')
  return {
    label,
    value: {
      kind: 'indexEntry',
      id: optionalId(cell('Entry id')),
      term,
      pages: cell('Pages'),
      ...(resource ? { resource } : {}),
      note: cell('Note'),
      tags: list(cell('Tags')),
      objectives: list(cell('Objectives')),
    },
  }
}

function dateError(text: string): string {
  return text === ''
    ? 'The date is empty; write it as yyyy-MM-dd.'
    : `"${text}" is not a date; write it as yyyy-MM-dd (like 2026-03-14).`
}
