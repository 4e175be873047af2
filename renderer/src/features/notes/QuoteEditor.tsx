import { useCallback, useRef, useState } from 'react'
import { useNavigate } from 'react-router'
import type { QuoteRecord } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { TextField } from '../../ui/TextField'
import { useDirty } from '../../ui/discard-changes'
import { useSayDone } from '../../ui/undo-toast'
import { clozeFromText, MakeCardButton, type MakeCardSource } from '../review'
import { ResourceSelect } from './fields'
import { quoteToForm, validateQuote, type FormErrors, type QuoteForm } from './forms'
import { useResourceTitle } from '../catalog'
import { noResourceTitles } from '../../domain/resource-titles'
import { useDeleteQuote, useSaveQuote } from './hooks'
import { indexPrefillPath } from './prefill'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { TagSuggestions } from '../coverage'
import { TagInput } from '../frameworks'

/** Adds a quote, or edits one; keeps what was typed when the input is wrong. */
export function QuoteEditor({
  quote,
  resourceId,
  onDone,
}: {
  quote?: QuoteRecord
  resourceId?: string
  onDone: (id: string | null) => void
}) {
  const [form, setForm] = useState<QuoteForm>(() => quoteToForm(quote, resourceId))
  const [errors, setErrors] = useState<FormErrors<QuoteForm>>({})
  const formRef = useRef<HTMLFormElement>(null)
  useFocusFirstInvalid(formRef, errors)
  const close = useCallback(() => onDone(quote?.id ?? null), [onDone, quote?.id])
  const { dirty, settle } = useDirty(form)
  const escape = useEscapeToClose(close, { dirty })
  const saidSaved = useSayDone()
  const save = useSaveQuote()
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<QuoteRecord>(quote, save.error)
  const remove = useDeleteQuote()
  const navigate = useNavigate()
  const set = (patch: Partial<QuoteForm>) => setForm((current) => ({ ...current, ...patch }))
  const titles = useResourceTitle().data ?? noResourceTitles

  /** Make card from the saved quote: the selected words become the gap, or "who said, where". */
  const readQuote = (saved: QuoteRecord): MakeCardSource => {
    const active = document.activeElement
    const selected =
      active instanceof HTMLTextAreaElement
        ? active.value.slice(active.selectionStart, active.selectionEnd)
        : (window.getSelection()?.toString() ?? '')
    const book = saved.resourceId ? titles(saved.resourceId) : undefined
    return {
      source: { kind: 'quote', id: saved.id },
      resourceId: saved.resourceId,
      tags: saved.tags,
      objectiveIds: [],
      cloze: clozeFromText(saved.text, selected),
      qa: {
        front: `Who said this, and where? “${saved.text}”`,
        back: [book, saved.locator?.display].filter(Boolean).join(', '),
      },
      kind: selected.trim() ? 'cloze' : 'qa',
    }
  }

  const shown = (fields: QuoteForm): ShownField[] => [
    { label: 'Quoted text', value: fields.text },
    { label: 'Locator', value: fields.locator },
    { label: 'Book or resource', value: fields.resourceId ? titles(fields.resourceId) : '' },
    { label: 'Comment', value: fields.comment },
    { label: 'Tags', value: fields.tags },
  ]

  /** Keep theirs loads the saved quote; Keep mine saves over it; Keep both adds mine as new. */
  const resolve = async (choice: ConflictChoice, theirs: QuoteRecord) => {
    if (choice === 'theirs') {
      setForm(quoteToForm(theirs))
      settle(quoteToForm(theirs))
      guard.rebase(theirs)
      setErrors({})
      save.reset()
      return
    }
    const result = validateQuote(form)
    if (!result.ok) return setErrors(result.errors)
    const id = choice === 'both' ? undefined : quote?.id
    const base = choice === 'both' ? undefined : guard.rebase(theirs)
    const saved = await save.mutateAsync({ fields: result.fields, id, base })
    escape.release()
    saidSaved('Quote saved.')
    onDone(saved)
  }

  const submit = () => {
    const result = validateQuote(form)
    if (!result.ok) {
      setErrors(result.errors)
      return
    }
    setErrors({})
    save.mutate(
      { fields: result.fields, id: quote?.id, base: guard.base },
      {
        onSuccess: (id) => {
          escape.release()
          saidSaved('Quote saved.')
          onDone(id)
        },
      },
    )
  }

  const addToIndex = () => {
    const result = validateQuote(form)
    const selected = window.getSelection()?.toString().trim() ?? ''
    const locator = result.ok ? result.fields.locator : null
    void navigate(
      indexPrefillPath({
        term: selected || (result.ok ? (result.fields.tags[0] ?? '') : ''),
        resourceId: form.resourceId,
        pages: locator && locator.kind !== 'percent' ? locator.display : '',
      }),
    )
  }

  return (
    <form
      ref={formRef}
      onKeyDown={escape.onKeyDown}
      className="card stack"
      aria-label={quote ? 'Edit quote' : 'New quote'}
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit()
      }}
    >
      <h2>{quote ? 'Quote' : 'Add quote'}</h2>
      {Object.keys(errors).length > 0 ? (
        <p role="alert" className="error-banner">
          The quote needs a fix before it can be saved; nothing you typed is lost.
        </p>
      ) : null}
      <TextField
        label="Quoted text"
        multiline
        value={form.text}
        error={errors.text}
        onChange={(text) => set({ text })}
      />
      <div className="field-row">
        <TextField
          label="Locator"
          value={form.locator}
          error={errors.locator}
          hint="p. 42, pp. 42–45, ch. 3, 37% or free text such as ix"
          onChange={(locator) => set({ locator })}
        />
        <ResourceSelect value={form.resourceId} onChange={(id) => set({ resourceId: id })} />
      </div>
      <TextField
        label="Comment"
        multiline
        value={form.comment}
        error={errors.comment}
        onChange={(comment) => set({ comment })}
      />
      <TagInput
        label="Tags"
        value={form.tags}
        hint="Comma separated. Type an ID or a name (LLM01, prompt inj, AML.T0051) to pick a framework item."
        onChange={(tags) => set({ tags })}
      />
      <TagSuggestions
        text={`${form.text}\n${form.comment}`}
        value={form.tags}
        onAdd={(tags) => set({ tags })}
      />
      <div className="form-actions">
        <button type="submit" className="primary" disabled={save.isPending}>
          Save quote
        </button>
        <button type="button" onClick={escape.close}>
          {quote ? 'Close' : 'Cancel'}
        </button>
        <button type="button" onClick={addToIndex}>
          Add to index
        </button>
        {quote ? <MakeCardButton read={() => readQuote(quote)} /> : null}
        {quote ? (
          <button
            type="button"
            className="danger"
            onClick={(event) =>
              remove.run(quote.id, event.currentTarget, () => {
                escape.release()
                onDone(null)
              })
            }
          >
            Delete quote
          </button>
        ) : null}
      </div>
      {guard.theirs ? (
        <RecordConflictPanel
          what="quote"
          mine={shown(form)}
          theirs={shown(quoteToForm(guard.theirs))}
          canKeepBoth
          onChoose={(choice) => resolve(choice, guard.theirs as QuoteRecord)}
        />
      ) : null}
      <ErrorMessage error={(guard.theirs ? null : save.error) ?? remove.error} />
    </form>
  )
}
