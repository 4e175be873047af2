import { formatCount } from '../../domain/numbers'
import { useState, type ReactNode } from 'react'
import type { ReviewCardRecord } from '../../db/records'
import { toIsoDay } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { CardForm, draftOf } from './CardForm'
import { CardList } from './CardList'
import { ExamModeSection } from './ExamModeSection'
import {
  useActiveCounts,
  useDeleteCard,
  useDueCount,
  useExamTarget,
  useNextDue,
  useReviewClock,
  useUpdateCard,
} from './hooks'
import { ReviewSession } from './ReviewSession'
import { ReviewStats } from './ReviewStats'
import { examWindow } from './scheduling'
import './review.css'

type Editing = { kind: 'new' } | { kind: 'edit'; card: ReviewCardRecord } | null

export default function ReviewPage() {
  const now = useReviewClock()
  const { target, isLoading } = useExamTarget()
  const dueCount = useDueCount(now)
  const nextDue = useNextDue(now)
  const windowStart = target ? examWindow(target).windowStart : now
  const counts = useActiveCounts(Math.max(now, windowStart))
  const [editing, setEditing] = useState<Editing>(null)
  const update = useUpdateCard()
  const remove = useDeleteCard()

  const onEdit = (card: ReviewCardRecord) => setEditing({ kind: 'edit', card })
  const onSuspend = (card: ReviewCardRecord) =>
    update.mutate({ id: card.id, patch: { suspended: !card.suspended } })
  const onDelete = (card: ReviewCardRecord, from?: HTMLElement) =>
    remove.run(card.id, from, () => {
      // The form of a deleted card has nothing left to save.
      setEditing((open) => (open?.kind === 'edit' && open.card.id === card.id ? null : open))
    })

  const due = dueCount.data
  const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
  return (
    <>
      <PageHeader
        title="Review"
        intro="Cards you made from your notes, quotes and index, on a spaced-repetition schedule (FSRS) aimed at your exam date."
        actions={
          <button type="button" className="primary" onClick={() => setEditing({ kind: 'new' })}>
            New card
          </button>
        }
      />
      <div className="stack">
        <section className="card review-summary" aria-label="Due cards">
          <p className="review-due" role="status">
            {due === undefined ? (
              'Counting due cards…'
            ) : (
              <>
                <strong className="review-due-count">{formatCount(due)}</strong>{' '}
                {due === 1 ? 'card' : 'cards'} due
              </>
            )}
          </p>
          {due === 0 ? (
            <p className="muted review-next">
              {nextDue.data
                ? `Next card due ${dateTime.format(nextDue.data)}.`
                : 'No cards waiting. Make cards from a note (select text, then Make card), a quote, an index entry, or with New card.'}
            </p>
          ) : null}
        </section>
        {editing ? (
          <CardForm
            key={editing.kind === 'edit' ? editing.card.id : 'new'}
            heading={editing.kind === 'edit' ? 'Edit card' : 'New card'}
            cardId={editing.kind === 'edit' ? editing.card.id : undefined}
            stored={editing.kind === 'edit' ? editing.card : undefined}
            start={
              editing.kind === 'edit'
                ? draftOf(editing.card)
                : { kind: 'qa', front: '', back: '', tags: [], objectiveIds: [] }
            }
            onDone={() => setEditing(null)}
            onCancel={() => setEditing(null)}
          />
        ) : null}
        <ReviewSession
          now={now}
          target={target}
          enabled={!isLoading}
          onEdit={onEdit}
          onSuspend={onSuspend}
          onDelete={onDelete}
        />
        <ErrorMessage error={update.error ?? remove.error} />
        <ExamModeSection
          target={target}
          now={now}
          activeCards={counts.data?.active ?? 0}
          dueBeforeWindow={counts.data?.dueBefore ?? 0}
        />
        <Disclosure title="Review stats">
          <ReviewStats today={toIsoDay(new Date(now))} />
        </Disclosure>
        <Disclosure title="All cards">
          <CardList onEdit={onEdit} onSuspend={onSuspend} onDelete={onDelete} />
        </Disclosure>
        <p className="muted">
          Cards never appear in the printed open-book index or its CSV (GIAC does not allow printed
          questions and answers in the exam room).
        </p>
      </div>
    </>
  )
}

/** A folded section whose content is built (and its data read) only once opened. */
function Disclosure({ title, children }: { title: string; children: ReactNode }) {
  const [open, setOpen] = useState(false)
  return (
    <details
      className="card review-disclosure"
      onToggle={(event) => setOpen(event.currentTarget.open)}
    >
      <summary>
        <h2>{title}</h2>
      </summary>
      {open ? children : null}
    </details>
  )
}
