import { formatCount } from './numbers'

/**
 * One length limit per kind of text, so every form refuses the same way and says so plainly.
 * A one-line field (a title, a description, a term) holds up to MAX_LINE characters.
 */
export const MAX_LINE = 500

/** A passage (a quote, a comment, what a session covered, a card's side) holds up to this. */
export const MAX_PASSAGE = 10_000

/** "Keep descriptions under 500 characters; this one has 10,000." */
export function tooLongMessage(what: string, max: number, length: number): string {
  return `Keep ${what} under ${formatCount(max)} characters; this one has ${formatCount(length)}.`
}

/** The message when `value` is longer than `max`, else undefined. */
export function lengthProblem(what: string, value: string, max = MAX_LINE): string | undefined {
  return value.length > max ? tooLongMessage(what, max, value.length) : undefined
}
