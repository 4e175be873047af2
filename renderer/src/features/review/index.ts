/** The Review feature's door: what other features and the shell may use. */
export { MakeCardButton, type MakeCardSource } from './MakeCard'
export { DueCardsCard } from './DueCardsCount'
export { clozeFromSelection, clozeFromText } from './cloze'
export { useReviewDaySummaries, useTargetRetention } from './hooks'
export { predictedRecall } from './scheduling'
export { withReviewMinutes } from './stats'
export { answer, newMemory } from './scheduling'
