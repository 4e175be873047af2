import { SelectField } from '../../ui/SelectField'
import { useEffect, useMemo, useState } from 'react'
import type { ObjectiveRecord } from '../../db/records'
import { formatIsoDay, isIsoDay } from '../../domain/dates'
import type { Resource } from '../../db/resource'
import { ErrorMessage } from '../../ui/ErrorMessage'
import type { CertificationView } from './certification'
import {
  useAddObjective,
  useDeleteObjective,
  useLinkedNotes,
  useObjectives,
  useSeedObjectives,
  useUpdateObjective,
} from './hooks'
import type { LinkedNote } from './repository'
import { objectiveTitleProblem } from './limits'
import { ObjectiveRename } from './ObjectiveRename'
import { useDiscardGuard } from '../../ui/discard-changes'

/** Unrated first (they are the least known), then by confidence, then by list order. */
export function weakestFirst(objectives: readonly ObjectiveRecord[]): ObjectiveRecord[] {
  const rank = (o: ObjectiveRecord) => (o.confidence === null ? -1 : o.confidence)
  return [...objectives].sort((a, b) => rank(a) - rank(b) || a.position - b.position)
}

function ObjectiveRow({
  objective,
  resources,
  notes,
}: {
  objective: ObjectiveRecord
  resources: Resource[]
  notes: LinkedNote[]
}) {
  const update = useUpdateObjective()
  const remove = useDeleteObjective()
  const [renaming, setRenaming] = useState(false)
  // The links panel is built only when opened: 26 objectives times every resource is a lot of DOM.
  const [open, setOpen] = useState(false)
  const save = (changes: Parameters<typeof update.mutate>[0]['changes']) =>
    update.mutate({ id: objective.id, changes })
  const linked = resources.filter((r) => objective.resourceIds.includes(r.id))
  const t = objective.title

  return (
    <li className="objective">
      <div className="objective-main">
        {renaming ? (
          <ObjectiveRename objective={objective} onClose={() => setRenaming(false)} />
        ) : (
          <span className="objective-title">{t}</span>
        )}
        <SelectField
          frameClassName="compact-field"
          label="Confidence"
          aria-label={`Confidence in ${t}`}
          value={objective.confidence === null ? '' : String(objective.confidence)}
          onChange={(value) => save({ confidence: value === '' ? null : Number(value) })}
        >
          <option value="">Not rated</option>
          {[0, 1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </SelectField>
        <label className="compact-field">
          <span>Last reviewed</span>
          <input
            type="date"
            aria-label={`Last reviewed ${t}`}
            value={objective.lastReviewed ?? ''}
            onChange={(e) => {
              if (e.target.value === '' || isIsoDay(e.target.value))
                save({ lastReviewed: e.target.value || undefined })
            }}
          />
        </label>
      </div>
      <details open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
        <summary>
          Links: {linked.length} resource{linked.length === 1 ? '' : 's'}, {notes.length} note
          {notes.length === 1 ? '' : 's'}
          {objective.lastReviewed ? ` · reviewed ${formatIsoDay(objective.lastReviewed)}` : ''}
        </summary>
        {open ? (
          <>
            <fieldset>
              <legend>Resources for {t}</legend>
              <div className="checkbox-grid">
                {resources.map((r) => (
                  <label key={r.id} className="checkbox">
                    <input
                      type="checkbox"
                      checked={objective.resourceIds.includes(r.id)}
                      onChange={(e) =>
                        save({
                          resourceIds: e.target.checked
                            ? [...objective.resourceIds, r.id]
                            : objective.resourceIds.filter((id) => id !== r.id),
                        })
                      }
                    />
                    {r.title}
                  </label>
                ))}
              </div>
            </fieldset>
            <p>
              <strong>Notes:</strong>{' '}
              {notes.length === 0
                ? 'none linked yet (link notes to this objective from the Notes page).'
                : notes.map((n) => n.title || 'Untitled note').join(', ')}
            </p>
            <div className="form-actions">
              <button type="button" onClick={() => setRenaming(true)}>
                Rename
              </button>
              <button
                type="button"
                className="danger"
                onClick={(event) => remove.run(objective.id, event.currentTarget)}
              >
                Remove objective
              </button>
            </div>
          </>
        ) : null}
      </details>
      <ErrorMessage error={update.error ?? remove.error} />
    </li>
  )
}

export function ObjectivesSection({
  cert,
  resources,
}: {
  cert: CertificationView
  resources: Resource[]
}) {
  const seed = useSeedObjectives()
  const objectives = useObjectives(cert.id)
  const notes = useLinkedNotes(objectives.data ?? [])
  const add = useAddObjective()
  const [sort, setSort] = useState<'list' | 'weakest'>('list')
  const [newTitle, setNewTitle] = useState('')
  const [addError, setAddError] = useState<string | null>(null)
  // Leaving with a typed objective asks first (the saving rule's Discard check).
  useDiscardGuard(newTitle.trim() !== '')
  const titles = cert.details?.objectives
  const { mutate: seedMutate } = seed
  useEffect(() => {
    if (titles) seedMutate({ certificationId: cert.id, titles })
  }, [cert.id, titles, seedMutate])

  const list = useMemo(() => {
    const all = objectives.data ?? []
    return sort === 'weakest' ? weakestFirst(all) : all
  }, [objectives.data, sort])
  const rated = list.filter((o) => o.confidence !== null).length

  return (
    <section className="card stack" aria-labelledby="objectives-heading">
      <h2 id="objectives-heading">Objectives</h2>
      <p className="muted">
        {cert.details?.objectivesSource ?? 'Your own list.'} Rate each 0 (new to me) to 5 (could
        teach it). {rated} of {list.length} rated.
      </p>
      <div className="toolbar">
        <SelectField
          id="objective-sort"
          label="Order"
          value={sort}
          onChange={(value) => setSort(value as 'list' | 'weakest')}
        >
          <option value="list">Exam order</option>
          <option value="weakest">Weakest first</option>
        </SelectField>
      </div>
      <ErrorMessage error={objectives.error ?? seed.error} />
      <ol className="objective-list" aria-label="Objectives">
        {list.map((o) => (
          <ObjectiveRow
            key={o.id}
            objective={o}
            resources={resources}
            notes={(notes.data ?? []).filter((n) => n.objectiveIds.includes(o.id))}
          />
        ))}
      </ol>
      <div className="inline-add">
        <label htmlFor="objective-new">New objective</label>
        <input
          id="objective-new"
          value={newTitle}
          onChange={(e) => setNewTitle(e.target.value)}
          aria-invalid={addError ? true : undefined}
          aria-describedby={addError ? 'objective-new-error' : undefined}
        />
        <button
          type="button"
          onClick={() => {
            if (!newTitle.trim()) return setAddError('Type the objective first.')
            const tooLong = objectiveTitleProblem(newTitle)
            if (tooLong) return setAddError(tooLong)
            add.mutate(
              { certificationId: cert.id, title: newTitle },
              { onSuccess: () => setNewTitle('') },
            )
            setAddError(null)
          }}
        >
          Add objective
        </button>
        {addError ? (
          <span id="objective-new-error" className="error-text">
            {addError}
          </span>
        ) : null}
      </div>
      <ErrorMessage error={add.error} />
    </section>
  )
}
