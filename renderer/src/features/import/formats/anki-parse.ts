import { unzipSync } from 'fflate'
import { decompress } from 'fzstd'
import type { Database, SqlJsStatic } from 'sql.js'
import type { ReviewRating } from '../../../db/records'
import { ImportFileError, type FormatParser, type ParsedRow } from './types'

/**
 * Anki packages (.apkg, .colpkg): a zip holding the collection as SQLite, either
 * `collection.anki2`/`collection.anki21` or, from Anki 2.1.50 on, `collection.anki21b`
 * compressed with zstd (next to a stub anki2 that only says "update Anki"). fflate unzips,
 * fzstd decompresses, sql.js reads the SQLite. One row per Anki card, with its answers in order.
 */

export interface AnkiReview {
  /** When the answer was given (revlog ids are epoch milliseconds). */
  at: number
  rating: ReviewRating
  durationMs: number
}

export interface AnkiCard {
  /** Stable across exports of the same note: `anki-<note guid>-<card ordinal>`. */
  id: string
  kind: 'cloze' | 'qa'
  front: string
  back: string
  tags: string[]
  deck: string
  suspended: boolean
  /** The note's creation time (note ids are epoch milliseconds). */
  createdAt: number
  reviews: AnkiReview[]
}

export class AnkiFileError extends ImportFileError {
  override name = 'AnkiFileError'
}

/** A deck with its media is often hundreds of MB; only the collection is unpacked. */
const MAX_COLLECTION_BYTES = 500 * 1024 * 1024
const COLLECTIONS = ['collection.anki21b', 'collection.anki21', 'collection.anki2'] as const

export function looksLikeApkg(fileName: string, firstBytes: Uint8Array): boolean {
  const zip = firstBytes[0] === 0x50 && firstBytes[1] === 0x4b && firstBytes[2] === 0x03
  return /\.(apkg|colpkg)$/i.test(fileName) && zip
}

/** The SQLite bytes of the newest collection the package holds. */
export function collectionBytes(zip: Uint8Array): Uint8Array {
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(zip, {
      filter: (file) => {
        if (!(COLLECTIONS as readonly string[]).includes(file.name)) return false
        if (file.originalSize > MAX_COLLECTION_BYTES) {
          throw new AnkiFileError('The collection in this package is too large to read here.')
        }
        return true
      },
    })
  } catch (error) {
    if (error instanceof AnkiFileError) throw error
    throw new AnkiFileError(
      'This Anki package is damaged (the zip cannot be read). Export the deck again from Anki.',
    )
  }
  const name = COLLECTIONS.find((candidate) => files[candidate])
  if (!name) {
    throw new AnkiFileError(
      'This zip holds no Anki collection. Export the deck from Anki as “Anki Deck Package (.apkg)”.',
    )
  }
  const bytes = files[name]!
  if (name !== 'collection.anki21b') return bytes
  try {
    return decompress(bytes)
  } catch {
    throw new AnkiFileError('The compressed collection in this package is damaged.')
  }
}

export function parseApkg(zip: Uint8Array, SQL: SqlJsStatic): ParsedRow<AnkiCard>[] {
  const sqlite = collectionBytes(zip)
  let db: Database
  try {
    db = new SQL.Database(sqlite)
    db.exec('SELECT count(*) FROM notes')
  } catch {
    throw new AnkiFileError('The collection in this package is not a readable Anki database.')
  }
  try {
    return readCards(db)
  } finally {
    db.close()
  }
}

type SqlRow = Record<string, unknown>

function select(db: Database, sql: string): SqlRow[] {
  const statement = db.prepare(sql)
  const rows: SqlRow[] = []
  try {
    while (statement.step()) rows.push(statement.getAsObject())
  } finally {
    statement.free()
  }
  return rows
}

function hasTable(db: Database, name: string): boolean {
  return (
    select(db, `SELECT name FROM sqlite_master WHERE type = 'table' AND name = '${name}'`).length >
    0
  )
}

/** Deck names by id: the `decks` table (schema 18) or the JSON in `col.decks` (older). */
function deckNames(db: Database): Map<string, string> {
  const names = new Map<string, string>()
  if (hasTable(db, 'decks')) {
    for (const row of select(db, 'SELECT id, name FROM decks')) {
      names.set(String(row.id), String(row.name).split('\u001f').join('::'))
    }
    return names
  }
  const [col] = select(db, 'SELECT decks FROM col')
  for (const deck of Object.values(jsonObject(col?.decks))) {
    const { id, name } = (deck ?? {}) as { id?: unknown; name?: unknown }
    if (id !== undefined && typeof name === 'string') names.set(String(id), name)
  }
  return names
}

/** Note types that are cloze by their own definition (older collections keep it in JSON). */
function clozeModels(db: Database): Set<string> {
  const cloze = new Set<string>()
  const [col] = select(db, 'SELECT models FROM col')
  for (const model of Object.values(jsonObject(col?.models))) {
    const { id, type } = (model ?? {}) as { id?: unknown; type?: unknown }
    if (type === 1 && id !== undefined) cloze.add(String(id))
  }
  return cloze
}

