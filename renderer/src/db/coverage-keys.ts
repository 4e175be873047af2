import { prefixedRange, type DerivedStore } from './derived-stores'
import type {
  CoverageKey,
  IndexBookRecord,
  NoteRecord,
  QuoteBookRecord,
  ReviewCardBookRecord,
} from './records'

/**
 * Coverage keys: for each note and each quote, index-entry and card book, one string holding
 * what the Coverage page computes levels from: its rows' tags, and per tagged row when it was
 * last touched and, for a card, what its recall needs (alike notes, quotes or entries of one
 * record, same tags, are one entry with a count and their latest edit). The page reads these
 * short strings only, never the records with their text. Schema 9 kept each key on its record,
 * in an index; from schema 10 the keys have their own store (`coverageKeys`), read whole in one
 * request. The key is derived from the record on every write (the derived stores' middleware,
 * db/derived-stores.ts, and a restore's direct writes through `derivedWrites`), so no writer
 * can leave it stale.
 *
 * Format: parts separated by U+001E; the first part is the tags, separated by U+001F; each
 * further part is an entry's fields, separated by U+001F: the instant last touched (last edit,
 * or a card's last review; '' for none), tag positions (comma-separated), a count, and for
 * cards a fourth field: the memories that hold the entry's best recall (below). Instants, not
 * days: the reader takes the local day, so a key never depends on the time zone it was written
 * in. A tag holding either separator is left out: no framework id does.
 *
 * Cards (schema 11): alike cards of a book (same tags) are one entry too, and keep of their
 * memories only those no other card beats on both last review and stability: recall grows with
 * both, so the best recall at any instant is one of theirs. Written `lastReview:stability`,
 * comma-separated; suspended and never-reviewed cards recall nothing and are left out.
 */

/** The object stores that carry a coverage key. */
export const coverageStores = ['notes', 'quoteBooks', 'indexBooks', 'reviewCardBooks'] as const
export type CoverageStore = (typeof coverageStores)[number]

const PART = '\u001e'
const FIELD = '\u001f'

interface TaggedRow {
  tags?: readonly string[]
  objectiveIds?: readonly string[]
  updatedAt?: number
}

interface CardRow extends TaggedRow {
  suspended?: boolean
  memory?: { stability?: number; lastReview?: number }
}

/** A card's memory as recall needs it: its last review (epoch ms) and stability. */
export type CardMemory = readonly [lastReview: number, stability: number]

/** One entry of a coverage key, as the Coverage page reads it. */
export interface CoverageKeyRow {
  tags: string[]
  /** When last touched (epoch ms): the latest edit, or a card's last review. */
  at?: number
  /** How many alike rows the entry stands for. */
  count: number
  /** Cards: the memories that hold the entry's best recall at any instant. */
  memories?: CardMemory[]
}

/**
 * Adds a card's memory to the best ones of its entry, unless one of them beats it already
 * (later or as late a review, and at least the stability); drops those it beats.
 */
export function addMemory(memories: CardMemory[], memory: CardMemory): void {
  const [lastReview, stability] = memory
  for (const [otherReview, otherStability] of memories)
    if (otherReview >= lastReview && otherStability >= stability) return
  for (let i = memories.length - 1; i >= 0; i -= 1) {
    const [otherReview, otherStability] = memories[i]!
    if (otherReview <= lastReview && otherStability <= stability) memories.splice(i, 1)
  }
  memories.push(memory)
}

function finite(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}

/** The positions of a row's usable tags in the key's tag list (added there when new). */
function positionsOf(
  row: TaggedRow,
  withLinks: boolean,
  tags: string[],
  position: Map<string, number>,
): number[] {
  const own = new Set<number>()
  for (const list of withLinks ? [row.tags, row.objectiveIds] : [row.tags])
    for (const tag of list ?? []) {
      if (typeof tag !== 'string' || tag.includes(PART) || tag.includes(FIELD)) continue
      let at = position.get(tag)
      if (at === undefined) {
        at = tags.length
        tags.push(tag)
        position.set(tag, at)
      }
      own.add(at)
    }
  return [...own].sort((a, b) => a - b)
}

