// The coverage feature's door: the Dashboard's line, the tag suggestions the editors show, and
// what the shell starts with (the link's prefetch, the keeper). The page is not exported:
// app/router.tsx loads it lazily, as its own chunk; the line's and the shell's reads load when
// first needed (start-up.tsx), so none of them is in the first page's chunk.
export { CoverageSummaryLine } from './CoverageSummaryLine'
export { TagSuggestions } from './TagSuggestions'
export { CoverageKeeper, usePrefetchCoverage } from './start-up'
