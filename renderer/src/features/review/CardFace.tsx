import type { ReviewCardRecord } from '../../db/records'
import { parseCloze } from './cloze'

/** A cloze's text: gaps hidden as […] until revealed, then marked. */
export function ClozeText({ text, revealed }: { text: string; revealed: boolean }) {
  return (
    <>
      {parseCloze(text).map((part, index) =>
        part.gap ? (
          revealed ? (
            <mark key={index} className="review-gap">
              {part.text}
            </mark>
          ) : (
            <span key={index} className="review-gap review-gap-hidden" aria-label="gap">
              […]
            </span>
          )
        ) : (
          <span key={index}>{part.text}</span>
        ),
      )}
    </>
  )
}

/** The card's front, and its answer once revealed. */
export function CardFace({ card, revealed }: { card: ReviewCardRecord; revealed: boolean }) {
  if (card.kind === 'cloze') {
    return (
      <div className="review-face">
        <p className="review-front">
          <ClozeText text={card.front} revealed={revealed} />
        </p>
      </div>
    )
  }
  return (
    <div className="review-face">
      <p className="review-front">{card.front}</p>
      {revealed ? (
        <p className="review-back" aria-label="Answer">
          {card.back}
        </p>
      ) : null}
    </div>
  )
}
