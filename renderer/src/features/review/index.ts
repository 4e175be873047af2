/** The Review feature's door: what other features and the shell may use. */
export { MakeCardButton, type MakeCardSource } from './MakeCard'
export { DueCardsCard } from './DueCardsCount'
export { clozeFromSelection, clozeFromText } from './cloze'
export { useReviewDaySummaries } from './hooks'
export { withReviewMinutes } from './stats'
export { answer, newMemory } from './scheduling'
