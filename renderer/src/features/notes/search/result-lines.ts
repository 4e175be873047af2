import { noteTitle } from '../draft'
import type { SearchDocument } from './search'

export interface TextSegment {
  text: string
  match: boolean
}

// Every result line of one answer highlights the same terms: compile their pattern once.
let lastPattern: { key: string; pattern: RegExp | null } = { key: '', pattern: null }

function highlightPattern(terms: string[]): RegExp | null {
  const words = [...new Set(terms.filter(Boolean).map((term) => term.toLocaleLowerCase()))]
  const key = words.join('\n')
  if (key === lastPattern.key) return lastPattern.pattern
  const escaped = words.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
  const pattern =
    words.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'giu')
  lastPattern = { key, pattern }
  return pattern
}

/** Splits text into plain and matched parts (whole words starting with a matched term). */
export function highlightSegments(text: string, terms: string[]): TextSegment[] {
  const pattern = highlightPattern(terms)
  if (!pattern || !text) return [{ text, match: false }]
  const segments: TextSegment[] = []
  let last = 0
  for (const match of text.matchAll(pattern)) {
    const start = match.index
    if (start > last) segments.push({ text: text.slice(last, start), match: false })
    segments.push({ text: match[0], match: true })
    last = start + match[0].length
  }
  if (last < text.length) segments.push({ text: text.slice(last), match: false })
  return segments
}

/** A short window of text around the first match, for a result line. */
export function excerpt(text: string, terms: string[], width = 160): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= width) return flat
  const lower = flat.toLocaleLowerCase()
  const positions = terms
    .map((term) => lower.indexOf(term.toLocaleLowerCase()))
    .filter((position) => position >= 0)
  const first = positions.length > 0 ? Math.min(...positions) : 0
  const start = Math.max(0, first - Math.floor(width / 3))
  const end = Math.min(flat.length, start + width)
  return `${start > 0 ? '…' : ''}${flat.slice(start, end)}${end < flat.length ? '…' : ''}`
}

/** What a result shows: its title and a detail line, cut around the match and highlighted. */
export interface ResultLines {
  title: TextSegment[]
  detail: TextSegment[]
}

/** Built where the search runs (the worker), so a keystroke's render only places the text. */
export function resultLines(document: SearchDocument, terms: string[]): ResultLines {
  const title =
    document.kind === 'note'
      ? noteTitle({ title: document.title, body: document.text })
      : document.kind === 'quote'
        ? excerpt(document.text, terms, 90)
        : document.title
  const detail =
    document.kind === 'quote'
      ? [document.title, document.extra].filter(Boolean).join(' · ')
      : document.kind === 'index'
        ? [document.extra, document.text].filter(Boolean).join(' · ')
        : excerpt(document.text, terms)
  return {
    title: highlightSegments(title, terms),
    detail: detail ? highlightSegments(excerpt(detail, terms), terms) : [],
  }
}
