import type { QueryClient } from '@tanstack/react-query'
import { useEffect, useState } from 'react'

/**
 * Calls `callback` once the browser is idle (within a second at the latest); returns what
 * cancels it. A browser without idle callbacks (jsdom) waits one task.
 */
export function whenIdle(callback: () => void): () => void {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, 0)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(callback, { timeout: 1000 })
  return () => cancelIdleCallback(handle)
}

/**
 * Calls `callback` at the first idle moment at which none of `client`'s queries is fetching
 * (after `longestMs` whatever runs): for work that should wait until the page's reads have
 * answered and been drawn. Returns what cancels it.
 */
export function whenReadsSettle(
  client: QueryClient,
  callback: () => void,
  longestMs = 5000,
): () => void {
  const since = Date.now()
  let cancel = whenIdle(function check() {
    if (client.isFetching() > 0 && Date.now() - since < longestMs) {
      cancel = whenIdle(check)
      return
    }
    callback()
  })
  return () => cancel()
}

/**
 * False until `after` has been committed and the browser has then been idle once: for work
 * that would compete with what the user looks at first.
 */
export function useAfterIdle(after = true): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!after || idle) return
    return whenIdle(() => setIdle(true))
  }, [after, idle])
  return idle
}
