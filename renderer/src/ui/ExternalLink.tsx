import { useState, type ReactNode } from 'react'
import { desktopApi } from '../platform'
import { isOpenableUrl } from '../platform/safe-url'

/** A link that opens only http(s) URLs, through the platform: system browser or new tab. */
export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  const [error, setError] = useState<string | null>(null)
  if (!isOpenableUrl(href)) return <span className="muted">{children} (link not openable)</span>
  return (
    <>
      <a
        href={href}
        rel="noopener noreferrer"
        onClick={(event) => {
          event.preventDefault()
          void desktopApi.openExternal(href).then((result) => {
            setError(result.ok ? null : result.error)
          })
        }}
      >
        {children}
      </a>
      {error ? (
        <span role="alert" className="error-text">
          {' '}
          {error}
        </span>
      ) : null}
    </>
  )
}
