import { formatCount } from '../../../domain/numbers'
import { ErrorMessage } from '../../../ui/ErrorMessage'
import type { CsvKind } from './csv-repository'
import { useCsvExport } from '../hooks'
import '../backup.css'

const exports: { kind: CsvKind; label: string; what: string }[] = [
  { kind: 'sessions', label: 'Export study sessions as CSV', what: 'study sessions' },
  { kind: 'expenses', label: 'Export expenses as CSV', what: 'expenses' },
  { kind: 'indexEntries', label: 'Export index entries as CSV', what: 'index entries' },
  { kind: 'reviewCards', label: 'Export review cards as CSV', what: 'review cards' },
  { kind: 'reviewLogs', label: 'Export review history as CSV', what: 'reviews' },
]

/** Settings: spreadsheets of sessions, expenses and index entries. */
export function CsvExportSection() {
  const csv = useCsvExport()
  const done = csv.data
  const what = exports.find((entry) => entry.kind === done?.kind)?.what
  return (
    <section className="card stack backup-card" aria-labelledby="csv-heading">
      <h2 id="csv-heading">Export as CSV</h2>
      <p className="muted">
        For spreadsheets. Cells that a spreadsheet would run as a formula are saved as plain text.
      </p>
      <div className="toolbar">
        {exports.map((entry) => (
          <button
            key={entry.kind}
            type="button"
            disabled={csv.isPending}
            onClick={() => csv.mutate(entry.kind)}
          >
            {entry.label}
          </button>
        ))}
      </div>
      {done ? (
        <p role="status">
          {done.saved
            ? `Saved ${formatCount(done.rows)} ${what} as ${done.name}.`
            : 'Export cancelled: no file was saved.'}
        </p>
      ) : null}
      <ErrorMessage error={csv.error} />
    </section>
  )
}
