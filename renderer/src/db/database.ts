import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie'
import {
  COVERAGE_KEY_STORE,
  coverageKeyStore,
  coverageStores,
  isCoverageStore,
  withCoverageKey,
  withoutCoverageKey,
  type CoverageKeyRecord,
  type CoverageStore,
} from './coverage-keys'
import {
  COVERAGE_GROUPS_STORE,
  coverageGroupsStore,
  coverageResourcesStore,
  type CoverageGroupsRecord,
  type CoverageResourcesRecord,
} from './coverage-groups'
import { derivedChanges, derivedStoresMiddleware, type DerivedStore } from './derived-stores'
import {
  REVIEW_DAY_SUMMARY_STORE,
  reviewDaySummaryStore,
  type ReviewDaySummaryRecord,
} from './review-day-summaries'
import { qualifyBareOwaspIdsInRow } from './owasp-ids'
import {
  STUDY_DAY_SUMMARY_STORE,
  studyDaySummaryStore,
  type StudyDaySummaryRecord,
} from './study-day-summaries'
import {
  daySummary,
  packingOf,
  packSessions,
  packIndexEntries,
  packQuotes,
  rowTags,
} from './packed'
import type {
  BudgetRecord,
  CpeActivityRecord,
  ExamAttemptRecord,
  ExpenseRecord,
  ImportRecord,
  IndexBookRecord,
  IndexEntryRecord,
  MetaRecord,
  NoteRecord,
  ObjectiveRecord,
  PlanItemRecord,
  PracticeTestRecord,
  ProgressEventRecord,
  QuoteBookRecord,
  QuoteRecord,
  ReviewCardBookRecord,
  ReviewDayRecord,
  ResourceProgressRecord,
  ResourceRecord,
  SessionDayRecord,
  SettingRecord,
  StudySessionRecord,
} from './records'

export const DATABASE_NAME = 'bastion'

/**
 * Schema history. Once a version has shipped it is never edited: a change is a new
 * `version(n + 1)` with an `upgrade()` and a comment saying why, plus a fixture in tests/fixtures.
 */
const version1 = {
  resources: 'id, origin, kind',
  settings: 'key',
  meta: 'key',
  planItems: 'id, resourceId, position',
  sessions: 'id, date, resourceId, [resourceId+date]',
  resourceProgress: 'resourceId, status',
  progressEvents: 'id, resourceId, at',
  notes: 'id, resourceId, updatedAt, *tags, *objectiveIds',
  quotes: 'id, resourceId, createdAt, *tags',
  indexEntries: 'id, term, resourceId',
  attempts: 'id, certificationId, startDate',
  objectives: 'id, certificationId, position',
  practiceTests: 'id, certificationId, date',
  cpeActivities: 'id, certificationId, date',
  expenses: 'id, date, category, currency, resourceId, attemptId',
  budgets: 'currency',
} as const

const {
  sessions: _sessions,
  indexEntries: _indexEntries,
  quotes: _quotes,
  ...unpackedStores
} = version1
const packedStores = {
  sessionDays: 'date, *resourceIds, *sessionIds',
  indexBooks: 'resourceId, *entryIds',
  quoteBooks: 'resourceId, *quoteIds',
} as const

/** Review cards and their log (schema 4): row tables stored packed from the start. */
const reviewStores = {
  reviewCardBooks: 'resourceId, *cardIds, *dueKeys',
  reviewDays: 'date, *logIds, *cardIds',
} as const

/** Schema 8: the stores whose tags Coverage looks up through an index. */
const taggedStores = {
  notes: 'id, resourceId, updatedAt, *objectiveIds, *tags',
  indexBooks: 'resourceId, *entryIds, *tags',
  quoteBooks: 'resourceId, *quoteIds, *tags',
  reviewCardBooks: 'resourceId, *cardIds, *dueKeys, *tags',
} as const

/** Schema 9: the stores whose coverage keys Coverage reads (db/coverage-keys.ts). */
const coverageKeyStores = {
  notes: `${taggedStores.notes}, coverage`,
  indexBooks: `${taggedStores.indexBooks}, coverage`,
  quoteBooks: `${taggedStores.quoteBooks}, coverage`,
  reviewCardBooks: `${taggedStores.reviewCardBooks}, coverage`,
} as const

