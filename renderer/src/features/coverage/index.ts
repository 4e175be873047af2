// The coverage feature's door: the Dashboard's line and the tag suggestions the editors show.
// The page is not exported: app/router.tsx loads it lazily, as its own chunk.
export { CoverageSummaryLine } from './CoverageSummaryLine'
export { TagSuggestions } from './TagSuggestions'
