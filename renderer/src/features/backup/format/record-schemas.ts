import { z } from 'zod'
import type { TableName } from '../../../db/database'
import { attemptStatuses, expenseCategories } from '../../../db/records'
import { ResourceFields } from '../../../db/resource-schema'

/**
 * What a row of each table must look like to be restored. Strict on the primary key and on the
 * fields records.ts declares today; `.passthrough()` keeps fields a newer feature added, so a
 * record is never trimmed by a backup round trip. A table without a schema here is still backed
 * up and restored, checked only for its primary key.
 */

const id = z.string().min(1, 'must be a non-empty text id').max(500)
const instant = z.number().int('must be a whole number of milliseconds').nonnegative()
const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as yyyy-MM-dd')
const text = z.string()
const tags = z.array(z.string())
const progressStatus = z.enum(['not-started', 'in-progress', 'done', 'skipped'])
const progressUnit = z.enum(['modules', 'chapters', 'pages', 'sections', 'percent'])
const timestamps = { createdAt: instant, updatedAt: instant }

/** The fields a user sees and edits, as the catalog feature checks them (extra keys kept). */
const resourceFields = ResourceFields.passthrough()
const locator = z
  .object({
    kind: z.enum(['page', 'pages', 'chapter', 'percent', 'text']),
    display: text,
    from: z.number().optional(),
    to: z.number().optional(),
  })
  .passthrough()
const checklistItem = z.object({ id, label: text, done: z.boolean() }).passthrough()
const ids = z.array(id)

export const recordSchemas: Partial<Record<TableName, z.ZodType>> = {
  resources: z
    .object({
      id,
      origin: z.enum(['catalog', 'custom']),
      base: resourceFields,
      overrides: ResourceFields.partial().passthrough(),
      catalog: z.object({ catalogVersion: z.number() }).passthrough().optional(),
      removedFromCatalog: z.boolean().optional(),
      ...timestamps,
    })
    .passthrough(),
  settings: z.object({ key: id, value: z.unknown() }).passthrough(),
  meta: z.object({ key: id, value: z.unknown() }).passthrough(),
  planItems: z
    .object({
      id,
      resourceId: id,
      position: z.number(),
      plannedMinutes: z.number().nonnegative().optional(),
      targetStart: isoDay.optional(),
      targetFinish: isoDay.optional(),
      addedAt: instant,
    })
    .passthrough(),
  sessions: z
    .object({
      id,
      date: isoDay,
      minutes: z.number().nonnegative(),
      resourceId: id,
      covered: text,
      unitsAdvanced: z.number().optional(),
      ...timestamps,
    })
    .passthrough(),
  resourceProgress: z
    .object({
      resourceId: id,
      status: progressStatus,
      completedOn: isoDay.optional(),
      unitsDone: z.number().nonnegative().optional(),
      unitsTotal: z.number().nonnegative().optional(),
      unit: progressUnit.optional(),
      certificate: text.optional(),
      updatedAt: instant,
    })
    .passthrough(),
  progressEvents: z
    .object({
      id,
      resourceId: id,
      at: instant,
      status: progressStatus.optional(),
      unitsDone: z.number().nonnegative().optional(),
      unitsTotal: z.number().nonnegative().optional(),
      unit: progressUnit.optional(),
      completedOn: isoDay.optional(),
      note: text.optional(),
    })
    .passthrough(),
  notes: z
    .object({
      id,
      resourceId: id.optional(),
      title: text,
      body: text,
      tags,
      objectiveIds: ids,
      ...timestamps,
    })
    .passthrough(),
  quotes: z
    .object({
      id,
      resourceId: id.optional(),
      text,
      locator: locator.nullable(),
      comment: text,
      tags,
      ...timestamps,
    })
    .passthrough(),
  indexEntries: z
    .object({
      id,
      term: text,
      note: text,
      resourceId: id.optional(),
      pages: text,
      tags,
      objectiveIds: ids,
      ...timestamps,
    })
    .passthrough(),
  attempts: z
    .object({
      id,
      certificationId: id,
      startDate: isoDay,
      deadlineOverride: isoDay.optional(),
      examDate: isoDay.optional(),
      examTime: text.optional(),
      timeZone: text.optional(),
      delivery: z.enum(['remote', 'test-centre']),
      status: z.enum(attemptStatuses),
      failedOn: isoDay.optional(),
      failures: z.number().int().nonnegative().optional(),
      passedOn: isoDay.optional(),
      checklist: z.array(checklistItem),
      ...timestamps,
    })
    .passthrough(),
  objectives: z
    .object({
      id,
      certificationId: id,
      position: z.number(),
      title: text,
      confidence: z.number().min(0).max(5).nullable(),
      resourceIds: ids,
      lastReviewed: isoDay.optional(),
      ...timestamps,
    })
    .passthrough(),
  practiceTests: z
    .object({
      id,
      certificationId: id,
      date: isoDay,
      scorePercent: z.number().min(0).max(100),
      label: text.optional(),
      weakObjectiveIds: ids,
      createdAt: instant,
    })
    .passthrough(),
  cpeActivities: z
    .object({
      id,
      certificationId: id,
      date: isoDay,
      description: text,
      credits: z.number(),
      createdAt: instant,
    })
    .passthrough(),
  expenses: z
    .object({
      id,
      date: isoDay,
      description: text,
      category: z.enum(expenseCategories),
      amountMinor: z.number().int('must be whole minor units (cents)'),
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code'),
      status: z.enum(['planned', 'paid']),
      resourceId: id.optional(),
      attemptId: id.optional(),
      ...timestamps,
    })
    .passthrough(),
  budgets: z
    .object({
      currency: z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter currency code'),
      amountMinor: z.number().int('must be whole minor units (cents)'),
    })
    .passthrough(),
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
]
