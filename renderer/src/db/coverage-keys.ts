import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import type {
  CoverageKey,
  IndexBookRecord,
  NoteRecord,
  QuoteBookRecord,
  ReviewCardBookRecord,
} from './records'

/**
 * Coverage keys (schema 9): each note and each quote, index-entry and card book carries, in one
 * indexed string, what the Coverage page computes levels from: its rows' tags, and per tagged
 * row when it was last touched and, for a card, what its recall needs (alike notes, quotes or
 * entries of one record, same tags, are one entry with a count and their latest edit). The page then reads index keys only, one
 * short string per record, instead of every tagged record with its text. The key is derived
 * from the record on every write (the middleware below, and `recordsFor` for a restore's direct
 * writes), so no writer can leave it stale.
 *
 * Format: parts separated by U+001E; the first part is the tags, separated by U+001F; each
 * further part is a row's fields, separated by U+001F: the instant last touched (last edit, or a
 * card's last review; '' for none), tag positions (comma-separated), then a count, or for a
 * card: suspended (1/0) and stability. Instants, not days: the reader takes the local day, so
 * a key never depends on the time zone it was written in. A tag holding either separator is
 * left out: no framework id does.
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

/** One entry of a coverage key, as the Coverage page reads it. */
export interface CoverageKeyRow {
  tags: string[]
  /** When last touched (epoch ms): the latest edit, or a card's last review. */
  at?: number
  /** How many alike rows the entry stands for (a card: 1). */
  count: number
  card?: { suspended: boolean; stability: number; lastReview?: number }
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

/** The coverage key of review cards: each tagged card with what its recall needs. */
export function cardRowsKey(cards: readonly CardRow[]): string | undefined {
  const tags: string[] = []
  const position = new Map<string, number>()
  const parts: string[] = []
  for (const card of cards) {
    const own = positionsOf(card, true, tags, position).join(',')
    if (own === '') continue
    const lastReview = finite(card.memory?.lastReview)
    const stability = finite(card.memory?.stability) ?? 0
    const fields = [lastReview ?? '', own, card.suspended ? 1 : 0, stability]
    parts.push(fields.join(FIELD))
  }
  return parts.length > 0 ? [tags.join(FIELD), ...parts].join(PART) : undefined
}

/** The entries of a coverage key, with their tags spelled out. */
export function readCoverageKey(key: CoverageKey): CoverageKeyRow[] {
  const [tagPart = '', ...parts] = key.split(PART)
  const tags = tagPart.split(FIELD)
  return parts.map((part) => {
    const [instant = '', own = '', third = '', stability] = part.split(FIELD)
    const row: CoverageKeyRow = {
      tags: own.split(',').map((position) => tags[Number(position)]!),
      count: stability === undefined ? Number(third) : 1,
    }
    if (instant !== '') row.at = Number(instant)
    if (stability !== undefined)
      row.card = { suspended: third === '1', stability: Number(stability), lastReview: row.at }
    return row
  })
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

/** A note as a backup and the features' rows hold it: without the derived key. */
export function withoutCoverageKey<T extends object>(record: T): T {
  if (!('coverage' in record)) return record
  const { coverage: _derived, ...row } = record as T & { coverage?: CoverageKey }
  return row as T
}

export function isCoverageStore(name: string): name is CoverageStore {
  return (coverageStores as readonly string[]).includes(name)
}

/**
 * Derives the coverage key of every record Dexie adds or puts in the four stores: the notes
 * and books repositories, imports, Undo and edition moves all write through it.
 */
export const coverageKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'coverageKeys',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name)
        if (!isCoverageStore(name)) return table
        return {
          ...table,
          mutate(request: DBCoreMutateRequest) {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request)
            const values = request.values.map((value) =>
              typeof value === 'object' && value !== null ? withCoverageKey(name, value) : value,
            )
            return table.mutate({ ...request, values })
          },
        }
      },
    }
  },
}
