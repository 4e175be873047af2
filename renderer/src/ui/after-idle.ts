import { useEffect, useState } from 'react'

/**
 * False until `after` has been committed and the browser has then been idle once: for work
 * that would compete with what the user looks at first.
 */
export function useAfterIdle(after = true): boolean {
  const [idle, setIdle] = useState(false)
  useEffect(() => {
    if (!after || idle) return
    // A browser without idle callbacks (jsdom) waits one task.
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(() => setIdle(true), 0)
      return () => clearTimeout(timer)
    }
    const handle = requestIdleCallback(() => setIdle(true), { timeout: 1000 })
    return () => cancelIdleCallback(handle)
  }, [after, idle])
  return idle
}
