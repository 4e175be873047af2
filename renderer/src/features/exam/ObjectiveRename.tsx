import { useState, type FormEvent } from 'react'
import type { ObjectiveRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useDirty } from '../../ui/discard-changes'
import { useEscapeToClose } from '../../ui/form-keyboard'
import { RecordConflictPanel, type ShownField } from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { useUpdateObjective } from './hooks'
import { objectiveTitleProblem } from './limits'

const confidenceText = (confidence: number | null) =>
  confidence === null ? 'Not rated' : `${confidence} of 5`

/** An objective as a person reads it, with `title` as this form would save it. */
function shownObjective(objective: ObjectiveRecord, title: string, count: number): ShownField[] {
  return [
    { label: 'Title', value: title },
    { label: 'Confidence', value: confidenceText(objective.confidence) },
    {
      label: 'Last reviewed',
      value: objective.lastReviewed ? formatIsoDay(objective.lastReviewed) : '',
    },
    { label: 'Linked resources', value: String(count) },
  ]
}

/**
 * Renames an objective: a small record form with Save and Cancel. Escape or Cancel with a
 * changed title asks "Discard changes?"; the save carries the revision the form started from,
 * so a rename or rating saved meanwhile in another window is shown, never overwritten.
 */
export function ObjectiveRename({
  objective,
  onClose,
}: {
  objective: ObjectiveRecord
  onClose: () => void
}) {
  const update = useUpdateObjective()
  // Named after the title it started from: a rename elsewhere does not rename this form.
  const [startTitle] = useState(objective.title)
  const [title, setTitle] = useState(objective.title)
  const [error, setError] = useState<string | null>(null)
  const { dirty, settle } = useDirty(title.trim())
  const escape = useEscapeToClose(onClose, { dirty })
  const guard = useRevisionGuard<ObjectiveRecord>(objective, update.error)
  const inputId = `obj-${objective.id}`
  const errorId = `${inputId}-error`

  const save = async (base = guard.base) => {
    const problem = title.trim()
      ? objectiveTitleProblem(title)
      : 'A title is needed; the old one was kept.'
    setError(problem ?? null)
    if (problem) return
    await update.mutateAsync({ id: objective.id, changes: { title: title.trim() }, base })
    escape.release()
    onClose()
    escape.returnFocus()
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    save().catch(() => undefined)
  }

  return (
    <form
      className="objective-rename"
      onSubmit={submit}
      onKeyDown={escape.onKeyDown}
      noValidate
      aria-label={`Rename ${startTitle}`}
    >
      <span className="inline-add">
        <label className="visually-hidden" htmlFor={inputId}>
          New title for {startTitle}
        </label>
        <input
          id={inputId}
          value={title}
          autoFocus
          onChange={(e) => setTitle(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        <button type="submit">Save title</button>
        <button type="button" onClick={escape.close}>
          Cancel
        </button>
      </span>
      {error ? (
        <p id={errorId} className="error-text">
          {error}
        </p>
      ) : null}
      {guard.theirs ? (
        <RecordConflictPanel
          what="objective"
          mine={shownObjective(guard.theirs, title.trim(), guard.theirs.resourceIds.length)}
          theirs={shownObjective(guard.theirs, guard.theirs.title, guard.theirs.resourceIds.length)}
          onChoose={async (choice) => {
            const theirs = guard.theirs as ObjectiveRecord
            if (choice === 'mine') return save(guard.rebase(theirs))
            setTitle(theirs.title)
            settle(theirs.title)
            guard.rebase(theirs)
            update.reset()
          }}
        />
      ) : (
        <ErrorMessage error={update.error} />
      )}
    </form>
  )
}