/**
 * Schema 10: derived stores, read whole in one request (db/derived-stores.ts): the coverage
 * keys move off their records into a store of their own (the four stores lose the `coverage`
 * index again), and so do the review days' summaries (the days lose the `summary` index).
 */
const derivedStoreSchemas = {
  [COVERAGE_KEY_STORE]: 'id',
  [REVIEW_DAY_SUMMARY_STORE]: 'date',
} as { coverageKeys: 'id'; reviewDaySummaries: 'date' }

/** Schema 11: the coverage keys grouped, one record (db/coverage-groups.ts). */
const coverageGroupsSchema = { [COVERAGE_GROUPS_STORE]: 'id' } as { coverageGroups: 'id' }

/** Schema 12: each study day's minutes and session count (db/study-day-summaries.ts). */
const studyDaySummarySchema = { [STUDY_DAY_SUMMARY_STORE]: 'date' } as {
  studyDaySummaries: 'date'
}

/** The logical tables added after version 1, as backups name their rows. */
const laterRowTables = {
  reviewCards: 'id, resourceId',
  reviewLogs: 'id, cardId, date',
  imports: 'id, at',
} as const

/** Version 8's stores, which 9 and 10 start from. */
const version8 = {
  ...unpackedStores,
  ...packedStores,
  ...reviewStores,
  reviewDays: 'date, *logIds, *cardIds, summary',
  imports: laterRowTables.imports,
  ...taggedStores,
} as const

/**
 * Schema history: the full object stores of every version. Once a version has shipped it is
 * never edited: a change is a new version with an `upgrade()` and a comment saying why, plus a
 * fixture in tests/fixtures.
 * - 2: sessions are stored one record per day, index entries and quotes one per resource
 *   (db/packed.ts). IndexedDB's cost is per record, so restoring 20,840 rows as 6,265 records
 *   takes about half the time. The upgrade moves every row.
 * - 3: drops the row-per-record stores of version 1 (Dexie lets an upgrade read a store only if
 *   a later version deletes it), and the notes' `*tags` index, which no query used (tags are
 *   searched through the Notes search index) and every write paid for.
 * - 5: no store changes. OWASP IDs carry their edition from now on (the 2026 edition renumbered
 *   the list): the upgrade rewrites every stored bare "LLM01" in tags and links as "LLM01:2025",
 *   the edition Bastion shipped until then (db/owasp-ids.ts).
 * - 6: review days carry an indexed `summary` ([date, answers, milliseconds]) for the Dashboard.
 * - 7: `imports`, the import history: each import's report and the rows it added, for Undo.
 * - 8: tags are indexed for Coverage: notes' `*tags` again, and on quote, index-entry and card
 *   books a `tags` list (every tag and framework link of their rows, db/packed.ts), so the
 *   Coverage page reads only the records that carry a framework tag.
 * - 9: notes and quote, index-entry and card books carry an indexed `coverage` key, derived on
 *   every write (db/coverage-keys.ts): per tagged row its tags, day and what a card's recall
 *   needs. Coverage computes levels from these index keys without reading a record.
 * - 10: derived stores (db/derived-stores.ts), kept by a middleware in the same transaction as
 *   their source records and read in one request each: `coverageKeys` (one record per note or
 *   book with a tagged row) and `reviewDaySummaries` (answers and milliseconds per review day).
 *   Reading the `coverage` and `summary` indexes' keys took one cursor step per record (about
 *   100 ms for 3,000 notes; on the Dashboard each step also waited for a busy main thread). The
 *   upgrade writes both stores from every record and takes the coverage key and the day
 *   summary off the records.
 *   No backup holds them (`derivedStores`).
 * - 11: the coverage keys of card books group alike cards (same tags) into one entry, with the
 *   memories that hold their best recall (db/coverage-keys.ts): about 3,300 entries for 10,000
 *   cards instead of one each; the upgrade writes the card books' keys anew. `coverageGroups`
 *   holds the keys grouped, one record that any write to their sources deletes
 *   (db/coverage-groups.ts), so opening Coverage need not group every key each time.
 * - 12: `studyDaySummaries`, each study day's minutes and session count, derived from its day
 *   record (db/study-day-summaries.ts). The Dashboard reads them in one request instead of the
 *   study-days cache, whose staleness check counted the day records: IndexedDB reads every
 *   record to count them (16 ms for 100,000 sessions, twice per Dashboard load). The cache's
 *   check counts the summaries instead. The upgrade writes one per stored day.
 */
