import type { ImportRecord } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useDownloadReport, useUndoImport } from './hooks'
import { statusCounts } from './report'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

/** One import: its summary, its report as CSV, and Undo while it has not been undone. */
export function ImportReport({
  record,
  headingLevel,
}: {
  record: ImportRecord
  headingLevel: 3 | 4
}) {
  const download = useDownloadReport()
  const undo = useUndoImport()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  const problems = record.rows.filter((row) => row.status === 'error')
  return (
    <article className="stack import-report" aria-label={`Import of ${record.fileName}`}>
      <Heading>
        {record.fileName} <span className="muted">({record.formatLabel})</span>
      </Heading>
      <p className="muted">Imported {when.format(record.at)}</p>
      <p>{statusCounts(record.rows)}.</p>
      {problems.length > 0 ? (
        <details open={headingLevel === 3}>
          <summary>
            {problems.length} {problems.length === 1 ? 'entry' : 'entries'} could not be imported
          </summary>
          <ul>
            {problems.map((row, index) => (
              <li key={`${row.line}-${index}`}>
                Line {row.line}: {row.detail}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
      {record.undoneAt ? (
        <p>
          Undone {when.format(record.undoneAt)}.
          {record.keptOnUndo && record.keptOnUndo.length > 0
            ? ` Kept, because they changed since: ${record.keptOnUndo.join('; ')}.`
            : ''}
        </p>
      ) : null}
      <div className="toolbar">
        <button type="button" onClick={() => download.mutate(record)} disabled={download.isPending}>
          Download report
        </button>
        {record.undoneAt ? null : (
          <button
            type="button"
            onClick={() => undo.mutate(record.id)}
            disabled={undo.isPending || record.added.length === 0}
          >
            Undo this import
          </button>
        )}
      </div>
      {download.data === false ? <p role="status">No report saved: cancelled.</p> : null}
      {undo.data ? (
        <p role="status">
          Import undone: {undo.data.removed} removed, {undo.data.restored} put back as they were.
          {undo.data.kept.length > 0 ? ` Kept: ${undo.data.kept.join('; ')}.` : ''}
        </p>
      ) : null}
      <ErrorMessage error={download.error ?? undo.error} />
    </article>
  )
}
