import { useEffect, type ReactNode } from 'react'

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
  useEffect(() => {
    document.title = `${title} · Bastion`
  }, [title])
  return (
    <header className="page-header">
      <div>
        <h1>{title}</h1>
        {intro ? <p className="page-intro">{intro}</p> : null}
      </div>
      {actions ? <div className="page-actions">{actions}</div> : null}
    </header>
  )
}
