import { useEffect, useId, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { NoteRecord } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { Field, fieldDescribedBy } from '../../ui/TextField'
import { clozeFromSelection, MakeCardButton, type MakeCardSource } from '../review'
import { NoteConflictPanel } from './NoteConflictPanel'
import { parseTags, removeDrafts } from './draft'
import { formatInstant, ObjectivePicker, ResourceSelect } from './fields'
import { noteProblems } from './forms'
import { useCreateNote, useDeleteNote, useObjectiveChoices, useUpdateNote } from './hooks'
import { indexPrefillPath } from './prefill'
import { MarkdownView } from './MarkdownView'
import { saveStateText, useNoteAutosave } from './useNoteAutosave'
import { TagSuggestions } from '../coverage'
import { TagInput } from '../frameworks'

/** The tags as typed, unless the note's tags changed elsewhere (another window, a conflict). */
function useTagText(tags: string[]) {
  const [tagText, setTagText] = useState(tags.join(', '))
  if (parseTags(tagText).join('\n') !== tags.join('\n')) setTagText(tags.join(', '))
  return [tagText, setTagText] as const
}

/** Edits one note (the stored note, fresh); mount with key={note.id}. Saves itself. */
export function NoteEditor({ note, onDeleted }: { note: NoteRecord; onDeleted: () => void }) {
  const update = useUpdateNote()
  const create = useCreateNote()
  const {
    fields,
    update: change,
    flush,
    status,
    conflict,
    resolve,
    recovered,
  } = useNoteAutosave(note, {
    save: (value, base) => update.mutateAsync({ id: note.id, fields: value, base }),
    saveCopy: (value) =>
      create.mutateAsync({ ...value, title: `${value.title || 'Untitled note'} (your copy)` }),
    problem: (value) =>
      noteProblems(value).title ? 'the title is too long; the saved note is unchanged' : undefined,
  })
  const titleProblem = noteProblems(fields).title
  const [tagText, setTagText] = useTagText(fields.tags)
  const locked = conflict !== null
  const choices = useObjectiveChoices()
  const remove = useDeleteNote()
  const navigate = useNavigate()
  const bodyId = useId()
  const titleId = useId()
  const bodyRef = useRef<HTMLTextAreaElement>(null)
  const titleRef = useRef<HTMLInputElement>(null)
  // A blank note (just made with New note) has nothing to read: focus its title to start typing.
  const [startsBlank] = useState(() => !note.title && !note.body)
  useEffect(() => {
    if (startsBlank) titleRef.current?.focus()
  }, [startsBlank])

  /** Make card: the selected words of the note become the gap (or the answer). */
  const readSelection = (): MakeCardSource => {
    flush()
    const start = bodyRef.current?.selectionStart ?? 0
    const end = bodyRef.current?.selectionEnd ?? 0
    const selected = fields.body.slice(start, end).trim()
    return {
      source: { kind: 'note', id: note.id },
      resourceId: fields.resourceId,
      tags: fields.tags,
      objectiveIds: fields.objectiveIds,
      cloze: selected ? clozeFromSelection(fields.body, start, end) : '',
      qa: { front: '', back: selected },
      kind: 'cloze',
    }
  }

  const addToIndex = () => {
    flush()
    const selected = window.getSelection()?.toString().trim() ?? ''
    void navigate(
      indexPrefillPath({
        term: selected || fields.title,
        resourceId: fields.resourceId,
        pages: '',
      }),
    )
  }

  return (
    <section className="card stack note-editor" aria-label="Note editor">
      <div className="editor-top">
        <p role="status" className={`save-state save-${status.state}`}>
          {saveStateText(status)}
        </p>
        {recovered ? (
          <p className="muted">Recovered your last keystrokes from before the reload.</p>
        ) : null}
      </div>
      {conflict ? (
        <NoteConflictPanel conflict={conflict} theirs={fields} onResolve={resolve} />
      ) : null}
      <Field id={titleId} label="Title" error={titleProblem}>
        <input
          ref={titleRef}
          id={titleId}
          value={fields.title}
          placeholder="Untitled note"
          readOnly={locked}
          aria-invalid={titleProblem ? true : undefined}
          aria-describedby={fieldDescribedBy(titleId, { error: titleProblem })}
          onChange={(e) => change({ title: e.target.value })}
          onBlur={flush}
        />
      </Field>
      <div className="field-row">
        <ResourceSelect
          value={fields.resourceId}
          onChange={(resourceId) => change({ resourceId })}
        />
        <TagInput
          label="Tags"
          value={tagText}
          placeholder="comma separated, e.g. LLM01:2026, crypto"
          readOnly={locked}
          onChange={(text) => {
            setTagText(text)
            change({ tags: parseTags(text) })
          }}
          onBlur={flush}
        />
      </div>
      {locked ? null : (
        <TagSuggestions
          text={`${fields.title}\n${fields.body}`}
          value={tagText}
          held={fields.objectiveIds}
          onAdd={(text) => {
            setTagText(text)
            change({ tags: parseTags(text) })
          }}
        />
      )}
      <ObjectivePicker
        choices={choices}
        value={fields.objectiveIds}
        onChange={(objectiveIds) => change({ objectiveIds })}
      />
      <div className="editor-panes">
        <div className="field">
          <label htmlFor={bodyId}>Note (Markdown)</label>
          <textarea
            id={bodyId}
            ref={bodyRef}
            className="note-body"
            value={fields.body}
            spellCheck
            readOnly={locked}
            onChange={(e) => change({ body: e.target.value })}
            onBlur={flush}
          />
        </div>
        <div className="field">
          <span aria-hidden="true">Preview</span>
          {fields.body.trim() ? (
            <MarkdownView source={fields.body} label="Preview" />
          ) : (
            <p className="markdown muted" role="region" aria-label="Preview">
              The formatted note appears here as you type.
            </p>
          )}
        </div>
      </div>
      <p className="muted note-times">
        Created {formatInstant(note.createdAt)} · Updated {formatInstant(note.updatedAt)}
      </p>
      <div className="form-actions">
        <button type="button" onClick={addToIndex}>
          Add to index
        </button>
        <MakeCardButton read={readSelection} />
        <button
          type="button"
          className="danger"
          onClick={(event) =>
            remove.run(note.id, event.currentTarget, () => {
              removeDrafts(note.id)
              onDeleted()
            })
          }
        >
          Delete note
        </button>
      </div>
      <ErrorMessage error={remove.error} />
    </section>
  )
}
