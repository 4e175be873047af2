import { Link } from 'react-router'
import { coverageSummaryText } from '../../domain/coverage'
import { useCoverageSummary } from './hooks'

/** The Dashboard's one line: "GSEC 14 of 26 areas past read; OWASP 2026: 6 of 10", a link. */
export function CoverageSummaryLine() {
  const summary = useCoverageSummary()
  return (
    <p className="cov-summary">
      <Link to="/coverage">
        {summary ? `Coverage: ${coverageSummaryText(summary)}` : 'Coverage'}
      </Link>
    </p>
  )
}
