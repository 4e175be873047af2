import { useResourceTitle } from '../../catalog'
import { noResourceTitles } from '../../../domain/resource-titles'
import { useCallback, useDeferredValue, useMemo, useRef, useState } from 'react'
import type { IndexEntryRecord } from '../../../db/records'
import { ErrorMessage } from '../../../ui/ErrorMessage'
import { TextField } from '../../../ui/TextField'
import { useDirty } from '../../../ui/discard-changes'
import { useEscapeToClose, useFocusFirstInvalid } from '../../../ui/form-keyboard'
import { useSayDone } from '../../../ui/undo-toast'
import { MakeCardButton, type MakeCardSource } from '../../review'
import { ObjectivePicker, ResourceSelect } from '../fields'
import { entryToForm, validateIndexEntry, type FormErrors, type IndexEntryForm } from '../forms'
import { useDeleteIndexEntry, useObjectiveChoices, useSaveIndexEntry } from '../hooks'
import { duplicateReasonLabels, findNearDuplicates } from './open-book-index'
import { TagSuggestions } from '../../coverage'
import { TagInput } from '../../frameworks'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../../ui/revision-guard'

/** Adds or edits one index entry, warning while typing when a similar term exists. */
export function IndexEntryEditor({
  entry,
  prefill,
  entries,
  onDone,
}: {
  entry?: IndexEntryRecord
  prefill?: Partial<IndexEntryForm>
  entries: IndexEntryRecord[]
  onDone: (id: string | null) => void
}) {
  const [form, setForm] = useState<IndexEntryForm>(() => ({ ...entryToForm(entry), ...prefill }))
  const [errors, setErrors] = useState<FormErrors<IndexEntryForm>>({})
  const choices = useObjectiveChoices()
  const save = useSaveIndexEntry()
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<IndexEntryRecord>(entry, save.error)
  const remove = useDeleteIndexEntry()
  const set = (patch: Partial<IndexEntryForm>) => setForm((current) => ({ ...current, ...patch }))
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const { dirty, settle } = useDirty(form)
  const close = useCallback(() => onDone(null), [onDone])
  const escape = useEscapeToClose(close, { dirty })
  const sayDone = useSayDone()
  const titles = useResourceTitle().data ?? noResourceTitles

  /** Make card from the saved entry: the term asks for its pages and short note. */
  const readEntry = (saved: IndexEntryRecord): MakeCardSource => {
    const book = saved.resourceId ? titles(saved.resourceId) : undefined
    return {
      source: { kind: 'indexEntry', id: saved.id },
      resourceId: saved.resourceId,
      tags: saved.tags,
      objectiveIds: saved.objectiveIds,
      cloze: '',
      qa: {
        front: book ? `Where is “${saved.term}” in ${book}?` : `Where is “${saved.term}”?`,
        back: [saved.pages, saved.note].filter(Boolean).join(' — '),
      },
      kind: 'qa',
    }
  }

  // Deferred: the check runs over every entry, so typing never waits for it.
  const deferredTerm = useDeferredValue(form.term)
  const similar = useMemo(() => {
    const term = deferredTerm.trim()
    if (!term) return []
    const others = entries.filter((other) => other.id !== entry?.id)
    const flags = findNearDuplicates([{ id: '\0draft', term }, ...others]).get('\0draft') ?? []
    return flags.slice(0, 3)
  }, [deferredTerm, entries, entry?.id])

  const objectiveLabel = (id: string) => choices.find((choice) => choice.id === id)?.label ?? id
  const shown = (fields: IndexEntryForm): ShownField[] => [
    { label: 'Term', value: fields.term },
    { label: 'Pages', value: fields.pages },
    { label: 'Book or resource', value: fields.resourceId ? titles(fields.resourceId) : '' },
    { label: 'Short note', value: fields.note },
    { label: 'Tags', value: fields.tags },
    { label: 'Objectives', value: fields.objectiveIds.map(objectiveLabel).join('\n') },
  ]

  /** Keep theirs loads the saved entry; Keep mine saves over it; Keep both adds mine as new. */
  const resolve = async (choice: ConflictChoice, theirs: IndexEntryRecord) => {
    if (choice === 'theirs') {
      setForm(entryToForm(theirs))
      settle(entryToForm(theirs))
      guard.rebase(theirs)
      setErrors({})
      save.reset()
      return
    }
    const result = validateIndexEntry(form)
    if (!result.ok) return setErrors(result.errors)
    const id = choice === 'both' ? undefined : entry?.id
    const base = choice === 'both' ? undefined : guard.rebase(theirs)
    const saved = await save.mutateAsync({ fields: result.fields, id, base })
    escape.release()
    sayDone('Index entry saved.')
    onDone(saved)
  }

  const submit = () => {
    const result = validateIndexEntry(form)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    save.mutate(
      { fields: result.fields, id: entry?.id, base: guard.base },
      {
        onSuccess: (id) => {
          escape.release()
          sayDone('Index entry saved.')
          onDone(id)
        },
      },
    )
  }

  return (
    <form
      ref={formRef}
      onKeyDown={escape.onKeyDown}
      className="card stack"
      aria-label={entry ? 'Edit index entry' : 'New index entry'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <h2>{entry ? `Edit “${entry.term}”` : 'Add index entry'}</h2>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="error-banner">
          The entry needs a fix before it can be saved; nothing you typed is lost.
        </p>
      ) : null}
      <div className="field-row">
        <TextField
          label="Term"
          value={form.term}
          error={errors.term}
          onChange={(term) => set({ term })}
          autoFocus
        />
        <TextField
          label="Pages"
          value={form.pages}
          error={errors.pages}
          hint="e.g. 42, 57–59, ch. 3"
          onChange={(pages) => set({ pages })}
        />
        <ResourceSelect
          label="Book or resource"
          value={form.resourceId}
          onChange={(resourceId) => set({ resourceId })}
        />
      </div>
      {similar.length > 0 ? (
        <p className="notice" role="status">
          Similar entries exist:{' '}
          {similar
            .map((flag) => `“${flag.otherTerm}” (${duplicateReasonLabels[flag.reason]})`)
            .join('; ')}
          .
        </p>
      ) : null}
      <TextField
        label="Short note"
        value={form.note}
        error={errors.note}
        onChange={(note) => set({ note })}
      />
      <TagInput
        label="Tags"
        value={form.tags}
        hint="Comma separated. Type an ID or a name (LLM01, prompt inj, AML.T0051) to pick a framework item."
        onChange={(tags) => set({ tags })}
      />
      <TagSuggestions
        text={`${form.term}\n${form.note}`}
        value={form.tags}
        held={form.objectiveIds}
        onAdd={(tags) => set({ tags })}
      />
      <ObjectivePicker
        choices={choices}
        value={form.objectiveIds}
        onChange={(objectiveIds) => set({ objectiveIds })}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save entry
        </button>
        <button type="button" onClick={escape.close}>
          Cancel
        </button>
        {entry ? <MakeCardButton read={() => readEntry(entry)} /> : null}
        {entry ? (
          <button
            type="button"
            className="danger"
            onClick={(event) =>
              remove.run(entry.id, event.currentTarget, () => {
                escape.release()
                onDone(null)
              })
            }
          >
            Delete entry
          </button>
        ) : null}
      </div>
      {guard.theirs ? (
        <RecordConflictPanel
          what="index entry"
          mine={shown(form)}
          theirs={shown(entryToForm(guard.theirs))}
          canKeepBoth
          onChoose={(choice) => resolve(choice, guard.theirs as IndexEntryRecord)}
        />
      ) : null}
      <ErrorMessage error={(guard.theirs ? null : save.error) ?? remove.error} />
    </form>
  )
}
