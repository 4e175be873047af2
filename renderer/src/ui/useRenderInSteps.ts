import { startTransition, useEffect, useState } from 'react'

/**
 * How many of a long list's `total` items to draw: the first `first` at once, so the page opens
 * with its top filled in with real data, then all of them in a transition right after (which
 * yields to a click meanwhile). Once all are drawn, later renders draw all at once.
 */
export function useRenderInSteps(total: number, first: number): number {
  const [all, setAll] = useState(false)
  useEffect(() => {
    if (all || total <= first) return
    startTransition(() => setAll(true))
  }, [all, total, first])
  return all ? total : Math.min(total, first)
}
