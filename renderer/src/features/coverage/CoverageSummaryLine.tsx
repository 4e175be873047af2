import { lazy, Suspense } from 'react'
import { Link } from 'react-router'

// The figures' code (the coverage model and what it reads) loads when the line first reads.
const CoverageSummaryFigures = lazy(() => import('./CoverageSummaryFigures'))

/**
 * The Dashboard's one line: "GSEC 14 of 26 areas past read; OWASP 2026: 6 of 10", a link. It
 * reads the coverage only once `read` is true (the page decides when), a plain link until then.
 */
export function CoverageSummaryLine({ read = true }: { read?: boolean }) {
  const plain = <CoverageSummaryLink text="Coverage" />
  return read ? (
    <Suspense fallback={plain}>
      <CoverageSummaryFigures />
    </Suspense>
  ) : (
    plain
  )
}

export function CoverageSummaryLink({ text }: { text: string }) {
  return (
    <p className="cov-summary">
      <Link to="/coverage">{text}</Link>
    </p>
  )
}
