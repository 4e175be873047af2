import { useEffect, useRef, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import { whenReadsSettle } from './after-idle'

/** A list page's one main action ("Log session", "New card"), shown as its primary button. */
export interface PrimaryAction {
  label: string
  onClick: () => void
  disabled?: boolean
}

/**
 * The page's one h1; also names the window/tab so it says where the user is. A list page gives
 * its main action as `primary`; other buttons go in `actions`, after it.
 */
export function PageHeader({
  title,
  actions,
  primary,
  intro,
}: {
  title: string
  actions?: ReactNode
  primary?: PrimaryAction
  intro?: ReactNode
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  const client = useQueryClient()
  useEffect(() => {
    document.title = `${title} · Bastion`
  }, [title])
  // A new page focuses its heading, so keyboard and screen reader users start there; unless
  // focus is already somewhere on the page (a form that opened itself, a field in use).
  // After a nav link the browser's :focus-visible heuristic decides (a ring after Enter, none
  // after a click). Focus that comes from nowhere (first load, reload) draws no ring, and waits
  // until the page's reads have answered: focusing forces the browser's style and layout of the
  // page at once, which would then be done again for the page's figures before they show.
  useEffect(() => {
    const active = document.activeElement
    if (active && active !== document.body) {
      if (active.closest('.app-nav, .app-header')) heading.current?.focus({ preventScroll: true })
      return
    }
    return whenReadsSettle(client, () => {
      const now = document.activeElement
      if (!now || now === document.body)
        heading.current?.focus({ preventScroll: true, focusVisible: false })
    })
  }, [client])
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {actions || primary ? (
        <div className="page-actions">
          {primary ? (
            <button
              type="button"
              className="primary"
              onClick={primary.onClick}
              disabled={primary.disabled}
            >
              {primary.label}
            </button>
          ) : null}
          {actions}
        </div>
      ) : null}
    </header>
  )
}
