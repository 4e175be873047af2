import type { ReactNode } from 'react'

/** The one way a page or section says it is still loading: a quiet, announced line. */
export function Loading({ children = 'Loading…' }: { children?: ReactNode }) {
  return (
    <p className="muted" role="status">
      {children}
    </p>
  )
}
