import Dexie, { type EntityTable } from 'dexie'
import type {
  BudgetRecord,
  CpeActivityRecord,
  ExamAttemptRecord,
  ExpenseRecord,
  IndexEntryRecord,
  MetaRecord,
  NoteRecord,
  ObjectiveRecord,
  PlanItemRecord,
  PracticeTestRecord,
  ProgressEventRecord,
  QuoteRecord,
  ResourceProgressRecord,
  ResourceRecord,
  SettingRecord,
  StudySessionRecord,
} from './records'

export const DATABASE_NAME = 'bastion'

/**
 * Schema history. Once a version has shipped it is never edited: a change is a new
 * `version(n + 1)` with an `upgrade()` and a comment saying why, plus a fixture in tests/fixtures.
 */
export const schemaVersions = {
  1: {
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
  },
} as const

export const CURRENT_SCHEMA_VERSION = 1

export type TableName = keyof (typeof schemaVersions)[typeof CURRENT_SCHEMA_VERSION]

export class BastionDatabase extends Dexie {
  resources!: EntityTable<ResourceRecord, 'id'>
  settings!: EntityTable<SettingRecord, 'key'>
  meta!: EntityTable<MetaRecord, 'key'>
  planItems!: EntityTable<PlanItemRecord, 'id'>
  sessions!: EntityTable<StudySessionRecord, 'id'>
  resourceProgress!: EntityTable<ResourceProgressRecord, 'resourceId'>
  progressEvents!: EntityTable<ProgressEventRecord, 'id'>
  notes!: EntityTable<NoteRecord, 'id'>
  quotes!: EntityTable<QuoteRecord, 'id'>
  indexEntries!: EntityTable<IndexEntryRecord, 'id'>
  attempts!: EntityTable<ExamAttemptRecord, 'id'>
  objectives!: EntityTable<ObjectiveRecord, 'id'>
  practiceTests!: EntityTable<PracticeTestRecord, 'id'>
  cpeActivities!: EntityTable<CpeActivityRecord, 'id'>
  expenses!: EntityTable<ExpenseRecord, 'id'>
  budgets!: EntityTable<BudgetRecord, 'currency'>

  constructor(name = DATABASE_NAME) {
    super(name)
    this.version(1).stores(schemaVersions[1])
  }
}

export const db = new BastionDatabase()

/** Every table of the current schema, in a stable order (backups and dumps iterate this). */
export const tableNames = Object.keys(schemaVersions[CURRENT_SCHEMA_VERSION]) as TableName[]

export function newId(): string {
  return crypto.randomUUID()
}
