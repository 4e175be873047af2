/**
 * Cells a spreadsheet would run as a formula start with one of these (CSV injection). Text that
 * already starts with apostrophes before one gets one more, so reading back (taking one off,
 * features/import) always gives the text exactly.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/

/**
 * One CSV cell, safe to open in a spreadsheet: text that starts like a formula gets a leading
 * apostrophe (shown as plain text), then RFC 4180 quoting. Numbers are written as they are.
 */
export function csvCell(value: string | number | null | undefined): string {
  if (value === null || value === undefined) return ''
  const text = typeof value === 'string' && FORMULA_START.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text
}

/** The byte-order mark: Excel reads a CSV file as UTF-8 only when it starts with one. */
export const CSV_BOM = '\uFEFF'

export interface CsvColumn<Row> {
  header: string
  value: (row: Row) => string | number | null | undefined
}

/**
 * A CSV file (RFC 4180: CRLF rows, quoted fields, a final CRLF). Every file Bastion writes
 * starts with the byte-order mark, whichever button wrote it: one rule, so a spreadsheet shows
 * accents and non-Latin titles the same from every export.
 */
export function toCsv<Row>(columns: readonly CsvColumn<Row>[], rows: readonly Row[]): string {
  const lines = [columns.map((column) => csvCell(column.header)).join(',')]
  for (const row of rows) {
    lines.push(columns.map((column) => csvCell(column.value(row))).join(','))
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`
}