export const schemaVersions = {
  1: version1,
  2: { ...version1, ...packedStores },
  3: {
    ...unpackedStores,
    ...packedStores,
    notes: 'id, resourceId, updatedAt, *objectiveIds',
  },
  4: {
    ...unpackedStores,
    ...packedStores,
    notes: 'id, resourceId, updatedAt, *objectiveIds',
    ...reviewStores,
  },
  5: {
    ...unpackedStores,
    ...packedStores,
    notes: 'id, resourceId, updatedAt, *objectiveIds',
    ...reviewStores,
  },
  6: {
    ...unpackedStores,
    ...packedStores,
    notes: 'id, resourceId, updatedAt, *objectiveIds',
    ...reviewStores,
    reviewDays: 'date, *logIds, *cardIds, summary',
  },
  7: {
    ...unpackedStores,
    ...packedStores,
    notes: 'id, resourceId, updatedAt, *objectiveIds',
    ...reviewStores,
    reviewDays: 'date, *logIds, *cardIds, summary',
    imports: laterRowTables.imports,
  },
  8: version8,
  9: { ...version8, ...coverageKeyStores },
  10: { ...version8, reviewDays: reviewStores.reviewDays, ...derivedStoreSchemas },
  11: {
    ...version8,
    reviewDays: reviewStores.reviewDays,
    ...derivedStoreSchemas,
    ...coverageGroupsSchema,
  },
  12: {
    ...version8,
    reviewDays: reviewStores.reviewDays,
    ...derivedStoreSchemas,
    ...coverageGroupsSchema,
    ...studyDaySummarySchema,
  },
} as const

export const CURRENT_SCHEMA_VERSION = 12

