import { useEffect, useRef, type ReactNode } from 'react'

/** The page's one h1; also names the window/tab so it says where the user is. */
export function PageHeader({
  title,
  actions,
  intro,
}: {
  title: string
  actions?: ReactNode
  intro?: ReactNode
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    document.title = `${title} · Bastion`
  }, [title])
  // A new page focuses its heading, so keyboard and screen reader users start there; unless
  // focus is already somewhere on the page (a form that opened itself, a field in use).
  // Focus that comes from nowhere (first load, reload) draws no ring; after a nav link the
  // browser's :focus-visible heuristic decides (a ring after Enter, none after a click).
  useEffect(() => {
    const active = document.activeElement
    const fromNowhere = !active || active === document.body
    if (fromNowhere || active.closest('.app-nav, .app-header')) {
      heading.current?.focus({ preventScroll: true, focusVisible: fromNowhere ? false : undefined })
    }
  }, [])
  return (
    <header className="page-header">
      <div>
        <h1 ref={heading} tabIndex={-1}>
          {title}
        </h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  )
}
