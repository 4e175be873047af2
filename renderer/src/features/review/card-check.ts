import { lengthProblem, MAX_PASSAGE } from '../../domain/text-limits'
import { hasGap } from './cloze'
import type { CardFields } from './repository'

/** What is wrong with a card's sides, each side by name; empty when it can be saved. */
export interface CardProblems {
  front?: string
  back?: string
}

/**
 * Checks the sides of a card as typed: each must be written, a cloze must mark a gap, and a side
 * is a passage, held to the passage limit with the plain message every form gives.
 */
export function checkCard({ kind, front, back }: Pick<CardFields, 'kind' | 'front' | 'back'>) {
  const problems: CardProblems = {}
  if (kind === 'cloze') {
    if (!front.trim())
      problems.front = 'Write the text, with the part to recall in {{double braces}}.'
    else if (!hasGap(front)) problems.front = 'Mark the part to recall with {{double braces}}.'
    else problems.front = lengthProblem('cloze texts', front, MAX_PASSAGE)
  } else {
    problems.front = front.trim()
      ? lengthProblem('questions', front, MAX_PASSAGE)
      : 'Write the question.'
    problems.back = back.trim() ? lengthProblem('answers', back, MAX_PASSAGE) : 'Write the answer.'
  }
  if (!problems.front) delete problems.front
  if (!problems.back) delete problems.back
  return problems
}
