import { useEffect, useMemo, useRef, useState } from 'react'
import type { ReviewCardRecord, ReviewRating } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { CardFace } from './CardFace'
import { CardSourceLine } from './CardSourceLine'
import { useAnswerCard, useDueCards, useUndoAnswer } from './hooks'
import type { AnswerUndo } from './repository'
import { answerButtons, formatInterval, previewDue, type ExamTarget } from './scheduling'

/** A card version: the same card due again later is a new turn in the session. */
const turnOf = (card: ReviewCardRecord) => `${card.id}@${card.memory.due}`

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

interface ReviewSessionProps {
  now: number
  target: ExamTarget | null
  enabled: boolean
  onEdit: (card: ReviewCardRecord) => void
  onSuspend: (card: ReviewCardRecord) => void
  onDelete: (card: ReviewCardRecord, from?: HTMLElement) => void
}

/**
 * One card at a time: Show answer (space), then Again/Hard/Good/Easy (1–4). The next card is
 * taken from the list already read while the answer is written, so it shows at once.
 */
export function ReviewSession({
  now,
  target,
  enabled,
  onEdit,
  onSuspend,
  onDelete,
}: ReviewSessionProps) {
  const due = useDueCards(now, target, enabled)
  const answer = useAnswerCard()
  const undo = useUndoAnswer()
  const [answered, setAnswered] = useState<ReadonlySet<string>>(new Set())
  const [revealedTurn, setRevealedTurn] = useState<string | null>(null)
  const [last, setLast] = useState<{ undo: AnswerUndo; label: string } | null>(null)
  const [pinned, setPinned] = useState<string | null>(null)
  const shownAt = useRef(0)

  const queue = useMemo(() => {
    const open = (due.data ?? []).filter((card) => !answered.has(turnOf(card)))
    const first = open.findIndex((card) => card.id === pinned)
    return first > 0 ? [open[first]!, ...open.slice(0, first), ...open.slice(first + 1)] : open
  }, [due.data, answered, pinned])
  const card = queue[0]
  const turn = card ? turnOf(card) : null
  const revealed = turn !== null && revealedTurn === turn

  useEffect(() => {
    shownAt.current = performance.now()
  }, [turn])

  const intervals = useMemo(() => {
    if (!card) return null
    const at = Date.now()
    const dues = previewDue(card.memory, at, card.id, target)
    return Object.fromEntries(
      answerButtons.map((button) => [button.rating, formatInterval(at, dues[button.rating])]),
    ) as Record<ReviewRating, string>
  }, [card, target])

  const give = (rating: ReviewRating) => {
    if (!card || !revealed || !turn) return
    const durationMs = Math.min(performance.now() - shownAt.current, 5 * 60_000)
    const label = answerButtons.find((button) => button.rating === rating)?.label ?? ''
    setAnswered((before) => new Set(before).add(turn))
    answer.mutate(
      { id: card.id, rating, durationMs, target },
      { onSuccess: (result) => setLast({ undo: result, label }) },
    )
  }

  const undoLast = () => {
    if (!last) return
    undo.mutate(last.undo, {
      onSuccess: () => {
        const previous = last.undo.previous
        setAnswered((before) => {
          const next = new Set(before)
          next.delete(turnOf(previous))
          return next
        })
        setPinned(previous.id)
        setRevealedTurn(null)
        setLast(null)
      },
    })
  }

  const keys = useRef({ give, reveal: () => {}, revealed })
  useEffect(() => {
    keys.current = { give, reveal: () => setRevealedTurn(turn), revealed }
  })
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTyping(event.target)) return
      const { give: giveKey, reveal, revealed: shown } = keys.current
      if (event.key === ' ') {
        if (event.target instanceof HTMLButtonElement) return
        event.preventDefault()
        if (shown) giveKey(3)
        else reveal()
        return
      }
      const rating = Number(event.key)
      if (shown && rating >= 1 && rating <= 4) {
        event.preventDefault()
        giveKey(rating as ReviewRating)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [])

  return (
    <section className="stack review-session" aria-label="Review session">
      {card ? (
        <article className="card stack review-current" aria-label="Card to review">
          <CardFace card={card} revealed={revealed} />
          <CardSourceLine card={card} />
          {revealed ? (
            <div className="review-grades" role="group" aria-label="How well did you recall it?">
              {answerButtons.map((button) => (
                <button
                  key={button.rating}
                  type="button"
                  className={`review-grade review-grade-${button.label.toLowerCase()}`}
                  aria-keyshortcuts={button.key}
                  onClick={() => give(button.rating)}
                >
                  <span className="review-grade-label">{button.label}</span>
                  <span className="review-grade-interval">{intervals?.[button.rating]}</span>
                </button>
              ))}
            </div>
          ) : (
            <button
              type="button"
              className="primary review-show"
              aria-keyshortcuts="Space"
              onClick={() => setRevealedTurn(turn)}
            >
              Show answer
            </button>
          )}
          <p className="muted review-keys">Keys: space shows the answer, then 1–4 answer.</p>
          <div className="toolbar review-card-actions">
            <button type="button" onClick={() => onEdit(card)}>
              Edit card
            </button>
            <button type="button" onClick={() => onSuspend(card)}>
              Suspend card
            </button>
            <button
              type="button"
              className="danger"
              onClick={(event) => onDelete(card, event.currentTarget)}
            >
              Delete card
            </button>
          </div>
        </article>
      ) : null}
      {last ? (
        <p role="status" className="review-last">
          Answered {last.label}.{' '}
          <button type="button" onClick={undoLast} disabled={undo.isPending}>
            Undo
          </button>
        </p>
      ) : null}
      <ErrorMessage error={due.error ?? answer.error ?? undo.error} />
    </section>
  )
}
