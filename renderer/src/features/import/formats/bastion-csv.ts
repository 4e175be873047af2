import { newId } from '../../../db/database'
import type {
  ExamAttemptRecord,
  ExpenseRecord,
  IndexEntryRecord,
  ResourceRecord,
  StudySessionRecord,
} from '../../../db/records'
import { toResource } from '../../../db/resource'
import { attemptLabel } from '../../../domain/exam-name'
import { loadShippedFrameworks } from '../../../domain/frameworks'
import { objectiveChoices } from '../../notes'
import { bastionCsvParser, type BastionCsvValue } from './bastion-csv-parse'
import { nameIndex, planCsvRows, type CsvFields, type CsvStore } from './bastion-csv-plan'
import type { ImportedRef, ImportLookup } from './types'
import { defineFormat } from './types'

async function storeOf(lookup: ImportLookup): Promise<CsvStore> {
  const [records, attempts, sessions, expenses, indexEntries] = await Promise.all([
    lookup.rows<ResourceRecord>('resources'),
    lookup.rows<ExamAttemptRecord>('attempts'),
    lookup.rows<StudySessionRecord>('sessions'),
    lookup.rows<ExpenseRecord>('expenses'),
    lookup.rows<IndexEntryRecord>('indexEntries'),
  ])
  const resources = records.map(toResource)
  const titles = new Map(resources.map((r) => [r.id, r.title]))
  const choices = objectiveChoices(resources, loadShippedFrameworks())
  const objectives = new Map<string, string>()
  for (const choice of choices) {
    objectives.set(choice.id.toLocaleLowerCase('en'), choice.id)
    objectives.set(choice.label.trim().toLocaleLowerCase('en'), choice.id)
  }
  return {
    resources: nameIndex(resources.map((r) => [r.title, r.id] as const)),
    attempts: nameIndex(
      attempts.map(
        (a) => [attemptLabel(titles.get(a.certificationId), a.startDate), a.id] as const,
      ),
    ),
    objectives,
    sessions,
    expenses,
    indexEntries,
  }
}

function labelOf(record: CsvFields): string {
  switch (record.table) {
    case 'sessions':
      return `Session on ${record.fields.date} (${record.fields.minutes} min)`
    case 'expenses':
      return `Expense “${record.fields.description}” on ${record.fields.date}`
    case 'indexEntries':
      return `Index entry “${record.fields.term}”`
  }
}

/** Sessions, expenses and index entries from Bastion's own CSV, new rows added, edits applied. */
export const bastionCsvFormat = defineFormat<BastionCsvValue>({
  parser: bastionCsvParser,
  async plan(rows, lookup) {
    return planCsvRows(rows, await storeOf(lookup)).map((decision) => decision.fate)
  },
  async apply(rows, { now, lookup, put }) {
    const store = await storeOf(lookup)
    const decisions = planCsvRows(rows, store)
    const before = {
      sessions: new Map<string, object>(store.sessions.map((r) => [r.id, r])),
      expenses: new Map<string, object>(store.expenses.map((r) => [r.id, r])),
      indexEntries: new Map<string, object>(store.indexEntries.map((r) => [r.id, r])),
    }
    const writes = { sessions: [], expenses: [], indexEntries: [] } as Record<
      CsvFields['table'],
      Record<string, unknown>[]
    >
    const refs: ImportedRef[] = []
    for (const { fate, record } of decisions) {
      if (!record || (fate.status !== 'new' && fate.status !== 'update')) continue
      const old = record.fields.id ? before[record.table].get(record.fields.id) : undefined
      const id = record.fields.id || newId()
      const previous = old as { createdAt?: number; revision?: number } | undefined
      writes[record.table].push({
        ...record.fields,
        id,
        createdAt: previous?.createdAt ?? now,
        updatedAt: now,
        ...(record.table === 'indexEntries' && previous
          ? { revision: (previous.revision ?? 0) + 1 }
          : {}),
      })
      refs.push({
        table: record.table,
        id,
        label: labelOf(record),
        ...(old ? { before: old } : {}),
      })
    }
    for (const table of Object.keys(writes) as CsvFields['table'][]) {
      await put(table, writes[table])
    }
    return refs
  },
})
