import Papa from 'papaparse'
import type { ProgressStatus } from '../../../db/records'
import { decodeText, shorten } from './decode'
import { ImportFileError, type FormatParser, type ParsedRow } from './types'

/** A book from a Goodreads or StoryGraph library export. */
export interface ShelfBook {
  title: string
  authors: string[]
  /** ISBN-13 when the export has one, else ISBN-10: digits (and a final X) only. */
  isbn?: string
  pages?: number
  year?: number
  publisher?: string
  status: ProgressStatus
  /** Days it was finished (yyyy-MM-dd), oldest first: each is a completion. */
  finished: string[]
  source: 'Goodreads' | 'StoryGraph'
}

type Dialect = ShelfBook['source']

/** Header names that tell the two exports apart (and from any other CSV). */
const signatures: Record<Dialect, readonly string[]> = {
  Goodreads: ['Book Id', 'Title', 'Author', 'Exclusive Shelf'],
  StoryGraph: ['Title', 'Authors', 'ISBN/UID', 'Read Status'],
}

const statuses: Record<string, ProgressStatus> = {
  read: 'done',
  'currently-reading': 'in-progress',
  'to-read': 'not-started',
  'did-not-finish': 'skipped',
  paused: 'in-progress',
}

export const statusNames: Record<ProgressStatus, string> = {
  done: 'read',
  'in-progress': 'currently reading',
  'not-started': 'to read',
  skipped: 'did not finish',
}

function dialectOf(header: readonly string[]): Dialect | undefined {
  const names = new Set(header.map((name) => name.trim()))
  return (Object.keys(signatures) as Dialect[]).find((dialect) =>
    signatures[dialect].every((name) => names.has(name)),
  )
}

/** Goodreads writes ISBNs as ="0321336380" so spreadsheets keep the leading zero. */
export function cleanIsbn(raw: string | undefined): string | undefined {
  const digits = (raw ?? '')
    .replace(/^="?|"$/g, '')
    .replace(/[^0-9Xx]/g, '')
    .toUpperCase()
  return /^(\d{9}[\dX]|\d{13})$/.test(digits) ? digits : undefined
}

/** "2019/05/05" or "2019-05-05" (a real calendar day) as yyyy-MM-dd. */
export function isoDayOf(raw: string): string | undefined {
  const match = /^(\d{4})[/-](\d{1,2})[/-](\d{1,2})$/.exec(raw.trim())
  if (!match) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return `${match[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

function wholeNumber(raw: string | undefined, min: number, max: number): number | undefined {
  const value = Number((raw ?? '').trim())
  return Number.isInteger(value) && value >= min && value <= max ? value : undefined
}

function names(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((name) => shorten(name, 200))
    .filter(Boolean)
}

/** A record's cells by header name; a header named __proto__ is only ever a Map key. */
function cellsOf(header: readonly string[], record: readonly string[]): Map<string, string> {
  return new Map(header.map((name, i) => [name.trim(), record[i] ?? '']))
}

function bookOf(dialect: Dialect, cells: Map<string, string>): ShelfBook | string {
  const title = shorten(cells.get('Title') ?? '', 300)
  if (!title) return 'The row has no title.'
  const rawStatus = (cells.get(dialect === 'Goodreads' ? 'Exclusive Shelf' : 'Read Status') ?? '')
    .trim()
    .toLowerCase()
  const status = statuses[rawStatus]
  if (!status) {
    return rawStatus
      ? `Unknown status “${shorten(rawStatus, 40)}”: Bastion knows read, currently-reading, to-read, did-not-finish and paused.`
      : 'The row has no status (shelf).'
  }
  const authors =
    dialect === 'Goodreads'
      ? [...names(cells.get('Author')), ...names(cells.get('Additional Authors'))]
      : names(cells.get('Authors'))
  const dates =
    dialect === 'Goodreads'
      ? [cells.get('Date Read') ?? '']
      : [...(cells.get('Dates Read') ?? '').split(','), cells.get('Last Date Read') ?? ''].map(
          // StoryGraph writes a reading as "2023/01/05-2023/01/20": it finished on the last day.
          (range) => range.split(/-(?=\d{4}[/-])/).pop() ?? '',
        )
  const finished =
    status === 'done'
      ? [...new Set(dates.map(isoDayOf).filter((day): day is string => day !== undefined))].sort()
      : []
  const isbn =
    dialect === 'Goodreads'
      ? (cleanIsbn(cells.get('ISBN13')) ?? cleanIsbn(cells.get('ISBN')))
      : cleanIsbn(cells.get('ISBN/UID'))
  const pages = wholeNumber(cells.get('Number of Pages'), 1, 100_000)
  const year = wholeNumber(
    cells.get('Original Publication Year') || cells.get('Year Published'),
    1900,
    2100,
  )
  const publisher = shorten(cells.get('Publisher') ?? '', 200)
  return {
    title,
    authors: authors.slice(0, 50),
    ...(isbn ? { isbn } : {}),
    ...(pages ? { pages } : {}),
    ...(year ? { year } : {}),
    ...(publisher ? { publisher } : {}),
    status,
    finished,
    source: dialect,
  }
}

export function parseShelfCsv(
  text: string,
  progress?: (done: number, total: number) => void,
): ParsedRow<ShelfBook>[] {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' })
  const [header = [], ...records] = parsed.data
  const dialect = dialectOf(header)
  if (!dialect) {
    throw new ImportFileError(
      'This CSV is not a Goodreads or StoryGraph library export: its first row lacks their column names (Goodreads: Book Id, Title, Author, Exclusive Shelf; StoryGraph: Title, Authors, ISBN/UID, Read Status). Nothing was imported.',
    )
  }
  return records.map((record, index) => {
    if (progress && index % 2000 === 0) progress(index, records.length)
    const row = index + 2
    const book = bookOf(dialect, cellsOf(header, record))
    if (typeof book === 'string') {
      return {
        line: row,
        kind: 'book',
        label: shorten(record[header.indexOf('Title')] ?? '', 70) || `Row ${row}`,
        error: book,
      }
    }
    const by = book.authors.length ? ` by ${book.authors.join(', ')}` : ''
    return { line: row, kind: 'book', label: shorten(`${book.title}${by}`, 90), value: book }
  })
}

export const shelfParser: FormatParser<ShelfBook> = {
  id: 'goodreads-storygraph',
  label: 'Goodreads or StoryGraph library export (CSV)',
  extensions: ['.csv'],
  accepts(fileName, firstBytes) {
    if (!/\.csv$/i.test(fileName)) return false
    const head = new TextDecoder().decode(firstBytes.subarray(0, 4096)).replace(/^\uFEFF/, '')
    const firstLine = Papa.parse<string[]>(head.split(/\r?\n/)[0] ?? '').data[0] ?? []
    return dialectOf(firstLine) !== undefined
  },
  parse({ bytes }, progress) {
    return parseShelfCsv(decodeText(bytes, 'read as a library export'), progress)
  },
}
