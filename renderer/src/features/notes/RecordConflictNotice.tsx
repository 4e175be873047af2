import { useId } from 'react'

/**
 * A record form's save was refused because another window (or a restore) saved the record
 * meanwhile. Says so, keeps the typed text in the form, and offers the saved version; after
 * reloading, the text typed before stays in view (read-only) so it can be copied back.
 */
export function RecordConflictNotice({
  what,
  conflict,
  kept,
  onReload,
}: {
  what: string
  conflict: unknown
  kept: string | null
  onReload: () => void
}) {
  const headingId = useId()
  const keptId = useId()
  if (conflict) {
    return (
      <section className="note-conflict" role="alert" aria-labelledby={headingId}>
        <h3 id={headingId}>This {what} changed in another window</h3>
        <p>
          Your changes were not saved, so they did not overwrite the newer version. They are still
          in the form above. Load the saved version to go on from it; your text stays in view to
          copy back.
        </p>
        <div className="form-actions">
          <button type="button" className="primary" onClick={onReload}>
            Load the saved version
          </button>
        </div>
      </section>
    )
  }
  if (kept === null) return null
  return (
    <section className="note-conflict" aria-label="Your text before loading the saved version">
      <p>
        The form now shows the saved version. What you had typed is below; copy back what you need,
        then save.
      </p>
      <div className="field">
        <label htmlFor={keptId}>Your unsaved text</label>
        <textarea id={keptId} className="note-body" readOnly value={kept} />
      </div>
    </section>
  )
}
