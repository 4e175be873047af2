import { useMemo, useState, type MouseEvent } from 'react'
import { desktopApi } from '../../platform'
import { linkTarget, renderMarkdownHtml } from './markdown'

/**
 * Rendered markdown. The HTML comes only from renderMarkdown (markdown-it without raw HTML, then
 * DOMPurify); clicks on links never navigate the app: http(s) opens through the platform.
 */
export function MarkdownView({ source, label }: { source: string; label: string }) {
  const html = useMemo(() => renderMarkdownHtml(source), [source])
  const [error, setError] = useState<string | null>(null)
  const onClick = async (event: MouseEvent<HTMLDivElement>) => {
    if (!(event.target instanceof Element) || !event.target.closest('a')) return
    event.preventDefault()
    const url = linkTarget(event.target)
    if (!url) return
    const result = await desktopApi.openExternal(url)
    setError(result.ok ? null : result.error)
  }
  return (
    <>
      <div
        className="markdown"
        role="region"
        aria-label={label}
        onClick={(event) => void onClick(event)}
        // Sanitized above: markdown-it with html:false, then DOMPurify with an allow-list (a
        // TrustedHTML where the browser requires one).
        dangerouslySetInnerHTML={{ __html: html }}
      />
      {error ? (
        <p role="alert" className="error-text">
          {error}
        </p>
      ) : null}
    </>
  )
}
