import { csvCell, csvRows } from '../../../domain/csv'

export { csvCell }

/** Rows to CSV text with CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: string[][]): string {
  return csvRows(rows)
}

export interface IndexCsvRow {
  term: string
  pages: string
  resource: string
  note: string
  tags: string[]
  objectives: string[]
}

/** The open-book index as CSV, in the order given (A–Z). */
export function indexCsv(rows: IndexCsvRow[]): string {
  return toCsv([
    ['Term', 'Pages', 'Resource', 'Note', 'Tags', 'Objectives'],
    ...rows.map((row) => [
      row.term,
      row.pages,
      row.resource,
      row.note,
      row.tags.join('; '),
      row.objectives.join('; '),
    ]),
  ])
}
