import { toCsv, type CsvColumn } from '../../domain/csv'
import type { ImportRecord, ImportReportRow, ImportRowStatus } from '../../db/records'

/** The fate of a row as the report says it, after the import. */
export const statusWords: Record<ImportRowStatus, string> = {
  new: 'Added',
  update: 'Updated',
  duplicate: 'Duplicate',
  skip: 'Not imported',
  error: 'Error',
  unticked: 'Left out',
}

const columns: CsvColumn<ImportReportRow>[] = [
  { header: 'Line', value: (row) => row.line },
  { header: 'Kind', value: (row) => row.kind },
  { header: 'Entry', value: (row) => row.label },
  { header: 'Fate', value: (row) => statusWords[row.status] },
  { header: 'Detail', value: (row) => row.detail },
]

/** Every row of the file and what became of it, as CSV (formula-looking cells made plain). */
export function reportCsv(record: ImportRecord): string {
  return toCsv(columns, record.rows)
}

export function reportFileName(record: ImportRecord): string {
  const base = record.fileName.replace(/\.[^.]*$/, '').replace(/[^\p{L}\p{N}-]+/gu, '-')
  const day = new Date(record.at).toISOString().slice(0, 10)
  return `bastion-import-report-${base || 'file'}-${day}.csv`
}

/** What the preview calls each fate, before anything is imported. */
export const previewWords: Record<ImportRowStatus, string> = {
  ...statusWords,
  new: 'New',
  update: 'Updates',
}

/** "2 added · 1 duplicate · 1 error": how many rows had each fate, in a fixed order. */
export function statusCounts(
  rows: readonly { status: ImportRowStatus }[],
  words: Record<ImportRowStatus, string> = statusWords,
): string {
  const counts = new Map<ImportRowStatus, number>()
  for (const row of rows) counts.set(row.status, (counts.get(row.status) ?? 0) + 1)
  return (Object.keys(words) as ImportRowStatus[])
    .filter((status) => counts.has(status))
    .map((status) => `${counts.get(status)} ${words[status].toLowerCase()}`)
    .join(' · ')
}

/** "3 highlights · 1 note": how many rows of each kind, in the file's order of first sight. */
export function kindCounts(rows: readonly { kind: string }[]): string {
  const counts = new Map<string, number>()
  for (const row of rows) counts.set(row.kind, (counts.get(row.kind) ?? 0) + 1)
  return [...counts]
    .map(([kind, count]) => `${count} ${count === 1 ? kind : plural(kind)}`)
    .join(' · ')
}

function plural(word: string): string {
  if (/[^aeiou]y$/.test(word)) return `${word.slice(0, -1)}ies`
  if (/(s|x|ch|sh)$/.test(word)) return `${word}es`
  return `${word}s`
}
