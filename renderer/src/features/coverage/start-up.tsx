import { useQueryClient } from '@tanstack/react-query'
import { lazy, Suspense, useCallback, useEffect, useState } from 'react'
import { useAfterIdle } from '../../ui/after-idle'
// The page's styles come with the first page (the shell imports this module): a stylesheet
// added on the first open would have the browser recompute the style of the page being left.
import './coverage.css'

// What the shell needs of Coverage at start: a prefetch for the link and the keeper. Their
// reads (hooks.ts: the framework lists, the coverage model, the exam and review rules they
// use) load when first needed, not with the first page's chunk.
const coverageHooks = () => import('./hooks')
const KeepCoverageGroups = lazy(() =>
  coverageHooks().then((hooks) => ({ default: hooks.KeepCoverageGroups })),
)

/**
 * Starts reading the coverage facts before the page is opened (the navigation's link calls it
 * on hover and on click): the page's chunk, its first render and the reads then overlap, where
 * the reads would otherwise begin only once the page has rendered. Nothing is read again when
 * they are in the cache already.
 */
export function usePrefetchCoverage(): () => void {
  const client = useQueryClient()
  return useCallback(
    () => void coverageHooks().then(({ prefetchCoverage }) => prefetchCoverage(client)),
    [client],
  )
}

/** How long after the start the coverage worker waits (then for an idle moment). */
const KEEPER_DELAY_MS = 2000

/**
 * Keeps the coverage keys grouped, for the whole session (the shell renders it; it draws
 * nothing). Its code loads and its worker starts (and opens the database) two seconds after
 * the start, at an idle moment, not while the first page is drawn; until then Coverage reads
 * the kept groups in the page's thread.
 */
export function CoverageKeeper() {
  const [settled, setSettled] = useState(false)
  useEffect(() => {
    const timer = setTimeout(() => setSettled(true), KEEPER_DELAY_MS)
    return () => clearTimeout(timer)
  }, [])
  return useAfterIdle(settled) ? (
    <Suspense fallback={null}>
      <KeepCoverageGroups />
    </Suspense>
  ) : null
}
