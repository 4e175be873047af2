import type { ExpenseRecord, IndexEntryRecord, StudySessionRecord } from '../../../db/records'
import type {
  BastionCsvValue,
  ExpenseImport,
  IndexEntryImport,
  SessionImport,
} from './bastion-csv-parse'
import type { ParsedRow, RowFate } from './types'

/**
 * What each row of a Bastion CSV does to the store, worked out without writing: names back to
 * ids, the exported id (or the same content) recognised as the row already there, an edited
 * row as an update that names what changed. Pure: the store comes in as lists.
 */

export interface CsvStore {
  /** Resource titles → ids (a title several resources share is ambiguous). */
  resources: ReadonlyMap<string, readonly string[]>
  /** Attempt labels as the expense export writes them → ids. */
  attempts: ReadonlyMap<string, readonly string[]>
  /** Objective labels as the index export writes them (and ids) → ids. */
  objectives: ReadonlyMap<string, string>
  sessions: readonly StudySessionRecord[]
  expenses: readonly ExpenseRecord[]
  indexEntries: readonly IndexEntryRecord[]
}

type SessionFields = Omit<StudySessionRecord, 'createdAt' | 'updatedAt'>
type ExpenseFields = Omit<ExpenseRecord, 'createdAt' | 'updatedAt'>
type IndexFields = Omit<IndexEntryRecord, 'createdAt' | 'updatedAt' | 'revision'>
export type CsvFields =
  | { table: 'sessions'; fields: SessionFields }
  | { table: 'expenses'; fields: ExpenseFields }
  | { table: 'indexEntries'; fields: IndexFields }

/** A row's fate, and the record it would write (its id empty when a new one is needed). */
export interface CsvDecision {
  fate: RowFate
  record?: CsvFields
}

const fold = (text: string) => text.trim().toLocaleLowerCase('en')

/** A name's one id, or why there is none. */
function resolve(
  map: ReadonlyMap<string, readonly string[]>,
  name: string,
  what: string,
): { id: string } | { error: string } {
  const ids = map.get(fold(name)) ?? []
  if (ids.length === 1) return { id: ids[0]! }
  return ids.length === 0
    ? { error: `No ${what} is named “${name}”.` }
    : { error: `${ids.length} ${what}s are named “${name}”; pick one in Bastion after importing.` }
}

/** The fields compared to tell a duplicate from an update (the id and stamps aside). */
const COMPARED: Record<CsvFields['table'], readonly string[]> = {
  sessions: ['date', 'minutes', 'resourceId', 'covered', 'unitsAdvanced'],
  expenses: [
    'date',
    'description',
    'category',
    'amountMinor',
    'currency',
    'status',
    'resourceId',
    'attemptId',
  ],
  indexEntries: ['term', 'pages', 'resourceId', 'note', 'tags', 'objectiveIds'],
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null)

function changedFields(table: CsvFields['table'], next: object, old: object): string[] {
  const a = next as Record<string, unknown>
  const b = old as Record<string, unknown>
  return COMPARED[table].filter((key) => !same(a[key], b[key]))
}

const FIELD_NAMES: Record<string, string> = {
  resourceId: 'resource',
  attemptId: 'attempt',
  amountMinor: 'amount',
  unitsAdvanced: 'units advanced',
  objectiveIds: 'objectives',
}

