import { useMemo, useState } from 'react'
import type { ReviewCardRecord } from '../../db/records'
import { clozePrompt } from './cloze'
import { useAllCards } from './hooks'

const PAGE = 50
const stateNames = ['New', 'Learning', 'Review', 'Relearning']

interface CardListProps {
  onEdit: (card: ReviewCardRecord) => void
  onSuspend: (card: ReviewCardRecord) => void
  onDelete: (card: ReviewCardRecord, from?: HTMLElement) => void
}

/** Every card, newest first, 50 at a time. Mounted only when opened. */
export function CardList({ onEdit, onSuspend, onDelete }: CardListProps) {
  const cards = useAllCards()
  const [shown, setShown] = useState(PAGE)
  const sorted = useMemo(
    () => [...(cards.data ?? [])].sort((a, b) => b.createdAt - a.createdAt),
    [cards.data],
  )
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' }), [])
  if (cards.isSuccess && sorted.length === 0) return <p className="muted">No cards yet.</p>
  return (
    <>
      <ul className="review-card-list">
        {sorted.slice(0, shown).map((card) => (
          <li key={card.id} className="review-card-row">
            <span className="review-card-text">
              {card.kind === 'cloze' ? clozePrompt(card.front) : card.front}
            </span>
            <span className="muted">
              {card.suspended
                ? 'Suspended'
                : `${stateNames[card.memory.state] ?? ''} · due ${dateFormat.format(card.memory.due)}`}
            </span>
            <span className="toolbar">
              <button
                type="button"
                onClick={() => onEdit(card)}
                aria-label={`Edit card: ${card.front}`}
              >
                Edit
              </button>
              <button
                type="button"
                onClick={() => onSuspend(card)}
                aria-label={`${card.suspended ? 'Resume' : 'Suspend'} card: ${card.front}`}
              >
                {card.suspended ? 'Resume' : 'Suspend'}
              </button>
              <button
                type="button"
                className="danger"
                onClick={(event) => onDelete(card, event.currentTarget)}
                aria-label={`Delete card: ${card.front}`}
              >
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
      {sorted.length > shown ? (
        <button type="button" onClick={() => setShown((count) => count + PAGE)}>
          Show more cards
        </button>
      ) : null}
    </>
  )
}
