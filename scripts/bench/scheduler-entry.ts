// The plan's pure scheduler and forecast, bundled on their own so the benchmark can time them
// inside Chromium.
export { scheduleStudy } from '../../renderer/src/features/plan/scheduler'
export { planForecast } from '../../renderer/src/features/plan/forecast'
