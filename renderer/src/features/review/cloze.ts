/**
 * Cloze cards: the text keeps its gaps in double braces, `The {{SYN}} flag opens a connection`.
 * Every gap of a card is hidden at once (one card per selection, made on purpose).
 */

export interface ClozePart {
  text: string
  gap: boolean
}

const GAP = /\{\{([^{}]*)\}\}/g

/** The text split into plain runs and gaps; an empty gap `{{}}` is plain text. */
export function parseCloze(text: string): ClozePart[] {
  const parts: ClozePart[] = []
  let last = 0
  for (const match of text.matchAll(GAP)) {
    const answer = match[1]!.trim()
    if (!answer) continue
    if (match.index > last) parts.push({ text: text.slice(last, match.index), gap: false })
    parts.push({ text: answer, gap: true })
    last = match.index + match[0].length
  }
  if (last < text.length) parts.push({ text: text.slice(last), gap: false })
  return parts
}

export function hasGap(text: string): boolean {
  return parseCloze(text).some((part) => part.gap)
}

/** The prompt as plain text: each gap shown as `[…]`. */
export function clozePrompt(text: string): string {
  return parseCloze(text)
    .map((part) => (part.gap ? '[…]' : part.text))
    .join('')
}

/** The full sentence with the gaps filled in. */
export function clozeAnswer(text: string): string {
  return parseCloze(text)
    .map((part) => part.text)
    .join('')
}

/**
 * A cloze from a selection in a longer text: the paragraph (blank-line separated block) that
 * holds the selection, with the selection as the gap. Markdown markers at line starts are kept;
 * the user edits the result before saving.
 */
export function clozeFromSelection(body: string, start: number, end: number): string {
  const from = Math.max(0, Math.min(start, end))
  const to = Math.min(body.length, Math.max(start, end))
  const selected = body.slice(from, to)
  const trimmedStart = from + (selected.length - selected.trimStart().length)
  const trimmedEnd = to - (selected.length - selected.trimEnd().length)
  if (trimmedEnd <= trimmedStart) return ''
  const before = body.lastIndexOf('\n\n', trimmedStart)
  const after = body.indexOf('\n\n', trimmedEnd)
  const blockStart = before === -1 ? 0 : before + 2
  const blockEnd = after === -1 ? body.length : after
  return (
    body.slice(blockStart, trimmedStart) +
    `{{${body.slice(trimmedStart, trimmedEnd)}}}` +
    body.slice(trimmedEnd, blockEnd)
  ).trim()
}

/** A quote as a cloze: the selected words (or, without a selection, nothing) become the gap. */
export function clozeFromText(text: string, selected: string): string {
  const words = selected.trim()
  if (!words) return text
  const at = text.indexOf(words)
  if (at === -1) return text
  return `${text.slice(0, at)}{{${words}}}${text.slice(at + words.length)}`
}
