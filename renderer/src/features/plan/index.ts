// The plan feature's door: the only module other features and the app import from it.
// Pages are not exported: app/router.tsx loads each page file lazily, as its own chunk.
export { AddToPlanButton } from './AddToPlanButton'
export { StudyReminderSettings } from './StudyReminderSettings'
export { useEffectiveExamDate, usePlanForecast, usePlannedMinutes } from './hooks'
export { StudyReminderTimer } from './reminders'
export { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from './goal'
