import { decodeText, shorten } from './decode'
import { parseKindleDate } from './kindle-dates'
import { ImportFileError, type FormatParser, type ParsedRow } from './types'

export type ClippingKind = 'highlight' | 'note' | 'bookmark'

/** One entry of "My Clippings.txt", as the Kindle wrote it. */
export interface KindleClipping {
  title: string
  authors: string[]
  kind: ClippingKind
  /** As printed: "12", or "xii" for a front-matter page. */
  page?: string
  /** Kindle locations (positions in the book's text), first and last. */
  location?: { from: number; to: number }
  /** Local instant from "Added on …", when it could be read. */
  addedAt?: number
  text: string
}

const SEPARATOR = /^\uFEFF?={10}\s*$/

/**
 * Words of the details line by Kindle language; the first kind that matches wins. French,
 * Italian and Portuguese call a note "note"/"nota", as English and Spanish do.
 */
const kindWords: Record<ClippingKind, Record<string, RegExp>> = {
  highlight: {
    en: /highlight/,
    de: /markierung/,
    fr: /surlignement/,
    es: /subrayado/,
    it: /evidenziazione/,
    pt: /destaque/,
    nl: /markering/,
    ja: /ハイライト/,
  },
  bookmark: {
    en: /bookmark/,
    de: /lesezeichen/,
    fr: /signet/,
    es: /marcador/,
    it: /segnalibro/,
    nl: /bladwijzer/,
    ja: /ブックマーク/,
  },
  note: {
    en: /\bnote\b/,
    de: /notiz/,
    es: /\bnota\b/,
    nl: /notitie/,
    ja: /メモ/,
  },
}

/** "Loc. 170-72", "Location 170-172", "Position 170-172", "位置No. 170-172"… */
const locationPattern =
  /(?:loc\.|location|position|emplacement|posici[oó]n|posizione|posi[cç][aã]o|locatie|位置no\.?|位置)\s*(\d+)(?:\s*[-–]\s*(\d+))?/iu
/** "page 12", "Seite 12", "la página 12", "pagina 12", "12ページ" (front matter: "page xii"). */
const pagePattern = /(?:page|seite|p[aá]gina)\s*([0-9]+|[ivxlcdm]+)\b/iu
const japanesePagePattern = /(\d+)\s*ページ/u
const addedPattern =
  /(?:added on|hinzugef[üu]gt am|ajout[ée] le|a[ñn]adido el|aggiunto in data|aggiunto il|adicionado:?|adicionado em|toegevoegd op|作成日[:：]?)\s*(.+)$/iu
/** What a Kindle writes instead of the text once a publisher's clipping limit is reached. */
const clippingLimit = /^<.{10,200}>$/su

function kindOf(details: string): ClippingKind | null {
  const lower = details.toLowerCase()
  for (const [kind, languages] of Object.entries(kindWords) as [
    ClippingKind,
    Record<string, RegExp>,
  ][]) {
    if (Object.values(languages).some((pattern) => pattern.test(lower))) return kind
  }
  return null
}

/** "170-72" as the first Kindles wrote it is 170 to 172: the end repeats the start's digits. */
function locationOf(details: string): { from: number; to: number } | undefined {
  const match = locationPattern.exec(details)
  if (!match) return undefined
  const from = Number(match[1])
  let to = match[2] === undefined ? from : Number(match[2])
  if (match[2] !== undefined && to < from) {
    const end = match[2]
    to = Number(String(from).slice(0, Math.max(0, String(from).length - end.length)) + end)
    if (to < from) to = from
  }
  return { from, to }
}

/** "Title (Author)" or "Title (Last, First; Second Author)": the last parentheses hold authors. */
export function splitTitleLine(line: string): { title: string; authors: string[] } {
  const text = line.replace(/^\uFEFF/, '').trim()
  const match = /^(.*\S)\s*\(([^()]*)\)$/u.exec(text)
  if (!match || !match[1]) return { title: text, authors: [] }
  const authors = match[2]!
    .split(/;|&| and /)
    .map((name) => name.trim())
    .map((name) => (/^[^,]+,\s*[^,]+$/.test(name) ? name.split(/,\s*/).reverse().join(' ') : name))
    .filter(Boolean)
  return { title: match[1], authors }
}

export function locatorText(clipping: Pick<KindleClipping, 'page' | 'location'>): string {
  const parts: string[] = []
  if (clipping.page) parts.push(`p. ${clipping.page}`)
  if (clipping.location) {
    const { from, to } = clipping.location
    parts.push(from === to ? `loc. ${from}` : `loc. ${from}–${to}`)
  }
  return parts.join(' · ')
}