/**
 * The coverage key of notes, quotes or index entries: per set of tags, the latest day and how
 * many rows carry it. Undefined when no row carries a tag (the record stays out of the index).
 * `withLinks`: the rows' `objectiveIds` count as tags too (quotes have none).
 */
export function editedRowsKey(rows: readonly TaggedRow[], withLinks = true): string | undefined {
  const tags: string[] = []
  const position = new Map<string, number>()
  const groups = new Map<string, { at: number | undefined; count: number }>()
  for (const row of rows) {
    const own = positionsOf(row, withLinks, tags, position).join(',')
    if (own === '') continue
    const at = finite(row.updatedAt)
    const group = groups.get(own)
    if (!group) groups.set(own, { at, count: 1 })
    else {
      group.count += 1
      if (at !== undefined && (group.at === undefined || at > group.at)) group.at = at
    }
  }
  if (groups.size === 0) return undefined
  const parts = [...groups].map(([own, { at, count }]) => [at ?? '', own, count].join(FIELD))
  return [tags.join(FIELD), ...parts].join(PART)
}

/**
 * The coverage key of review cards: per set of tags, the latest review, how many cards carry
 * it, and the memories that hold their best recall.
 */
export function cardRowsKey(cards: readonly CardRow[]): string | undefined {
  const tags: string[] = []
  const position = new Map<string, number>()
  const groups = new Map<
    string,
    { at: number | undefined; count: number; memories: CardMemory[] }
  >()
  for (const card of cards) {
    const own = positionsOf(card, true, tags, position).join(',')
    if (own === '') continue
    const at = finite(card.memory?.lastReview)
    let group = groups.get(own)
    if (!group) groups.set(own, (group = { at, count: 0, memories: [] }))
    else if (at !== undefined && (group.at === undefined || at > group.at)) group.at = at
    group.count += 1
    if (!card.suspended && at !== undefined)
      addMemory(group.memories, [at, finite(card.memory?.stability) ?? 0])
  }
  if (groups.size === 0) return undefined
  const parts = [...groups].map(([own, { at, count, memories }]) =>
    [at ?? '', own, count, memories.map((memory) => memory.join(':')).join(',')].join(FIELD),
  )
  return [tags.join(FIELD), ...parts].join(PART)
}

/**
 * What `visitCoverageKeys` hands over per entry. `tags` is shared by every entry with the same
 * tags in the same record layout: a reader may key a memo on it, and must not change it.
 * `memories` is undefined for an entry of notes, quotes or index entries, a list for cards.
 */
export type CoverageEntryVisitor = (
  tags: readonly string[],
  at: number | undefined,
  count: number,
  memories: readonly CardMemory[] | undefined,
) => void

const noMemories: readonly CardMemory[] = []

/** The memories of a card entry, from `lastReview:stability,…`. */
function memoriesOf(text: string): readonly CardMemory[] {
  if (text === '') return noMemories
  return text.split(',').map((pair) => {
    const colon = pair.indexOf(':')
    return [Number(pair.slice(0, colon)), Number(pair.slice(colon + 1))] as const
  })
}

/**
 * Calls `visit` for each entry of each key, in order: Coverage's hot path (some 11,000 entries
 * on the heavy data), so it scans each key once with `indexOf`, spells out the tags of alike
 * entries once, and builds no object per entry but a card entry's memories.
 */
