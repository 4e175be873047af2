import { coverageSummaryText } from '../../domain/coverage'
import { CoverageSummaryLink } from './CoverageSummaryLine'
import { useCoverageSummary } from './hooks'

/** The coverage line's link once it reads: the figures when known, "Coverage" until then. */
export default function CoverageSummaryFigures() {
  const summary = useCoverageSummary()
  return (
    <CoverageSummaryLink
      text={summary ? `Coverage: ${coverageSummaryText(summary)}` : 'Coverage'}
    />
  )
}
