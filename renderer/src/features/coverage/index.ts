// The coverage feature's door: the Dashboard's line, the tag suggestions the editors show, and
// the prefetch the navigation starts before the page opens.
// The page is not exported: app/router.tsx loads it lazily, as its own chunk.
export { CoverageSummaryLine } from './CoverageSummaryLine'
export { TagSuggestions } from './TagSuggestions'
export { CoverageKeeper, usePrefetchCoverage } from './hooks'
