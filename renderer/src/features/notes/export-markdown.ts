import type { NoteRecord, QuoteRecord } from '../../db/records'
import { locatorOrder } from './locator'
import { noteTitle } from './draft'

/** Markdown blockquote lines for any text. */
function quoteLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n')
}

/**
 * All notes and quotes of one book as one Markdown file: notes oldest first, quotes in page
 * order. Dates are written as ISO days so the file reads the same everywhere.
 */
export function bookNotesMarkdown(
  title: string,
  notes: NoteRecord[],
  quotes: QuoteRecord[],
  objectiveLabel: (id: string) => string = (id) => id,
): string {
  const day = (ms: number) => new Date(ms).toISOString().slice(0, 10)
  const out: string[] = [`# ${title}`, '']
  out.push(`## Notes (${notes.length})`, '')
  for (const note of [...notes].sort((a, b) => a.createdAt - b.createdAt)) {
    out.push(`### ${noteTitle(note)}`, '')
    const meta = [`Updated ${day(note.updatedAt)}`]
    if (note.tags.length > 0) meta.push(`Tags: ${note.tags.join(', ')}`)
    if (note.objectiveIds.length > 0) {
      meta.push(`Objectives: ${note.objectiveIds.map(objectiveLabel).join('; ')}`)
    }
    out.push(`_${meta.join(' · ')}_`, '', note.body.trim(), '')
  }
  out.push(`## Quotes (${quotes.length})`, '')
  const ordered = [...quotes].sort(
    (a, b) => locatorOrder(a.locator) - locatorOrder(b.locator) || a.createdAt - b.createdAt,
  )
  for (const quote of ordered) {
    out.push(quoteLines(quote.text.trim()))
    const source = [quote.locator?.display, quote.tags.length ? quote.tags.join(', ') : '']
      .filter(Boolean)
      .join(' · ')
    if (source) out.push('>', `> — ${source}`)
    out.push('')
    if (quote.comment.trim()) out.push(quote.comment.trim(), '')
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n')
}

export function markdownFileName(title: string): string {
  const slug = title
    .toLocaleLowerCase('en')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
  return `bastion-notes-${slug || 'resource'}.md`
}
