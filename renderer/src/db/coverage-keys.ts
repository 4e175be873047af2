import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie'
import { localDayOf } from '../domain/dates'
import type {
  CoverageKey,
  CoverageRowKey,
  IndexBookRecord,
  NoteRecord,
  QuoteBookRecord,
  ReviewCardBookRecord,
} from './records'

/**
 * Coverage keys (schema 9): each note and each quote, index-entry and card book carries, in one
 * indexed field, what the Coverage page needs to compute levels: per tagged row its tags, its
 * day and, for a card, what its recall needs. The page then reads index keys only (a few
 * thousand small keys) instead of every tagged record with its text. The key is derived from
 * the record on every write (the middleware below, and `recordsFor` for a restore's direct
 * writes), so no writer can leave it stale.
 */

/** The object stores that carry a coverage key. */
export const coverageStores = ['notes', 'quoteBooks', 'indexBooks', 'reviewCardBooks'] as const
export type CoverageStore = (typeof coverageStores)[number]

interface TaggedRow {
  tags?: readonly string[]
  objectiveIds?: readonly string[]
  updatedAt?: number
}

interface CardRow extends TaggedRow {
  suspended?: boolean
  memory?: { stability?: number; lastReview?: number }
}

/** A key component must be a finite number (NaN is no valid key and would fail the write). */
function finite(value: unknown): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : 0
}

function dayOf(instant: unknown): string {
  return typeof instant === 'number' && Number.isFinite(instant) ? localDayOf(instant) : ''
}

/**
 * The coverage key of a record's rows; undefined when no row carries a tag (the record then
 * stays out of the index). `withLinks`: the rows' `objectiveIds` count as tags too (quotes have
 * none).
 */
export function coverageKeyOf(
  rows: readonly TaggedRow[],
  rowFacts: (row: TaggedRow) => CoverageRowKey,
  withLinks = true,
): CoverageKey | undefined {
  const tags: string[] = []
  const position = new Map<string, number>()
  const keyed: CoverageRowKey[] = []
  for (const row of rows) {
    const own = new Set<number>()
    const lists = withLinks ? [row.tags, row.objectiveIds] : [row.tags]
    for (const list of lists)
      for (const tag of list ?? []) {
        if (typeof tag !== 'string') continue
        let at = position.get(tag)
        if (at === undefined) {
          at = tags.length
          tags.push(tag)
          position.set(tag, at)
        }
        own.add(at)
      }
    if (own.size === 0) continue
    const facts = rowFacts(row)
    facts[1] = [...own]
    keyed.push(facts)
  }
  return keyed.length > 0 ? [tags, keyed] : undefined
}

/** A note, quote or index entry: touched on the day of its last edit. */
const editedRow = (row: TaggedRow): CoverageRowKey => [dayOf(row.updatedAt), []]

/** A review card: the day of its last review, and suspended, stability, last review. */
export function cardRowKey(row: CardRow): CoverageRowKey {
  const lastReview = row.memory?.lastReview
  const facts: CoverageRowKey = [
    dayOf(lastReview),
    [],
    row.suspended ? 1 : 0,
    finite(row.memory?.stability),
  ]
  if (typeof lastReview === 'number' && Number.isFinite(lastReview)) facts.push(lastReview)
  return facts
}

/** A record's coverage key, as its store keeps it. */
export function coverageKeyOfRecord(store: CoverageStore, record: object): CoverageKey | undefined {
  switch (store) {
    case 'notes':
      return coverageKeyOf([record as NoteRecord], editedRow)
    case 'quoteBooks':
      return coverageKeyOf((record as QuoteBookRecord).quotes ?? [], editedRow, false)
    case 'indexBooks':
      return coverageKeyOf((record as IndexBookRecord).entries ?? [], editedRow)
    case 'reviewCardBooks':
      return coverageKeyOf((record as ReviewCardBookRecord).cards ?? [], cardRowKey)
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