export function planCsvRows(
  rows: readonly ParsedRow<BastionCsvValue>[],
  store: CsvStore,
): CsvDecision[] {
  const existing = {
    sessions: new Map(store.sessions.map((r) => [r.id, r as object])),
    expenses: new Map(store.expenses.map((r) => [r.id, r as object])),
    indexEntries: new Map(store.indexEntries.map((r) => [r.id, r as object])),
  }
  const contentKeys = new Map<string, string>()
  const remember = (table: CsvFields['table'], record: object, name: string) =>
    contentKeys.set(contentKey(table, record), name)
  for (const [table, records] of Object.entries(existing) as [
    CsvFields['table'],
    Map<string, object>,
  ][]) {
    for (const record of records.values()) remember(table, record, 'one already in Bastion')
  }
  const seenIds = new Map<string, number>()
  return rows.map((row): CsvDecision => {
    if (row.error || !row.value)
      return { fate: { status: 'error', detail: row.error ?? 'Not readable.' } }
    const built = buildFields(row.value, store)
    if ('error' in built) return { fate: { status: 'error', detail: built.error } }
    const { record, notes } = built
    const note = notes.length > 0 ? ` ${notes.join(' ')}` : ''
    const id = record.fields.id
    if (id) {
      const earlier = seenIds.get(`${record.table}:${id}`)
      if (earlier !== undefined) {
        return { fate: { status: 'duplicate', detail: `Same id as row ${earlier} of this file.` } }
      }
      seenIds.set(`${record.table}:${id}`, row.line)
      const old = existing[record.table].get(id)
      if (old) {
        const changed = changedFields(record.table, record.fields, old)
        if (changed.length === 0) {
          return { fate: { status: 'duplicate', detail: 'Already in Bastion, unchanged.' } }
        }
        const names = changed.map((key) => FIELD_NAMES[key] ?? key).join(', ')
        return { fate: { status: 'update', detail: `Changes ${names}.${note}` }, record }
      }
    }
    const key = contentKey(record.table, record.fields)
    const twin = contentKeys.get(key)
    if (twin) return { fate: { status: 'duplicate', detail: `The same as ${twin}.` } }
    contentKeys.set(key, `row ${row.line} of this file`)
    return { fate: { status: 'new', detail: note.trim() || undefined }, record }
  })
}

function contentKey(table: CsvFields['table'], record: object): string {
  const values = record as Record<string, unknown>
  return `${table}|${COMPARED[table].map((key) => JSON.stringify(values[key] ?? null)).join('|')}`
}

type Built = { record: CsvFields; notes: string[] } | { error: string }

function buildFields(value: BastionCsvValue, store: CsvStore): Built {
  switch (value.kind) {
    case 'session':
      return sessionFields(value, store)
    case 'expense':
      return expenseFields(value, store)
    case 'indexEntry':
      return indexFields(value, store)
  }
}

function sessionFields(value: SessionImport, store: CsvStore): Built {
  const resource = resolve(store.resources, value.resource, 'resource')
  if ('error' in resource) return { error: `${resource.error} Add it first, or fix the name.` }
  return {
    notes: [],
    record: {
      table: 'sessions',
      fields: {
        id: value.id ?? '',
        date: value.date,
        minutes: value.minutes,
        resourceId: resource.id,
        covered: value.covered,
        ...(value.unitsAdvanced === undefined ? {} : { unitsAdvanced: value.unitsAdvanced }),
      },
    },
  }
}

/** An optional link: a name that matches nothing is dropped, and the fate says so. */
function optionalLink(
  map: ReadonlyMap<string, readonly string[]>,
  name: string | undefined,
  what: string,
  notes: string[],
): string | undefined {
  if (!name) return undefined
  const found = resolve(map, name, what)
  if ('id' in found) return found.id
  notes.push(`${found.error} The link is left out.`)
  return undefined
}

function expenseFields(value: ExpenseImport, store: CsvStore): Built {
  const notes: string[] = []
  const resourceId = optionalLink(store.resources, value.resource, 'resource', notes)
  const attemptId = optionalLink(store.attempts, value.attempt, 'exam attempt', notes)
  return {
    notes,
    record: {
      table: 'expenses',
      fields: {
        id: value.id ?? '',
        date: value.date,
        description: value.description,
        category: value.category,
        amountMinor: value.amountMinor,
        currency: value.currency,
        status: value.status,
        ...(resourceId ? { resourceId } : {}),
        ...(attemptId ? { attemptId } : {}),
      },
    },
  }
}

function indexFields(value: IndexEntryImport, store: CsvStore): Built {
  const notes: string[] = []
  const resourceId = optionalLink(store.resources, value.resource, 'resource', notes)
  const objectiveIds: string[] = []
  for (const name of value.objectives) {
    const id = store.objectives.get(fold(name))
    if (id) objectiveIds.push(id)
    else notes.push(`No objective is named “${name}”; it is left out.`)
  }
  return {
    notes,
    record: {
      table: 'indexEntries',
      fields: {
        id: value.id ?? '',
        term: value.term,
        note: value.note,
        pages: value.pages,
        tags: value.tags,
        objectiveIds,
        ...(resourceId ? { resourceId } : {}),
      },
    },
  }
}

/** Names → ids, folded for case; each name keeps every id it names. */
export function nameIndex(entries: Iterable<readonly [string, string]>): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const [name, id] of entries) {
    const key = fold(name)
    const ids = map.get(key) ?? []
    if (!ids.includes(id)) ids.push(id)
    map.set(key, ids)
  }
  return map
}
