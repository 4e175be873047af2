import { Link } from 'react-router'
import type { ReviewCardRecord } from '../../db/records'
import { useCardSource, useUpdateCard } from './hooks'

const kindLabel = { note: 'note', quote: 'quote', indexEntry: 'index entry' } as const

export function sourcePath(source: NonNullable<ReviewCardRecord['source']>): string {
  const id = encodeURIComponent(source.id)
  if (source.kind === 'note') return `/notes?note=${id}`
  if (source.kind === 'quote') return `/notes?quote=${id}`
  return `/notes/index?entry=${id}`
}

/** Where the card came from, one click away, and whether that source changed since. */
export function CardSourceLine({ card }: { card: ReviewCardRecord }) {
  const source = useCardSource(card.source)
  const update = useUpdateCard()
  if (!card.source) return <p className="muted review-source">Written on the Review page.</p>
  const now = source.data
  if (source.isSuccess && now === null) {
    return (
      <p className="muted review-source">
        Its source {kindLabel[card.source.kind]} was deleted; the card keeps its text.
      </p>
    )
  }
  const changed = now ? now.updatedAt > card.source.seenUpdatedAt : false
  return (
    <div className="review-source">
      <p>
        From {kindLabel[card.source.kind]}:{' '}
        <Link to={sourcePath(card.source)}>{now?.title ?? 'open source'}</Link>
      </p>
      {changed && now ? (
        <p className="review-source-changed" role="note">
          <strong>Source changed</strong> since this card was made: check the card still says what
          the {kindLabel[card.source.kind]} says.{' '}
          <button
            type="button"
            onClick={() => update.mutate({ id: card.id, patch: { sourceSeenAt: now.updatedAt } })}
          >
            Mark as checked
          </button>
        </p>
      ) : null}
    </div>
  )
}
