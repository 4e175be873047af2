import { useEffect, useId, useRef, useState, type FormEvent } from 'react'
import type { ReviewCardRecord } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useEscapeToClose, useFocusFirstInvalid } from '../../ui/form-keyboard'
import { useDirty } from '../../ui/discard-changes'
import { TextField } from '../../ui/TextField'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { ClozeText } from './CardFace'
import { hasGap } from './cloze'
import { checkCard, type CardProblems } from './card-check'
import { useCreateCard, useUpdateCard } from './hooks'
import type { CardFields } from './repository'

export type CardDraft = CardFields

interface CardFormProps {
  /** What the form starts from: a new card's prefill, or the card being edited. */
  start: CardDraft
  /** Set when editing a stored card. */
  cardId?: string
  /** The stored card being edited: its revision guards the save (db/revision.ts). */
  stored?: ReviewCardRecord
  heading: string
  /** For a new card: the text each kind starts with, swapped in while the text is untouched. */
  prefills?: Record<CardDraft['kind'], { front: string; back: string }>
  onDone: (cardId: string) => void
  /**
   * Whether Escape and Cancel hand focus back to what opened the form (true for an inline
   * form; a dialog that places focus itself says false).
   */
  restoreFocus?: boolean
  onCancel: () => void
}

function tagsText(tags: readonly string[]): string {
  return tags.join(', ')
}

function parseTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
    ),
  ]
}

/** Makes or edits one card. Save writes it; Escape or Cancel leaves without saving. */
export function CardForm({
  start,
  cardId,
  stored,
  heading,
  prefills,
  onDone,
  onCancel,
  restoreFocus = true,
}: CardFormProps) {
  const [kind, setKind] = useState(start.kind)
  const [front, setFront] = useState(start.front)
  const [back, setBack] = useState(start.back)
  const [tags, setTags] = useState(tagsText(start.tags))
  const [problems, setProblems] = useState<CardProblems>({})
  const create = useCreateCard()
  const update = useUpdateCard()
  // The revision this form started from: saving over a newer one is refused (db/revision.ts).
  const guard = useRevisionGuard<ReviewCardRecord>(stored, update.error)
  const headingId = useId()
  const shown = (card: Pick<CardDraft, 'kind' | 'front' | 'back'>, tagText: string) =>
    [
      { label: card.kind === 'cloze' ? 'Cloze text' : 'Question', value: card.front },
      ...(card.kind === 'qa' ? [{ label: 'Answer', value: card.back }] : []),
      { label: 'Tags', value: tagText },
    ] satisfies ShownField[]

  /** Keep theirs loads the saved card; Keep mine saves over it; Keep both adds mine as new. */
  const resolve = async (choice: ConflictChoice, theirs: ReviewCardRecord) => {
    if (choice === 'theirs') {
      setFront(theirs.front)
      setBack(theirs.back)
      setTags(tagsText(theirs.tags))
      settle({ kind, front: theirs.front, back: theirs.back, tags: tagsText(theirs.tags) })
      guard.rebase(theirs)
      update.reset()
      return
    }
    const fields = { ...start, kind, front, back: kind === 'qa' ? back : '', tags: parseTags(tags) }
    if (choice === 'both') return onDone(await create.mutateAsync(fields))
    const base = guard.rebase(theirs)
    await update.mutateAsync({
      id: theirs.id,
      patch: { front, back: fields.back, tags: fields.tags },
      base,
    })
    onDone(theirs.id)
  }
  const formRef = useRef<HTMLFormElement>(null)
  // After a refused save, focus goes to the first side that needs attention.
  useFocusFirstInvalid(formRef, problems)
  // Before the effect that focuses the first field: it remembers the control that opened us.
  const { dirty, settle } = useDirty({ kind, front, back, tags })
  const escape = useEscapeToClose(onCancel, { dirty, restoreFocus })
  const cancel = escape.close
  const chooseKind = (next: CardDraft['kind']) => {
    const before = prefills?.[kind]
    const after = prefills?.[next]
    if (before && after && front === before.front && back === before.back) {
      setFront(after.front)
      setBack(after.back)
    }
    setKind(next)
  }

  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>('textarea, input:not([type="radio"])')?.focus()
  }, [])

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    const found = checkCard({ kind, front, back })
    setProblems(found)
    if (found.front || found.back) return
    const fields = { ...start, kind, front, back: kind === 'qa' ? back : '', tags: parseTags(tags) }
    if (cardId) {
      await update.mutateAsync({
        id: cardId,
        patch: { front, back: fields.back, tags: fields.tags },
        base: guard.base,
      })
      onDone(cardId)
    } else {
      onDone(await create.mutateAsync(fields))
    }
  }

  return (
    <form
      ref={formRef}
      className="card stack review-card-form"
      aria-labelledby={headingId}
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
      onKeyDown={(event) => {
        // Inside Make card's dialog, the form (not the dialog) handles Escape.
        if (event.key !== 'Escape') return
        event.stopPropagation()
        escape.onKeyDown(event)
      }}
    >
      <h2 id={headingId}>{heading}</h2>
      {cardId ? null : (
        <fieldset className="review-kind">
          <legend>Kind of card</legend>
          <label>
            <input
              type="radio"
              name="card-kind"
              checked={kind === 'cloze'}
              onChange={() => chooseKind('cloze')}
            />{' '}
            Cloze (fill the gap)
          </label>
          <label>
            <input
              type="radio"
              name="card-kind"
              checked={kind === 'qa'}
              onChange={() => chooseKind('qa')}
            />{' '}
            Question and answer
          </label>
        </fieldset>
      )}
      {kind === 'cloze' ? (
        <>
          <TextField
            multiline
            label="Cloze text"
            value={front}
            onChange={setFront}
            error={problems.front}
            hint="The part to recall goes in {{double braces}}; each gap is hidden when you review."
          />
          {hasGap(front) ? (
            <p className="review-preview">
              <span className="muted">Shows as: </span>
              <ClozeText text={front} revealed={false} />
            </p>
          ) : null}
        </>
      ) : (
        <>
          <TextField
            multiline
            label="Question"
            value={front}
            onChange={setFront}
            error={problems.front}
          />
          <TextField
            multiline
            label="Answer"
            value={back}
            onChange={setBack}
            error={problems.back}
          />
        </>
      )}
      <TextField
        label="Tags"
        value={tags}
        onChange={setTags}
        hint="Comma separated. Framework tags come from the source and stay with the card."
      />
      {start.objectiveIds.length > 0 ? (
        <p className="muted">Framework tags: {start.objectiveIds.join(', ')}</p>
      ) : null}
      <div className="form-actions">
        <button type="submit" className="primary" disabled={create.isPending || update.isPending}>
          Save card
        </button>
        <button type="button" onClick={cancel}>
          Cancel
        </button>
      </div>
      {guard.theirs ? (
        <RecordConflictPanel
          what="card"
          mine={shown({ kind, front, back }, tags)}
          theirs={shown(guard.theirs, tagsText(guard.theirs.tags))}
          canKeepBoth
          onChoose={(choice) => resolve(choice, guard.theirs as ReviewCardRecord)}
        />
      ) : null}
      <ErrorMessage error={create.error ?? (guard.theirs ? null : update.error)} />
    </form>
  )
}

/** The fields of a stored card, as the form edits them. */
export function draftOf(card: ReviewCardRecord): CardDraft {
  const { kind, front, back, source, resourceId, tags, objectiveIds } = card
  return { kind, front, back, source, resourceId, tags, objectiveIds }
}