const kindNames: Record<ClippingKind, string> = {
  highlight: 'Highlight',
  note: 'Note',
  bookmark: 'Bookmark',
}

function labelOf(clipping: KindleClipping): string {
  const where = [shorten(clipping.title, 40), locatorText(clipping)].filter(Boolean).join(', ')
  if (clipping.kind === 'bookmark') return `Bookmark (${where})`
  return `${kindNames[clipping.kind]} “${shorten(clipping.text, 60)}” (${where})`
}

type Entry = { line: number; lines: string[]; closed: boolean }

function entriesOf(text: string): Entry[] {
  const entries: Entry[] = []
  let current: Entry = { line: 1, lines: [], closed: false }
  text.split(/\r\n|\r|\n/).forEach((line, index) => {
    if (SEPARATOR.test(line)) {
      entries.push({ ...current, closed: true })
      current = { line: index + 2, lines: [], closed: false }
    } else {
      current.lines.push(line)
    }
  })
  entries.push(current)
  return entries
    .map((entry) => {
      const skipped = entry.lines.findIndex((line) => line.trim() !== '')
      if (skipped < 0) return null
      return { ...entry, line: entry.line + skipped, lines: entry.lines.slice(skipped) }
    })
    .filter((entry): entry is Entry => entry !== null)
}

function rowOf(entry: Entry): ParsedRow<KindleClipping> {
  const [titleLine = '', details = '', ...rest] = entry.lines
  const { title, authors } = splitTitleLine(titleLine)
  const fail = (error: string, kind = 'clipping'): ParsedRow<KindleClipping> => ({
    line: entry.line,
    kind,
    label: shorten(title || titleLine, 70) || '(empty entry)',
    error,
  })
  if (!details.trim().startsWith('-')) {
    return fail(
      'No details line (“- Your Highlight on …”) under the title: the entry is cut short or is not from a Kindle.',
    )
  }
  const kind = kindOf(details)
  if (!kind) return fail('The details line names no highlight, note or bookmark.')
  const text = rest.join('\n').trim()
  const page = (pagePattern.exec(details) ?? japanesePagePattern.exec(details))?.[1]
  const location = locationOf(details)
  const addedAt = parseKindleDate(addedPattern.exec(details)?.[1] ?? '')
  const clipping: KindleClipping = {
    title,
    authors,
    kind,
    ...(page ? { page } : {}),
    ...(location ? { location } : {}),
    ...(addedAt !== undefined ? { addedAt } : {}),
    text,
  }
  if (!title) return fail('The entry has no book title.', kind)
  if (!entry.closed) {
    return fail('The file ends inside this entry (no closing ==========): it was cut short.', kind)
  }
  if (kind !== 'bookmark' && text === '') return fail('The entry has no text.', kind)
  if (kind === 'highlight' && clippingLimit.test(text)) {
    return fail(
      'The Kindle left out this highlight’s text: the publisher’s clipping limit for the book was reached.',
      kind,
    )
  }
  return { line: entry.line, kind: kind, label: labelOf(clipping), value: clipping }
}

export function parseClippings(
  text: string,
  progress?: (done: number, total: number) => void,
): ParsedRow<KindleClipping>[] {
  const entries = entriesOf(text)
  return entries.map((entry, index) => {
    if (progress && index % 2000 === 0) progress(index, entries.length)
    return rowOf(entry)
  })
}

export const kindleParser: FormatParser<KindleClipping> = {
  id: 'kindle',
  label: 'Kindle highlights and notes (“My Clippings.txt”)',
  extensions: ['.txt'],
  accepts(fileName, firstBytes) {
    if (!/\.txt$/i.test(fileName)) return false
    const head = new TextDecoder().decode(firstBytes.subarray(0, 16_384))
    const lines = head.split(/\r\n|\r|\n/)
    return lines.some(
      (line, i) => SEPARATOR.test(line) && i >= 2 && (lines[1] ?? '').trim().startsWith('-'),
    )
  },
  parse({ bytes }, progress) {
    const text = decodeText(bytes, 'read as Kindle clippings')
    if (!text.split(/\r\n|\r|\n/).some((line) => SEPARATOR.test(line))) {
      throw new ImportFileError(
        'This file holds no Kindle clippings: no entry ends with the ========== line a Kindle writes. Nothing was imported. Pick “My Clippings.txt” from the Kindle’s documents folder.',
      )
    }
    return parseClippings(text, progress)
  },
}
