import { useEffect, useRef, useState, type ReactNode } from 'react'
import { createPortal } from 'react-dom'
import { Link } from 'react-router'
import type { ReviewSource } from '../../db/records'
import { CardForm, type CardDraft } from './CardForm'
import './review.css'

/** What a page offers to make a card from, read when the user presses Make card. */
export interface MakeCardSource {
  source: Omit<ReviewSource, 'seenUpdatedAt'>
  resourceId?: string
  tags: string[]
  objectiveIds: string[]
  /** The cloze text with its {{gap}}, and the question-and-answer version. */
  cloze: string
  qa: { front: string; back: string }
  /** Which kind the form opens with. */
  kind: CardDraft['kind']
}

/**
 * Make card: opens the card form prefilled from the page's selection (`read` runs on press,
 * before focus moves). Nothing becomes a card until the user saves it.
 */
export function MakeCardButton({ read }: { read: () => MakeCardSource }) {
  const [making, setMaking] = useState<(MakeCardSource & { openedAt: number }) | null>(null)
  const [saved, setSaved] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  const close = () => {
    setMaking(null)
    button.current?.focus()
  }
  return (
    <>
      <button
        ref={button}
        type="button"
        onMouseDown={(event) => event.preventDefault()}
        onClick={() => {
          setSaved(false)
          // The source as it is now counts as seen: a later edit of it is a change.
          setMaking({ ...read(), openedAt: Date.now() })
        }}
      >
        Make card
      </button>
      {saved ? (
        <span role="status" className="muted">
          Card saved. <Link to="/review">Review</Link>
        </span>
      ) : null}
      {making ? (
        <MakeCardDialog>
          <CardForm
            heading="Make card"
            start={{
              kind: making.kind,
              front: making.kind === 'cloze' ? making.cloze : making.qa.front,
              back: making.kind === 'cloze' ? '' : making.qa.back,
              source: {
                kind: making.source.kind,
                id: making.source.id,
                seenUpdatedAt: making.openedAt,
              },
              resourceId: making.resourceId,
              tags: making.tags,
              objectiveIds: making.objectiveIds,
            }}
            prefills={{ cloze: { front: making.cloze, back: '' }, qa: making.qa }}
            onDone={() => {
              setSaved(true)
              close()
            }}
            onCancel={close}
            restoreFocus={false}
          />
        </MakeCardDialog>
      ) : null}
    </>
  )
}

/**
 * A modal dialog in the document body: the card form is a form of its own, and the pages that
 * offer Make card may sit inside another form (the quote editor).
 */
function MakeCardDialog({ children }: { children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null)
  useEffect(() => {
    const element = dialog.current
    if (element && !element.open) element.showModal()
  }, [])
  return createPortal(
    <dialog
      ref={dialog}
      className="make-card-dialog"
      aria-label="Make card"
      onCancel={(event) => {
        // The card form answers Escape itself, asking first when something was typed.
        event.preventDefault()
      }}
    >
      {children}
    </dialog>,
    document.body,
  )
}
