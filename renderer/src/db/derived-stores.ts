import type {
  DBCore,
  DBCoreKeyRange,
  DBCoreMutateRequest,
  DBCoreTable,
  DBCoreTransaction,
  IndexableType,
  Middleware,
} from 'dexie'

/**
 * Derived stores (schema 10): small records kept beside bigger ones, so a page reads what it
 * needs of thousands of records in one request (`getAll`) instead of a cursor step, a round trip,
 * per record. The database keeps them itself: the middleware below writes a derived record in
 * the same transaction as each Dexie write to its source records, so no writer can forget one
 * or leave it stale, and a restore's direct writes put them through `derivedWrites`. No backup
 * holds them.
 */
export interface DerivedStore<T extends object = object> {
  /** The object store that holds the derived records. */
  name: string
  /** The object stores whose records they are derived from. */
  sources: readonly string[]
  /** The derived record's primary key, for a source record's primary key. */
  idOf(source: string, primaryKey: unknown): IndexableType
  /** The derived record of a source record (with its primary key), or undefined for none. */
  derive(source: string, record: object, primaryKey: unknown): T | undefined
  /** The derived records' keys for a range of a source's primary keys (null: none). */
  rangeOf(source: string, range: DBCoreKeyRange): DBCoreKeyRange | null
  /** A source record as it is stored from this schema on (what an older one kept, dropped). */
  stored?(record: object): object
}

/** What writing these source records (primary keys `keys`) does to a derived store. */
export function derivedChanges(
  store: DerivedStore,
  source: string,
  records: readonly object[],
  keys: readonly unknown[],
): { puts: object[]; deletes: IndexableType[] } {
  const puts: object[] = []
  // A set: many sources may share one derived record (db/coverage-groups.ts).
  const deletes = new Set<IndexableType>()
  records.forEach((record, index) => {
    const derived = store.derive(source, record, keys[index])
    if (derived === undefined) deletes.add(store.idOf(source, keys[index]))
    else puts.push(derived)
  })
  return { puts, deletes: [...deletes] }
}

/** The derived store's writes that go with one write to a source store, on its transaction. */
function derivedStoreWrites(
  target: DBCoreTable,
  store: DerivedStore,
  source: string,
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
      const keys = records.map((record, i) => request.keys?.[i] ?? primaryKeyOf(record))
      const { puts, deletes } = derivedChanges(store, source, records, keys)
      return [
        puts.length > 0 ? target.mutate({ type: 'put', trans, values: puts }) : undefined,
        deletes.length > 0 ? target.mutate({ type: 'delete', trans, keys: deletes }) : undefined,
      ].filter((write) => write !== undefined)
    }
    case 'delete':
      return [
        target.mutate({
          type: 'delete',
          trans,
          keys: [...new Set(request.keys.map((key) => store.idOf(source, key)))],
        }),
      ]
    case 'deleteRange': {
      const range = store.rangeOf(source, request.range)
      return range ? [target.mutate({ type: 'deleteRange', trans, range })] : []
    }
  }
}

/** Whether a transaction can reach a store (not one a later version adds, inside upgrades). */
function reaches(trans: DBCoreTransaction, name: string): boolean {
  const names = (trans as Partial<IDBTransaction>).objectStoreNames
  return names?.contains(name) ?? false
}

/**
 * Keeps each derived store in step with every write Dexie makes to its sources: the
 * repositories, imports, Undo, edition moves and clears all write through it. A read-write
 * transaction over a source takes in its derived stores, so a derived record changes in the
 * same transaction as its source, all or nothing.
 */
export function derivedStoresMiddleware(stores: readonly DerivedStore[]): Middleware<DBCore> {
  const derivedOf = (source: string) => stores.filter((store) => store.sources.includes(source))
  return {
    stack: 'dbcore',
    name: 'derivedStores',
    create(down) {
      const existing = new Set(down.schema.tables.map((table) => table.name))
      return {
        ...down,
        transaction(names, mode, options) {
          if (mode !== 'readwrite') return down.transaction(names, mode, options)
          const widened = new Set(names)
          for (const name of names)
            for (const store of derivedOf(name))
              if (existing.has(store.name)) widened.add(store.name)
          return down.transaction([...widened], mode, options)
        },
        table(name) {
          const table = down.table(name)
          const derived = derivedOf(name)
          if (derived.length === 0) return table
          const primaryKeyOf = (value: object) => table.schema.primaryKey.extractKey?.(value)
          const asStored = (value: unknown) => {
            if (typeof value !== 'object' || value === null) return value
            return derived.reduce((record, store) => store.stored?.(record) ?? record, value)
          }
          return {
            ...table,
            async mutate(request: DBCoreMutateRequest) {
              const stored =
                request.type === 'add' || request.type === 'put'
                  ? { ...request, values: request.values.map(asStored) }
                  : request
              const writes = derived
                .filter((store) => reaches(request.trans, store.name))
                .flatMap((store) =>
                  derivedStoreWrites(down.table(store.name), store, name, primaryKeyOf, stored),
                )
              const [result] = await Promise.all([table.mutate(stored), ...writes])
              return result
            },
          }
        },
      }
    },
  }
}

/**
 * The range of text keys `prefix` + k for k in a range of text keys: a derived store whose ids
 * put the source's name before its primary key. A bound that is not a text stands for the
 * store's own end.
 */
export function prefixedRange(prefix: string, range: DBCoreKeyRange): DBCoreKeyRange | null {
  // Every id starts with the prefix, whose last code unit is U+0000: the same text ending in
  // U+0001 is above them all.
  const end = `${prefix.slice(0, -1)}\u0001`
  if (range.type === NEVER) return null
  if (range.type === ANY) return { type: RANGE, lower: prefix, upper: end, upperOpen: true }
  const isText = (key: unknown): key is string => typeof key === 'string'
  return {
    type: RANGE,
    lower: isText(range.lower) ? `${prefix}${range.lower}` : prefix,
    lowerOpen: isText(range.lower) ? range.lowerOpen : false,
    upper: isText(range.upper) ? `${prefix}${range.upper}` : end,
    upperOpen: isText(range.upper) ? range.upperOpen : true,
  }
}

// Dexie's DBCoreRangeType is a const enum, which isolated modules cannot import: its values.
const RANGE = 2 as DBCoreKeyRange['type']
const ANY = 3 as DBCoreKeyRange['type']
const NEVER = 4 as DBCoreKeyRange['type']