/** Versions a user's database can be at (2 exists only inside the upgrade from 1 to 3). */
export const shippedSchemaVersions = [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const

/** Stores derived from the others, kept by the database itself: no backup holds them. */
export const derivedStores: readonly DerivedStore[] = [
  coverageKeyStore,
  reviewDaySummaryStore,
  coverageGroupsStore,
  coverageResourcesStore,
  studyDaySummaryStore,
]

export const derivedStoreNames: readonly string[] = [
  ...new Set(derivedStores.map((store) => store.name)),
]

const rowTables = { ...version1, ...laterRowTables } as const

/**
 * The tables as backups, CSV and query keys name them, one row per record. `sessions`,
 * `indexEntries`, `quotes`, `reviewCards` and `reviewLogs` are stored packed (`packedTables`
 * in db/packed.ts).
 */
export type TableName = keyof typeof rowTables

/** Each logical table's row keys, in Dexie syntax (the primary key first). */
export const rowStores: Readonly<Record<TableName, string>> = rowTables

export type StoredTableName = keyof (typeof schemaVersions)[typeof CURRENT_SCHEMA_VERSION]

export class BastionDatabase extends Dexie {
  resources!: EntityTable<ResourceRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  meta!: EntityTable<MetaRecord, 'key'>
  planItems!: EntityTable<PlanItemRecord, 'id'>
  sessionDays!: EntityTable<SessionDayRecord, 'date'>
  resourceProgress!: EntityTable<ResourceProgressRecord, 'resourceId'>
  progressEvents!: EntityTable<ProgressEventRecord, 'id'>
  notes!: EntityTable<NoteRecord, 'id'>
  quoteBooks!: EntityTable<QuoteBookRecord, 'resourceId'>
  indexBooks!: EntityTable<IndexBookRecord, 'resourceId'>
  attempts!: EntityTable<ExamAttemptRecord, 'id'>
  objectives!: EntityTable<ObjectiveRecord, 'id'>
  practiceTests!: EntityTable<PracticeTestRecord, 'id'>
  cpeActivities!: EntityTable<CpeActivityRecord, 'id'>
  expenses!: EntityTable<ExpenseRecord, 'id'>
  budgets!: EntityTable<BudgetRecord, 'currency'>
  reviewCardBooks!: EntityTable<ReviewCardBookRecord, 'resourceId'>
  reviewDays!: EntityTable<ReviewDayRecord, 'date'>
  imports!: EntityTable<ImportRecord, 'id'>
  coverageKeys!: EntityTable<CoverageKeyRecord, 'id'>
  coverageGroups!: EntityTable<CoverageGroupsRecord, 'id'>
  reviewDaySummaries!: EntityTable<ReviewDaySummaryRecord, 'date'>
  studyDaySummaries!: EntityTable<StudyDaySummaryRecord, 'date'>

  /** The coverage store's other record (db/coverage-groups.ts), typed as what it holds. */
  get coverageResources(): EntityTable<CoverageResourcesRecord, 'id'> {
    return this.table(COVERAGE_GROUPS_STORE)
  }

  /** Whether the stored database needs the older versions, asked once before the first open. */
  #history: Promise<void> | undefined
  /** The stored database's version as that question found it: 0 when there was none. */
  #storedVersion: number | null = null

  constructor(name = DATABASE_NAME) {
    super(name)
    // The current schema alone: a database created now or already at this version needs no
    // history, and declaring every version costs each start about 10 ms (Dexie parses the whole
    // history again for each version declared). `open()` adds the history when the stored
    // database is older.
    this.version(CURRENT_SCHEMA_VERSION).stores(schemaVersions[CURRENT_SCHEMA_VERSION])
    this.use(derivedStoresMiddleware(derivedStores))
  }

  /**
   * Opens the database, declaring the older versions first when the stored one is older than
   * this schema (their upgrades must run), or when the browser cannot say which it is. Every
   * open goes through here, Dexie's automatic open on a first query too.
   */
  override open() {
    return Dexie.Promise.resolve(this.schemaSettled()).then(() => super.open())
  }

  /**
   * Resolves once the versions this database needs are declared (the history added or not):
   * from then on its tables are the ones every open and query uses. A query must not be made
   * before (the history would replace the tables it was made on).
   */
  schemaSettled(): Promise<void> {
    this.#history ??= storedSchemaVersion(this.name).then((stored) => {
      this.#storedVersion = stored
      if (stored === null || (stored > 0 && stored < CURRENT_SCHEMA_VERSION)) this.declareHistory()
    })
    return this.#history
  }

  /**
   * False when this start creates the database (nothing was stored before it), true when a
   * database was there or the browser cannot say: whether anything may be stored at all.
   */
  async existedBeforeStart(): Promise<boolean> {
    await this.schemaSettled()
    return this.#storedVersion !== 0
  }

  /** Every version since the first, with the upgrades that move stored data between them. */
  declareHistory(): void {
    this.version(1).stores(schemaVersions[1])
    this.version(2)
      .stores(schemaVersions[2])
      .upgrade(async (transaction) => {
        const [sessions, entries, quotes] = await Promise.all([
          transaction.table<StudySessionRecord>('sessions').toArray(),
          transaction.table<IndexEntryRecord>('indexEntries').toArray(),
          transaction.table<QuoteRecord>('quotes').toArray(),
        ])
        await Promise.all([
          transaction.table('sessionDays').bulkAdd(packSessions(sessions)),
          transaction.table('indexBooks').bulkAdd(packIndexEntries(entries)),
          transaction.table('quoteBooks').bulkAdd(packQuotes(quotes)),
        ])
      })
    this.version(3).stores({
      sessions: null,
      indexEntries: null,
      quotes: null,
      notes: schemaVersions[3].notes,
    })
    // 4: review cards and their log, in two new stores. No existing row changes, so there is
    // nothing for an upgrade() to move (Dexie creates the empty stores); the backup upgrade step
    // 3 → 4 adds the two empty tables, and tests/fixtures/schema-v4.json covers both.
    this.version(4).stores(reviewStores)
    this.version(5)
      .stores({})
      .upgrade(async (transaction) => {
        const qualify = (table: TableName) => (row: object) =>
          qualifyBareOwaspIdsInRow(table, row as Record<string, unknown>)
        await Promise.all([
          rewrite(transaction.table('resources'), qualify('resources')),
          rewrite(transaction.table('notes'), qualify('notes')),
          rewrite(transaction.table('practiceTests'), qualify('practiceTests')),
          rewrite(transaction.table('quoteBooks'), (book) =>
            rewriteList(book, 'quotes', qualify('quotes')),
          ),
          rewrite(transaction.table('indexBooks'), (book) =>
            rewriteList(book, 'entries', qualify('indexEntries')),
          ),
          rewrite(transaction.table('reviewCardBooks'), (book) =>
            rewriteList(book, 'cards', qualify('reviewCards')),
          ),
        ])
      })
    // 6: each review day carries `summary` ([date, reviews, milliseconds]) in an index, so the
    // Dashboard reads a year of review counts and durations as index keys, without reading
    // (and deserializing) 50,000 answers. The upgrade writes it on every stored day.
    this.version(6)
      .stores({ reviewDays: schemaVersions[6].reviewDays })
      .upgrade((transaction) =>
        transaction
          .table<ReviewDayRecord>('reviewDays')
          .toCollection()
          .modify((day) => {
            day.summary = daySummary(day.date, day.reviews)
          }),
      )
    // 7: the import history (features/import). A new, empty store: nothing to move, so no
    // upgrade(); the backup step 6 → 7 adds the empty table, tests/fixtures/schema-v7.json has rows.
    this.version(7).stores({ imports: schemaVersions[7].imports })
    // 8: Coverage finds what carries a framework tag through indexes instead of reading every
    // note, quote, index entry and card on each visit. Notes index their own `tags`; each book
    // gets `tags`, the tags of its rows (db/packed.ts), written here on every stored book.
    this.version(8)
      .stores(taggedStores)
      .upgrade(async (transaction) => {
        await Promise.all([
          transaction
            .table<QuoteBookRecord>('quoteBooks')
            .toCollection()
            .modify((book) => {
              book.tags = rowTags(book.quotes)
            }),
          transaction
            .table<IndexBookRecord>('indexBooks')
            .toCollection()
            .modify((book) => {
              book.tags = rowTags(book.entries)
            }),
          transaction
            .table<ReviewCardBookRecord>('reviewCardBooks')
            .toCollection()
            .modify((book) => {
              book.tags = rowTags(book.cards)
            }),
        ])
      })
    // 9: Coverage computes levels from index keys alone: each note and book gets its `coverage`
    // key (db/coverage-keys.ts), written here on every stored record and by the middleware on
    // every later write.
    this.version(9)
      .stores(coverageKeyStores)
      .upgrade(async (transaction) => {
        await Promise.all(
          (Object.keys(coverageKeyStores) as CoverageStore[]).map((store) =>
            rewrite(transaction.table(store), (record) => withCoverageKey(store, record)),
          ),
        )
      })
    // 10: the derived stores. Each is written afresh from every source record (a database
    // coming from 8 never had coverage keys), and the records lose the `coverage` and
    // `summary` fields with their indexes.
    this.version(10)
      .stores({ ...taggedStores, reviewDays: reviewStores.reviewDays, ...derivedStoreSchemas })
      .upgrade(async (transaction) => {
        // The stores this version added (later ones, such as 11's groups, do not exist yet).
        for (const store of [coverageKeyStore, reviewDaySummaryStore])
          for (const source of store.sources) await deriveAll(transaction, store, source)
        for (const store of coverageStores)
          await rewrite(transaction.table(store), withoutCoverageKey)
        await rewrite(transaction.table('reviewDays'), withoutDaySummary)
      })
    // 11: card books' coverage keys group alike cards; each is written afresh.
    this.version(11)
      .stores(coverageGroupsSchema)
      .upgrade((transaction) => deriveAll(transaction, coverageKeyStore, 'reviewCardBooks'))
    // 12: the study days' summaries, one written here for every stored day.
    this.version(12)
      .stores(studyDaySummarySchema)
      .upgrade((transaction) => deriveAll(transaction, studyDaySummaryStore, 'sessionDays'))
  }
}

