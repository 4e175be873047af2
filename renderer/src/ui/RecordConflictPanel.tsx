import { useId, useState } from 'react'
import './record-conflict.css'

/** One field of a record as a person reads it (a label and the value shown as text). */
export interface ShownField {
  label: string
  value: string
}

export type ConflictChoice = 'mine' | 'theirs' | 'both'

function Value({ text }: { text: string }) {
  return text.trim() ? (
    <span className="conflict-value">{text}</span>
  ) : (
    <em className="muted">empty</em>
  )
}

/**
 * A record form's save was refused because another window (or a restore) saved the record
 * meanwhile (db/revision.ts). Shows both versions field by field, the differing fields marked,
 * and lets the person choose; nothing is written and the form keeps their text until they do.
 * `onKeepBoth` only where a second record makes sense (a quote, an index entry, a card).
 */
export function RecordConflictPanel({
  what,
  mine,
  theirs,
  onChoose,
  canKeepBoth = false,
}: {
  what: string
  mine: ShownField[]
  theirs: ShownField[]
  onChoose: (choice: ConflictChoice) => Promise<unknown>
  canKeepBoth?: boolean
}) {
  const headingId = useId()
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const valueOf = (fields: ShownField[], label: string) =>
    fields.find((field) => field.label === label)?.value ?? ''
  // Fields empty in both versions say nothing: left out so the differences stand out.
  const labels = [...new Set([...mine, ...theirs].map((field) => field.label))].filter(
    (label) => valueOf(mine, label).trim() || valueOf(theirs, label).trim(),
  )
  const differing = labels.filter((label) => valueOf(mine, label) !== valueOf(theirs, label))

  const choose = (choice: ConflictChoice) => {
    setBusy(true)
    setError(null)
    onChoose(choice)
      .catch((failure: unknown) =>
        setError(failure instanceof Error ? failure.message : String(failure)),
      )
      .finally(() => setBusy(false))
  }

  return (
    <section className="record-conflict" role="region" aria-labelledby={headingId}>
      <h3 id={headingId}>This {what} changed in another window</h3>
      <p>
        Your changes were not saved over the newer version. Both are below
        {differing.length > 0
          ? `; ${differing.length === 1 ? '1 field differs' : `${differing.length} fields differ`}`
          : ''}
        . Nothing is lost until you choose.
      </p>
      <div className="record-conflict-scroll">
        <table className="record-conflict-table">
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Yours (not saved)</th>
              <th scope="col">Saved version</th>
            </tr>
          </thead>
          <tbody>
            {labels.map((label) => {
              const differs = differing.includes(label)
              return (
                <tr key={label} className={differs ? 'differs' : undefined}>
                  <th scope="row">
                    {label}
                    {differs ? <span className="conflict-badge">differs</span> : null}
                  </th>
                  <td>
                    <Value text={valueOf(mine, label)} />
                  </td>
                  <td>
                    <Value text={valueOf(theirs, label)} />
                  </td>
                </tr>
              )
            })}
          </tbody>
        </table>
      </div>
      <div className="form-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => choose('mine')}>
          Keep mine
        </button>
        <button type="button" disabled={busy} onClick={() => choose('theirs')}>
          Keep theirs
        </button>
        {canKeepBoth ? (
          <button type="button" disabled={busy} onClick={() => choose('both')}>
            Keep both
          </button>
        ) : null}
      </div>
      <p className="muted record-conflict-help">
        Keep mine saves your version over the saved one. Keep theirs puts the saved version in the
        form.
        {canKeepBoth ? ` Keep both saves yours as a new ${what} and leaves the saved one.` : ''}
      </p>
      {error ? (
        <p role="alert" className="error-banner">
          {error}
        </p>
      ) : null}
    </section>
  )
}
