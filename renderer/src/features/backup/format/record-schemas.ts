import { z } from 'zod'
import type { TableName } from '../../../db/database'
import { attemptStatuses, expenseCategories } from '../../../db/records'
import { CatalogEntry, ResourceFields } from '../../../db/resource-schema'
import { FORBIDDEN_KEYS, MAX_TEXT_CHARS } from './safe-json'

/**
 * What a row of each table must look like to be restored, and what is stored: the parsed value,
 * with fields records.ts does not declare stripped. Every text, number and list is bounded (a
 * hostile file cannot store a 60 MB title or a 1e308 minute count). A table without a schema
 * here is still backed up and restored, checked only for its primary key (and the bounds
 * `safe-json.ts` applies to every file).
 * `revision` counts a record's saves: an editor that saves from an older revision is shown a
 * conflict instead of overwriting (records written before revisions existed have none: 0).
 */

/** A record key that can never become `__proto__`, `constructor` or `prototype` anywhere. */
export function isSafeKey(value: string): boolean {
  return !FORBIDDEN_KEYS.has(value)
}

const id = z
  .string()
  .min(1, 'must be a non-empty text id')
  .max(500)
  .refine(isSafeKey, 'must not be a reserved word (__proto__, constructor, prototype)')
/** Epoch milliseconds up to the last instant a JavaScript Date can hold. */
const instant = z.number().int('must be a whole number of milliseconds').nonnegative().max(8.64e15)
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as yyyy-MM-dd')
const text = z.string().max(MAX_TEXT_CHARS)
const shortText = z.string().max(10_000)
const tags = z.array(z.string().max(1_000)).max(1_000)
const count = z.number().nonnegative().max(1_000_000)
const position = z.number().min(-1e12).max(1e12)
const revision = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER).optional()
const minorUnits = z.number().int('must be whole minor units (cents)').min(-1e15).max(1e15)
const currency = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code')
const progressStatus = z.enum(['not-started', 'in-progress', 'done', 'skipped'])
const progressUnit = z.enum(['modules', 'chapters', 'pages', 'sections', 'percent'])
const timestamps = { createdAt: instant, updatedAt: instant, revision }

const locator = z.object({
  kind: z.enum(['page', 'pages', 'chapter', 'percent', 'text']),
  display: shortText,
  from: z.number().min(-1e9).max(1e9).optional(),
  to: z.number().min(-1e9).max(1e9).optional(),
})
const checklistItem = z.object({ id, label: shortText, done: z.boolean() })
const ids = z.array(id).max(10_000)
/** The catalog facts a catalog resource keeps beside its fields (see ResourceRecord.catalog). */
const catalogFacts = CatalogEntry.pick({
  source: true,
  unverified: true,
  corrections: true,
  certification: true,
})
  .partial()
  .extend({ catalogVersion: z.number().int().nonnegative().max(1e9) })