/**
 * Inside an upgrade: writes a derived store's records afresh from every record of one of its
 * sources, and deletes those of source records that derive none.
 */
async function deriveAll(
  transaction: Transaction,
  store: DerivedStore,
  source: string,
): Promise<void> {
  const table = transaction.table(source)
  const [records, keys] = await Promise.all([
    table.toArray() as Promise<object[]>,
    table.toCollection().primaryKeys(),
  ])
  const { puts, deletes } = derivedChanges(store, source, records, keys)
  await transaction.table(store.name).bulkPut(puts)
  await transaction.table(store.name).bulkDelete(deletes)
}

/**
 * The schema version of the stored database named `name` (Dexie's, a tenth of IndexedDB's):
 * 0 when there is none, null when the browser cannot list its databases.
 */
async function storedSchemaVersion(name: string): Promise<number | null> {
  try {
    const stored = (await Dexie.dependencies.indexedDB.databases()).find((d) => d.name === name)
    return (stored?.version ?? 0) / 10
  } catch {
    return null
  }
}

/** Replaces each record for which `change` returns a new object (same object: untouched). */
async function rewrite(table: Table, change: (record: object) => object): Promise<void> {
  await table.toCollection().modify((record: object, ref: { value: object }) => {
    const next = change(record)
    if (next !== record) ref.value = next
  })
}

