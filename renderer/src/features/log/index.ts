// The log feature's door: the only module other features and the app import from it.
// Pages are not exported: app/router.tsx loads each page file lazily, as its own chunk.
export { LazyTimerControl } from './LazyTimerControl'
export { LogSettings } from './LogSettings'
export { ProgressBar } from './ProgressBar'
export { ResourceStudyPanel } from './ResourceStudyPanel'
export { useStreakMinimum, useStudyDays, useTimer } from './hooks'
export { mayHaveSessions } from './repository'
export {
  heatmapLevels,
  heatmapWeeks,
  minutesThisWeek,
  streakOf,
  weeklyTotals,
  type HeatmapDay,
  type WeekTotal,
} from './stats'