export const recordSchemas: Partial<Record<TableName, z.ZodType>> = {
  resources: z.object({
    id,
    origin: z.enum(['catalog', 'custom']),
    base: ResourceFields,
    overrides: ResourceFields.partial(),
    catalog: catalogFacts.optional(),
    removedFromCatalog: z.boolean().optional(),
    ...timestamps,
  }),
  settings: z.object({ key: id, value: z.unknown() }),
  meta: z.object({ key: id, value: z.unknown() }),
  planItems: z.object({
    id,
    resourceId: id,
    position,
    plannedMinutes: count.optional(),
    targetStart: isoDay.optional(),
    targetFinish: isoDay.optional(),
    addedAt: instant,
    updatedAt: instant.optional(),
    revision,
  }),
  sessions: z.object({
    id,
    date: isoDay,
    minutes: count,
    resourceId: id,
    covered: text,
    unitsAdvanced: z.number().min(-1_000_000).max(1_000_000).optional(),
    ...timestamps,
  }),
  resourceProgress: z.object({
    resourceId: id,
    status: progressStatus,
    completedOn: isoDay.optional(),
    unitsDone: count.optional(),
    unitsTotal: count.optional(),
    unit: progressUnit.optional(),
    certificate: text.optional(),
    updatedAt: instant,
    revision,
  }),
  progressEvents: z.object({
    id,
    resourceId: id,
    at: instant,
    status: progressStatus.optional(),
    unitsDone: count.optional(),
    unitsTotal: count.optional(),
    unit: progressUnit.optional(),
    completedOn: isoDay.optional(),
    note: text.optional(),
  }),
  notes: z.object({
    id,
    resourceId: id.optional(),
    title: text,
    body: text,
    tags,
    objectiveIds: ids,
    ...timestamps,
  }),
  quotes: z.object({
    id,
    resourceId: id.optional(),
    text,
    locator: locator.nullable(),
    comment: text,
    tags,
    ...timestamps,
  }),
  indexEntries: z.object({
    id,
    term: text,
    note: text,
    resourceId: id.optional(),
    pages: text,
    tags,
    objectiveIds: ids,
    ...timestamps,
  }),
  attempts: z.object({
    id,
    certificationId: id,
    startDate: isoDay,
    deadlineOverride: isoDay.optional(),
    examDate: isoDay.optional(),
    examTime: shortText.optional(),
    timeZone: shortText.optional(),
    delivery: z.enum(['remote', 'test-centre']),
    status: z.enum(attemptStatuses),
    failedOn: isoDay.optional(),
    failures: z.number().int().nonnegative().max(1_000).optional(),
    passedOn: isoDay.optional(),
    checklist: z.array(checklistItem).max(10_000),
    ...timestamps,
  }),
  objectives: z.object({
    id,
    certificationId: id,
    position,
    title: text,
    confidence: z.number().min(0).max(5).nullable(),
    resourceIds: ids,
    lastReviewed: isoDay.optional(),
    ...timestamps,
  }),
  practiceTests: z.object({
    id,
    certificationId: id,
    date: isoDay,
    scorePercent: z.number().min(0).max(100),
    label: text.optional(),
    weakObjectiveIds: ids,
    createdAt: instant,
    revision,
  }),
  cpeActivities: z.object({
    id,
    certificationId: id,
    date: isoDay,
    description: text,
    credits: z.number().min(-1_000_000).max(1_000_000),
    createdAt: instant,
    revision,
  }),
  expenses: z.object({
    id,
    date: isoDay,
    description: text,
    category: z.enum(expenseCategories),
    amountMinor: minorUnits,
    currency,
    status: z.enum(['planned', 'paid']),
    resourceId: id.optional(),
    attemptId: id.optional(),
    ...timestamps,
  }),
  budgets: z.object({ currency, amountMinor: minorUnits, revision }),
  reviewCards: z.object({
    id,
    kind: z.enum(['cloze', 'qa']),
    front: text,
    back: text,
    source: z
      .object({ kind: z.enum(['note', 'quote', 'indexEntry']), id, seenUpdatedAt: instant })
      .optional(),
    resourceId: id.optional(),
    tags,
    objectiveIds: ids,
    suspended: z.boolean(),
    memory: z.object({
      due: instant,
      stability: count,
      difficulty: count,
      elapsedDays: count,
      scheduledDays: count,
      learningSteps: z.number().int().nonnegative().max(1_000),
      reps: z.number().int().nonnegative().max(1_000_000),
      lapses: z.number().int().nonnegative().max(1_000_000),
      state: z.number().int().min(0).max(3),
      lastReview: instant.optional(),
    }),
    ...timestamps,
  }),
  reviewLogs: z.object({
    id,
    cardId: id,
    date: isoDay,
    at: instant,
    rating: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
    state: z.number().int().min(0).max(3),
    due: instant,
    stability: count,
    difficulty: count,
    scheduledDays: count,
    learningSteps: z.number().int().nonnegative().max(1_000),
    durationMs: z.number().nonnegative().max(86_400_000),
  }),
  imports: z.object({
    id,
    at: instant,
    formatId: shortText,
    formatLabel: shortText,
    fileName: shortText,
    rows: z
      .array(
        z.object({
          line: z.number().int().nonnegative().max(1e9),
          kind: shortText,
          label: shortText,
          status: z.enum(['new', 'update', 'duplicate', 'error', 'skip', 'unticked']),
          detail: text,
        }),
      )
      .max(1_000_000),
    added: z
      .array(
        z.object({
          table: shortText,
          id,
          label: shortText,
          // The row as it was before the import changed it: any row of any table.
          before: z.unknown().optional(),
          fingerprint: shortText,
        }),
      )
      .max(1_000_000),
    undoneAt: instant.optional(),
    keptOnUndo: z.array(shortText).max(1_000_000).optional(),
  }),
}

/** A field that names a row of another table. Optional fields are checked when present. */
export interface Reference {
  table: TableName
  field: string
  target: TableName
}

/**
 * References between tables that must resolve. A reference to `resources` may also point to a
 * catalog entry that ships with the app (seeded on start). Add a line here when a feature adds a
 * link whose target can never be deleted while the link exists.
 *
 * Checked: resource links that the catalog protects (deleting a custom resource is refused, and a
 * catalog merge keeps an entry, while a plan item, session, progress, note, quote, index entry or
 * expense uses it; progress events are written together with progress), and the certification
 * of exam records.
 *
 * Deliberately NOT checked, because the features leave them dangling and a backup of a healthy
 * database must restore:
 * - notes/indexEntries.objectiveIds and practiceTests.weakObjectiveIds: deleting an objective
 *   does not clean them, and notes also hold OWASP ids ('LLM01'…) that are no table's rows;
 * - objectives.resourceIds: deleting a custom resource does not look at objectives;
 * - expenses.attemptId: deleting an exam attempt keeps its expenses (money really spent).
 */
export const references: readonly Reference[] = [
  { table: 'planItems', field: 'resourceId', target: 'resources' },
  { table: 'sessions', field: 'resourceId', target: 'resources' },
  { table: 'resourceProgress', field: 'resourceId', target: 'resources' },
  { table: 'progressEvents', field: 'resourceId', target: 'resources' },
  { table: 'notes', field: 'resourceId', target: 'resources' },
  { table: 'quotes', field: 'resourceId', target: 'resources' },
  { table: 'indexEntries', field: 'resourceId', target: 'resources' },
  { table: 'attempts', field: 'certificationId', target: 'resources' },
  { table: 'objectives', field: 'certificationId', target: 'resources' },
  { table: 'practiceTests', field: 'certificationId', target: 'resources' },
  { table: 'cpeActivities', field: 'certificationId', target: 'resources' },
  { table: 'expenses', field: 'resourceId', target: 'resources' },
  // Deleting a card deletes its log with it (features/review/repository.ts).
  { table: 'reviewLogs', field: 'cardId', target: 'reviewCards' },
]
