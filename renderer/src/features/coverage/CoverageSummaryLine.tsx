import { Link } from 'react-router'
import { coverageSummaryText } from '../../domain/coverage'
import { useCoverageSummary } from './hooks'

/**
 * The Dashboard's one line: "GSEC 14 of 26 areas past read; OWASP 2026: 6 of 10", a link. It
 * reads the coverage only once `read` is true (the page decides when), a plain link until then.
 */
export function CoverageSummaryLine({ read = true }: { read?: boolean }) {
  const summary = useCoverageSummary(read)
  return (
    <p className="cov-summary">
      <Link to="/coverage">
        {summary ? `Coverage: ${coverageSummaryText(summary)}` : 'Coverage'}
      </Link>
    </p>
  )
}