function jsonObject(text: unknown): Record<string, unknown> {
  if (typeof text !== 'string' || text === '') return {}
  try {
    const value: unknown = JSON.parse(text)
    // Object.values never reads a "__proto__" key as the prototype.
    return value && typeof value === 'object' ? (value as Record<string, unknown>) : {}
  } catch {
    return {}
  }
}

function reviewsByCard(db: Database): Map<string, AnkiReview[]> {
  const byCard = new Map<string, AnkiReview[]>()
  // type 4 and ease 0 are "rescheduled by hand", not answers.
  const rows = select(
    db,
    'SELECT id, cid, ease, time FROM revlog WHERE ease BETWEEN 1 AND 4 AND type < 4 ORDER BY id',
  )
  for (const row of rows) {
    const list = byCard.get(String(row.cid)) ?? []
    list.push({
      at: Number(row.id),
      rating: Number(row.ease) as ReviewRating,
      durationMs: Math.max(0, Math.min(Number(row.time) || 0, 3_600_000)),
    })
    byCard.set(String(row.cid), list)
  }
  return byCard
}

function readCards(db: Database): ParsedRow<AnkiCard>[] {
  const decks = deckNames(db)
  const cloze = clozeModels(db)
  const reviews = reviewsByCard(db)
  const cards = select(
    db,
    `SELECT c.id AS cid, c.ord, c.did, c.queue, n.id AS nid, n.guid, n.mid, n.tags, n.flds
       FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.id, c.ord`,
  )
  return cards.map((row, index) => {
    const fields = String(row.flds ?? '').split('\u001f')
    const ord = Number(row.ord) || 0
    const isCloze = cloze.has(String(row.mid)) || fields.some((f) => /\{\{c\d+::/.test(f))
    const face = isCloze ? clozeFace(fields, ord) : qaFace(fields, ord)
    const label = shortLabel(face.front || plainText(fields[0] ?? ''))
    const line = index + 1
    if (!face.front) {
      return {
        line,
        label: label || `Card ${line}`,
        kind: 'card',
        error: 'This card has no text (only images or sound); Bastion cards are text.',
      }
    }
    const deck = decks.get(String(row.did)) ?? ''
    return {
      line,
      label,
      kind: 'card',
      value: {
        id: `anki-${String(row.guid ?? row.nid).slice(0, 64)}-${ord}`,
        kind: isCloze ? 'cloze' : 'qa',
        front: face.front,
        back: face.back,
        tags: String(row.tags ?? '')
          .split(/\s+/)
          .filter(Boolean)
          .slice(0, 50),
        deck,
        suspended: Number(row.queue) === -1,
        createdAt: Number(row.nid) || 0,
        reviews: reviews.get(String(row.cid)) ?? [],
      },
    }
  })
}

/** A basic card: front and back fields, swapped for the reverse card of "and reversed" notes. */
function qaFace(fields: string[], ord: number): { front: string; back: string } {
  const [first = '', second = ''] = fields.map(plainText)
  return ord === 1 && second ? { front: second, back: first } : { front: first, back: second }
}

/**
 * A cloze card in Bastion's syntax: Anki card `ord` asks c(ord+1), its deletions become
 * `{{answer}}` gaps and the other deletions are shown as plain text. The Extra field is the back.
 */
function clozeFace(fields: string[], ord: number): { front: string; back: string } {
  const asked = ord + 1
  const text = plainText(fields[0] ?? '').replace(
    /\{\{c(\d+)::([\s\S]*?)(?:::[^{}]*?)?\}\}/g,
    (_, n: string, answer: string) =>
      Number(n) === asked ? `{{${answer.replace(/[{}]/g, '')}}}` : answer,
  )
  return { front: text.trim(), back: plainText(fields[1] ?? '') }
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
}

/** A field's HTML as plain text: line breaks kept, tags, sound and images dropped. */
export function plainText(html: string): string {
  return html
    .replace(/\[sound:[^\]]*\]/g, '')
    .replace(/<(br|div|p|li)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] === '#') {
        const code =
          name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : Number(name.slice(1))
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole
      }
      return Object.hasOwn(ENTITIES, name.toLowerCase()) ? ENTITIES[name.toLowerCase()]! : whole
    })
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()
}

function shortLabel(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= 70 ? flat : `${flat.slice(0, 69).trimEnd()}…`
}

export const ankiParser: FormatParser<AnkiCard, Promise<ParsedRow<AnkiCard>[]>> = {
  id: 'anki',
  label: 'Anki deck (.apkg) → review cards with their history',
  extensions: ['.apkg', '.colpkg'],
  accepts: looksLikeApkg,
  async parse({ bytes }) {
    if (!looksLikeApkg('.apkg', bytes)) {
      throw new AnkiFileError('This is not an Anki package (an .apkg file is a zip archive).')
    }
    const { loadSqlJs } = await import('./anki-sql')
    return parseApkg(bytes, await loadSqlJs())
  },
}
