import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { afterFirstPage } from './bootstrap'

/** The longest the work after the first page waits for the page's reads to answer. */
const LONGEST_WAIT_MS = 5000

// A browser without idle callbacks (jsdom) waits one task.
const whenIdle = (callback: () => void): (() => void) => {
  if (typeof requestIdleCallback !== 'function') {
    const timer = setTimeout(callback, 0)
    return () => clearTimeout(timer)
  }
  const handle = requestIdleCallback(callback, { timeout: 1000 })
  return () => cancelIdleCallback(handle)
}

/**
 * Starts what start-up leaves for later (`afterFirstPage`: the backup code, the persistence
 * request, the desktop's automatic backups) at the first idle moment at which no read is
 * running, so that loading and running that code does not hold back the first page's figures.
 * The shell renders it; it draws nothing.
 */
export function AfterFirstPage(): null {
  const client = useQueryClient()
  useEffect(() => {
    const since = Date.now()
    let cancel = whenIdle(function check() {
      if (client.isFetching() > 0 && Date.now() - since < LONGEST_WAIT_MS) {
        cancel = whenIdle(check)
        return
      }
      afterFirstPage().catch((error: unknown) => console.error(error))
    })
    return () => cancel()
  }, [client])
  return null
}
