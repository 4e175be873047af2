/** Cells that a spreadsheet would run as a formula start with one of these. */
const formulaStart = /^[=+\-@\t\r]/

/** One CSV cell: formula injection defused with a leading quote, then RFC 4180 quoting. */
export function csvCell(value: string): string {
  const safe = formulaStart.test(value) ? `'${value}` : value
  return /[",\r\n]/.test(safe) || safe !== safe.trim() ? `"${safe.replace(/"/g, '""')}"` : safe
}

/** Rows to CSV text with CRLF line ends (what spreadsheets expect). */
export function toCsv(rows: string[][]): string {
  return rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
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