export function visitCoverageKeys(keys: Iterable<CoverageKey>, visit: CoverageEntryVisitor): void {
  // Per tag part of a key, per entry's positions in it: the entry's tags.
  const tagsOf = new Map<string, Map<string, readonly string[]>>()
  for (const key of keys) {
    const tagEnd = key.indexOf(PART)
    if (tagEnd < 0) continue
    const tagPart = key.slice(0, tagEnd)
    let byPositions = tagsOf.get(tagPart)
    if (!byPositions) tagsOf.set(tagPart, (byPositions = new Map()))
    let tagList: string[] | undefined
    for (let start = tagEnd + 1; start <= key.length;) {
      const next = key.indexOf(PART, start)
      const end = next < 0 ? key.length : next
      const first = key.indexOf(FIELD, start)
      const second = key.indexOf(FIELD, first + 1)
      const third = key.indexOf(FIELD, second + 1)
      const isCard = third >= 0 && third < end
      const own = key.slice(first + 1, second)
      let tags = byPositions.get(own)
      if (!tags) {
        const list = (tagList ??= tagPart.split(FIELD))
        tags = own.split(',').map((position) => list[Number(position)]!)
        byPositions.set(own, tags)
      }
      const at = first === start ? undefined : Number(key.slice(start, first))
      if (isCard)
        visit(tags, at, Number(key.slice(second + 1, third)), memoriesOf(key.slice(third + 1, end)))
      else visit(tags, at, Number(key.slice(second + 1, end)), undefined)
      start = end + 1
    }
  }
}

/** The entries of a coverage key, with their tags spelled out. */
export function readCoverageKey(key: CoverageKey): CoverageKeyRow[] {
  const rows: CoverageKeyRow[] = []
  visitCoverageKeys([key], (tags, at, count, memories) => {
    const row: CoverageKeyRow = { tags: [...tags], count }
    if (at !== undefined) row.at = at
    if (memories) row.memories = [...memories]
    rows.push(row)
  })
  return rows
}

/** A record's coverage key, as its store keeps it. */
export function coverageKeyOfRecord(store: CoverageStore, record: object): CoverageKey | undefined {
  switch (store) {
    case 'notes':
      return editedRowsKey([record as NoteRecord])
    case 'quoteBooks':
      return editedRowsKey((record as QuoteBookRecord).quotes ?? [], false)
    case 'indexBooks':
      return editedRowsKey((record as IndexBookRecord).entries ?? [])
    case 'reviewCardBooks':
      return cardRowsKey((record as ReviewCardBookRecord).cards ?? [])
  }
}

/** The record with its coverage key derived afresh (absent when it has no tagged row). */
export function withCoverageKey<T extends object>(store: CoverageStore, record: T): T {
  const { coverage: _old, ...rest } = record as T & { coverage?: CoverageKey }
  const coverage = coverageKeyOfRecord(store, record)
  return (coverage ? { ...rest, coverage } : rest) as T
}

/** A record without the key schema 9 kept on it (from schema 10 the key has its own store). */
export function withoutCoverageKey<T extends object>(record: T): T {
  if (!('coverage' in record)) return record
  const { coverage: _derived, ...row } = record as T & { coverage?: CoverageKey }
  return row as T
}

export function isCoverageStore(name: string): name is CoverageStore {
  return (coverageStores as readonly string[]).includes(name)
}

/**
 * Schema 10: the store that holds every coverage key, one small record per note or book that
 * has one (db/derived-stores.ts). The Coverage page reads it whole in one request (`getAll`);
 * reading the keys of a `coverage` index (schema 9) took a cursor step, a round trip, per record.
 */
export const COVERAGE_KEY_STORE = 'coverageKeys'

/** A coverage key as its store holds it: which record it belongs to, and the key. */
export interface CoverageKeyRecord {
  /** `<store>` U+0000 `<the record's primary key>`: one store's keys are one key range. */
  id: string
  store: CoverageStore
  key: CoverageKey
}

const idPrefix = (store: string) => `${store}\u0000`

/** The id of a record's coverage key. */
export function coverageKeyId(store: CoverageStore, primaryKey: unknown): string {
  return `${idPrefix(store)}${String(primaryKey)}`
}

export const coverageKeyStore: DerivedStore<CoverageKeyRecord> = {
  name: COVERAGE_KEY_STORE,
  sources: coverageStores,
  idOf: (source, primaryKey) => coverageKeyId(source as CoverageStore, primaryKey),
  derive(source, record, primaryKey) {
    const store = source as CoverageStore
    const key = coverageKeyOfRecord(store, record)
    return key === undefined ? undefined : { id: coverageKeyId(store, primaryKey), store, key }
  },
  rangeOf: (source, range) => prefixedRange(idPrefix(source), range),
  // Schema 9 kept the key on the record; from 10 it lives in the key store only.
  stored: withoutCoverageKey,
}