/** A review day without the summary schemas 6 to 9 kept on it (same day when it has none). */
function withoutDaySummary(day: object): object {
  if (!('summary' in day)) return day
  const { summary: _moved, ...rest } = day as ReviewDayRecord
  return rest
}

/** A packed book with `change` applied to each row of its list (same book when none changed). */
function rewriteList(book: object, field: string, change: (row: object) => object): object {
  const rows = (book as Record<string, object[]>)[field] ?? []
  const next = rows.map(change)
  return next.some((row, i) => row !== rows[i]) ? { ...book, [field]: next } : book
}

export const db = new BastionDatabase()

/** Every logical table, in a stable order (backups and dumps iterate this). */
export const tableNames = Object.keys(rowTables) as TableName[]

/** The object store that holds a logical table's rows. */
export function storedTableOf(name: TableName): StoredTableName {
  return (packingOf(name)?.stored ?? name) as StoredTableName
}

/** Every row of a logical table (packed tables unpacked). Inside a transaction, if given one. */
export async function readRows(name: TableName): Promise<unknown[]> {
  return rowsOfRecords(name, await db.table(storedTableOf(name)).toArray())
}

/** A logical table's rows from its stored records: unpacked, without derived keys. */
export function rowsOfRecords(name: TableName, records: readonly unknown[]): unknown[] {
  const packing = packingOf(name)
  if (packing) return packing.unpack(records)
  if (!isCoverageStore(name)) return records as unknown[]
  return records.map((record) => withoutCoverageKey(record as object))
}

/**
 * What to put in the table's object store for these rows (packed tables packed): for writes
 * that go to IndexedDB directly, past Dexie's middleware (a restore). Such a writer puts the
 * records' derived records too (`derivedWrites`).
 */
export function recordsFor(name: TableName, rows: readonly unknown[]): readonly unknown[] {
  const records = packingOf(name)?.pack(rows) ?? rows
  return isCoverageStore(storedTableOf(name))
    ? records.map((record) => withoutCoverageKey(record as object))
    : records
}

/**
 * The derived records that go with records put directly (see `recordsFor`) in the table's
 * store, per derived store: the records to put, and the ids to delete (a source record that
 * derives none). None for a table no derived store follows.
 */
export function derivedWrites(
  name: TableName,
  records: readonly unknown[],
): { store: string; puts: object[]; deletes: unknown[] }[] {
  const source = storedTableOf(name)
  const primaryKey = schemaVersions[CURRENT_SCHEMA_VERSION][source].split(',')[0]!.trim()
  const objects = records as readonly Record<string, unknown>[]
  const keys = objects.map((record) => record[primaryKey])
  return derivedStores
    .filter((store) => store.sources.includes(source))
    .map((store) => ({ store: store.name, ...derivedChanges(store, source, objects, keys) }))
}

export function newId(): string {
  return crypto.randomUUID()
}
