import { useId, useState } from 'react'
import type { NoteFields } from './draft'
import type { NoteConflict } from './useNoteAutosave'
import '../../ui/record-conflict.css'

function Version({ label, fields }: { label: string; fields: NoteFields }) {
  const id = useId()
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} className="note-body" readOnly value={fields.body} />
      {fields.title ? <p className="muted">Title: {fields.title}</p> : null}
    </div>
  )
}

/**
 * Both versions of a note side by side, when a save would have overwritten another window's
 * (or a restore's) version: nothing is written until the person chooses.
 */
export function NoteConflictPanel({
  conflict,
  theirs,
  onResolve,
}: {
  conflict: NoteConflict
  theirs: NoteFields
  onResolve: (choice: 'mine' | 'theirs' | 'both') => Promise<void>
}) {
  const headingId = useId()
  const [error, setError] = useState<string | null>(null)
  const choose = (choice: 'mine' | 'theirs' | 'both') => {
    onResolve(choice).catch((failure: unknown) =>
      setError(failure instanceof Error ? failure.message : String(failure)),
    )
  }
  return (
    <section className="record-conflict" role="region" aria-labelledby={headingId}>
      <h2 id={headingId}>This note changed in another window</h2>
      <p>
        {conflict.source === 'draft'
          ? 'Text you typed earlier (in another window, or before a restore) was not applied: the note changed since.'
          : 'The note was saved elsewhere while you typed, so your text was not saved over it.'}{' '}
        Both versions are kept until you choose.
      </p>
      <div className="editor-panes">
        <Version label="Your unsaved text" fields={conflict.mine} />
        <Version label="Saved version" fields={theirs} />
      </div>
      <div className="form-actions">
        <button type="button" className="primary" onClick={() => choose('mine')}>
          Keep mine
        </button>
        <button type="button" onClick={() => choose('theirs')}>
          Keep theirs
        </button>
        <button type="button" onClick={() => choose('both')}>
          Keep both
        </button>
      </div>
      {error ? (
        <p role="alert" className="error-banner">
          {error}
        </p>
      ) : null}
    </section>
  )
}
