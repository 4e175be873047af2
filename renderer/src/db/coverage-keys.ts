import type {
  DBCore,
  DBCoreRangeType,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie'

import type {
  CoverageKey,
  IndexBookRecord,
  NoteRecord,
  QuoteBookRecord,
  ReviewCardBookRecord,
} from './records'

// Dexie's DBCoreRangeType is a const enum, which isolated modules cannot import: its values.
const Range = 2 as DBCoreRangeType
const Any = 3 as DBCoreRangeType
const Never = 4 as DBCoreRangeType

/**
 * Coverage keys: for each note and each quote, index-entry and card book, one string holding
 * what the Coverage page computes levels from: its rows' tags, and per tagged row when it was
 * last touched and, for a card, what its recall needs (alike notes, quotes or entries of one
 * record, same tags, are one entry with a count and their latest edit). The page reads these
 * short strings only, never the records with their text. Schema 9 kept each key on its record,
 * in an index; from schema 10 the keys have their own store (`coverageKeys`), read whole in one
 * request. The key is derived from the record on every write (the middleware below, and the
 * restore's direct writes through `coverageKeyChanges`), so no writer can leave it stale.
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

/**
 * What `visitCoverageKeys` hands over per entry. `tags` is shared by every entry with the same
 * tags in the same record layout: a reader may key a memo on it, and must not change it.
 */
export type CoverageEntryVisitor = (
  tags: readonly string[],
  at: number | undefined,
  count: number,
  card: { suspended: boolean; stability: number } | undefined,
) => void

/**
 * Calls `visit` for each entry of each key, in order: Coverage's hot path (19,000 entries on
 * the heavy data), so it scans each key once with `indexOf`, spells out the tags of alike
 * entries once, and builds no object per entry but a card's.
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
        visit(tags, at, 1, {
          suspended: key.charCodeAt(second + 1) === 49, // '1'
          stability: Number(key.slice(third + 1, end)),
        })
      else visit(tags, at, Number(key.slice(second + 1, end)), undefined)
      start = end + 1
    }
  }
}

/** The entries of a coverage key, with their tags spelled out. */
export function readCoverageKey(key: CoverageKey): CoverageKeyRow[] {
  const rows: CoverageKeyRow[] = []
  visitCoverageKeys([key], (tags, at, count, card) => {
    const row: CoverageKeyRow = { tags: [...tags], count }
    if (at !== undefined) row.at = at
    if (card) row.card = { ...card, lastReview: at }
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
 * has one. The Coverage page reads it whole in one request (`getAll`); reading the keys of a
 * `coverage` index (schema 9) took a cursor step, a round trip, per record.
 */
export const COVERAGE_KEY_STORE = 'coverageKeys'

/** A coverage key as its store holds it: which record it belongs to, and the key. */
export interface CoverageKeyRecord {
  /** `<store>` U+0000 `<the record's primary key>`: one store's keys are one key range. */
  id: string
  store: CoverageStore
  key: CoverageKey
}

const ID_SEPARATOR = '\u0000'

/** The id of a record's coverage key. */
export function coverageKeyId(store: CoverageStore, primaryKey: unknown): string {
  return `${store}${ID_SEPARATOR}${String(primaryKey)}`
}

/** The range of ids that holds one store's keys, or a range of its primary keys' keys. */
function idRange(store: CoverageStore, range: DBCoreKeyRange): DBCoreKeyRange | null {
  const prefix = `${store}${ID_SEPARATOR}`
  // Every id of the store starts with the prefix; the next code unit after U+0000 ends them.
  const end = `${store}\u0001`
  if (range.type === Never) return null
  if (range.type === Any) return { type: Range, lower: prefix, upper: end, upperOpen: true }
  const bound = (key: unknown, fallback: string) =>
    typeof key === 'string' ? `${prefix}${key}` : fallback
  // Primary keys of these stores are texts: a bound of another kind stands for the store's end.
  return {
    type: Range,
    lower: bound(range.lower, prefix),
    lowerOpen: typeof range.lower === 'string' ? range.lowerOpen : false,
    upper: bound(range.upper, end),
    upperOpen: typeof range.upper === 'string' ? range.upperOpen : true,
  }
}

/**
 * What a write of these records (as stored, primary keys `keys`) does to the key store: a put
 * for each record with a tagged row, a delete for each without.
 */
export function coverageKeyChanges(
  store: CoverageStore,
  records: readonly object[],
  keys: readonly unknown[],
): { puts: CoverageKeyRecord[]; deletes: string[] } {
  const puts: CoverageKeyRecord[] = []
  const deletes: string[] = []
  records.forEach((record, index) => {
    const id = coverageKeyId(store, keys[index])
    const key = coverageKeyOfRecord(store, record)
    if (key === undefined) deletes.push(id)
    else puts.push({ id, store, key })
  })
  return { puts, deletes }
}

/** The key store's writes that go with one write to a coverage store, on its transaction. */
function keyStoreWrites(
  keys: DBCoreTable,
  store: CoverageStore,
  primaryKeyOf: (value: object) => unknown,
  request: DBCoreMutateRequest,
): Promise<unknown>[] {
  const { trans } = request
  switch (request.type) {
    case 'add':
    case 'put': {
      const records = request.values.filter(
        (value): value is object => typeof value === 'object' && value !== null,
      )
      const primaryKeys = records.map((record, i) => request.keys?.[i] ?? primaryKeyOf(record))
      const { puts, deletes } = coverageKeyChanges(store, records, primaryKeys)
      return [
        puts.length > 0 ? keys.mutate({ type: 'put', trans, values: puts }) : undefined,
        deletes.length > 0 ? keys.mutate({ type: 'delete', trans, keys: deletes }) : undefined,
      ].filter((write) => write !== undefined)
    }
    case 'delete':
      return [
        keys.mutate({
          type: 'delete',
          trans,
          keys: request.keys.map((key) => coverageKeyId(store, key)),
        }),
      ]
    case 'deleteRange': {
      const range = idRange(store, request.range)
      return range ? [keys.mutate({ type: 'deleteRange', trans, range })] : []
    }
  }
}

/** Whether a transaction can reach the key store (not yet, inside upgrades before schema 10). */
function reachesKeyStore(trans: DBCoreTransaction): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames
  return names?.contains(COVERAGE_KEY_STORE) ?? false
}

/**
 * Keeps the key store (schema 10) in step with every write Dexie makes to the four stores: the
 * notes and books repositories, imports, Undo, edition moves and clears all write through it.
 * A read-write transaction over any of the four takes in the key store, so the key changes in
 * the same transaction as its record, all or nothing. A restore's direct writes put the keys
 * themselves (features/backup).
 */
export const coverageKeysMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'coverageKeys',
  create(down) {
    return {
      ...down,
      transaction(stores, mode, options) {
        const widened =
          mode === 'readwrite' &&
          stores.some(isCoverageStore) &&
          !stores.includes(COVERAGE_KEY_STORE) &&
          down.schema.tables.some((table) => table.name === COVERAGE_KEY_STORE)
        return down.transaction(widened ? [...stores, COVERAGE_KEY_STORE] : stores, mode, options)
      },
      table(name) {
        const table = down.table(name)
        if (!isCoverageStore(name)) return table
        const primaryKeyOf = (value: object) => table.schema.primaryKey.extractKey?.(value)
        return {
          ...table,
          async mutate(request: DBCoreMutateRequest) {
            const stripped =
              request.type === 'add' || request.type === 'put'
                ? {
                    ...request,
                    values: request.values.map((value) =>
                      typeof value === 'object' && value !== null
                        ? withoutCoverageKey(value)
                        : value,
                    ),
                  }
                : request
            if (!reachesKeyStore(request.trans)) return table.mutate(stripped)
            const keys = down.table(COVERAGE_KEY_STORE)
            const [result] = await Promise.all([
              table.mutate(stripped),
              ...keyStoreWrites(keys, name, primaryKeyOf, stripped),
            ])
            return result
          },
        }
      },
    }
  },
}
