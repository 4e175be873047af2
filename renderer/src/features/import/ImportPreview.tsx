import { useState } from 'react'
import { isImportable, type ReviewedRow } from './repository'
import { kindCounts, previewWords, statusCounts } from './report'

const PAGE = 200

interface Props {
  fileName: string
  formatLabel: string
  rows: ReviewedRow[]
  onToggle(index: number, ticked: boolean): void
  onToggleAll(ticked: boolean): void
}

/** Every row of the file with its fate, before anything changes; importable rows can be unticked. */
export function ImportPreview({ fileName, formatLabel, rows, onToggle, onToggleAll }: Props) {
  const [shown, setShown] = useState(PAGE)
  const importable = rows.filter((row) => isImportable(row.fate))
  const ticked = importable.filter((row) => row.ticked).length
  return (
    <section className="stack" aria-labelledby="import-preview-heading">
      <h3 id="import-preview-heading">Preview of {fileName}</h3>
      <p>
        Read as {formatLabel}: {kindCounts(rows)}.
      </p>
      <p>
        {statusCounts(
          rows.map((row) => ({ status: row.fate.status })),
          previewWords,
        )}
        .
      </p>
      {importable.length > 0 ? (
        <label className="checkbox">
          <input
            type="checkbox"
            checked={ticked === importable.length}
            onChange={(event) => onToggleAll(event.target.checked)}
          />
          Import every new or updated entry
        </label>
      ) : null}
      <div className="import-table-wrap">
        <table className="import-table">
          <caption className="visually-hidden">Entries of {fileName} and what import does</caption>
          <thead>
            <tr>
              <th scope="col">Import</th>
              <th scope="col">Line</th>
              <th scope="col">Kind</th>
              <th scope="col">Entry</th>
              <th scope="col">Fate</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, shown).map((row, index) => (
              <tr key={`${row.line}-${index}`} data-status={row.fate.status}>
                <td>
                  {isImportable(row.fate) ? (
                    <input
                      type="checkbox"
                      aria-label={`Import line ${row.line}`}
                      checked={row.ticked}
                      onChange={(event) => onToggle(index, event.target.checked)}
                    />
                  ) : null}
                </td>
                <td>{row.line}</td>
                <td>{row.kind}</td>
                <td>{row.label}</td>
                <td>
                  <strong>{previewWords[row.fate.status]}</strong>
                  {row.fate.detail ? `: ${row.fate.detail}` : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {rows.length > shown ? (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          Show {Math.min(PAGE, rows.length - shown)} more entries (of {rows.length - shown} not
          shown)
        </button>
      ) : null}
    </section>
  )
}
