import { countOf } from '../../domain/numbers'
import { Link } from 'react-router'
import { useDueCount, useReviewClock } from './hooks'

/** The Dashboard's Review card: how many cards are due now, one click from Review. */
export function DueCardsCard({ figureClassName }: { figureClassName: string }) {
  const now = useReviewClock()
  const due = useDueCount(now)
  return (
    <>
      <p className={figureClassName} aria-label="Cards due for review">
        {due.data === undefined ? '…' : `${countOf(due.data, 'card', 'cards')} due`}
      </p>
      <p className="muted">
        <Link to="/review">{due.data ? 'Review them now' : 'Open Review'}</Link>
      </p>
    </>
  )
}
