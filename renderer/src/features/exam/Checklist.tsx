import { useEffect, useState } from 'react'
import { newId } from '../../db/database'
import type { ChecklistItem } from '../../db/records'
import { useDiscardGuard } from '../../ui/discard-changes'
import { checklistLabelProblem } from './limits'

/** The exam-day checklist: toggle, rename, remove and add items; saved on every change. */
export function Checklist({
  items: stored,
  onChange: save,
}: {
  items: ChecklistItem[]
  onChange: (items: ChecklistItem[]) => void
}) {
  // Shown at once, saved in the background: a checkbox must not wait for the database.
  const [items, setItems] = useState(stored)
  useEffect(() => setItems(stored), [stored])
  const onChange = (next: ChecklistItem[]) => {
    setItems(next)
    save(next)
  }
  const [adding, setAdding] = useState('')
  const [addError, setAddError] = useState<string | null>(null)
  const [renaming, setRenaming] = useState<{ id: string; label: string } | null>(null)
  const [renameError, setRenameError] = useState<string | null>(null)
  const done = items.filter((i) => i.done).length

  // Leaving with a typed item or name asks first (the saving rule's Discard check).
  const renamed =
    renaming !== null && renaming.label.trim() !== items.find((i) => i.id === renaming.id)?.label
  useDiscardGuard(adding.trim() !== '' || renamed)

  const add = () => {
    const label = adding.trim()
    const problem = checklistLabelProblem(adding)
    if (problem) return setAddError(problem)
    onChange([...items, { id: newId(), label, done: false }])
    setAdding('')
    setAddError(null)
  }
  const rename = () => {
    if (!renaming) return
    const label = renaming.label.trim()
    if (!label) return setRenameError('An item needs a name; the old one was kept.')
    const problem = checklistLabelProblem(label)
    if (problem) return setRenameError(problem)
    onChange(items.map((i) => (i.id === renaming.id ? { ...i, label } : i)))
    setRenaming(null)
    setRenameError(null)
  }

  return (
    <section aria-label="Exam day checklist" className="checklist">
      <h4>
        Exam day checklist{' '}
        <span className="muted">
          ({done} of {items.length} done)
        </span>
      </h4>
      <ul className="plain-list">
        {items.map((item) => (
          <li key={item.id} className="checklist-item">
            {renaming?.id === item.id ? (
              <>
                <label className="visually-hidden" htmlFor={`rename-${item.id}`}>
                  New name for {item.label}
                </label>
                <input
                  id={`rename-${item.id}`}
                  value={renaming.label}
                  aria-invalid={renameError ? true : undefined}
                  onChange={(e) => setRenaming({ id: item.id, label: e.target.value })}
                />
                <button type="button" onClick={rename}>
                  Save name
                </button>
                <button type="button" onClick={() => setRenaming(null)}>
                  Cancel
                </button>
                {renameError ? <span className="error-text">{renameError}</span> : null}
              </>
            ) : (
              <>
                <label className="checkbox">
                  <input
                    type="checkbox"
                    checked={item.done}
                    onChange={() =>
                      onChange(items.map((i) => (i.id === item.id ? { ...i, done: !i.done } : i)))
                    }
                  />
                  {item.label}
                </label>
                <button
                  type="button"
                  className="small"
                  aria-label={`Rename ${item.label}`}
                  onClick={() => setRenaming({ id: item.id, label: item.label })}
                >
                  Rename
                </button>
                <button
                  type="button"
                  className="small"
                  aria-label={`Remove ${item.label}`}
                  onClick={() => onChange(items.filter((i) => i.id !== item.id))}
                >
                  Remove
                </button>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="inline-add">
        <label className="visually-hidden" htmlFor="checklist-new">
          New checklist item
        </label>
        <input
          id="checklist-new"
          placeholder="e.g. Water bottle"
          value={adding}
          onChange={(e) => setAdding(e.target.value)}
          aria-invalid={addError ? true : undefined}
        />
        <button type="button" onClick={add}>
          Add item
        </button>
        {addError ? <span className="error-text">{addError}</span> : null}
      </div>
    </section>
  )
}
