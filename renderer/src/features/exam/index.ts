// The exam feature's door: the only module other features and the app import from it.
// Pages are not exported: app/router.tsx loads each page file lazily, as its own chunk.
export { useAttempts, useObjectives } from './hooks'
export { usePassMark } from './pass-mark'
