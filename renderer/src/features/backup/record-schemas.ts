import { z } from 'zod'
import type { TableName } from '../../db/database'
import { expenseCategories } from '../../db/records'

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

const resourceFields = z
  .object({
    kind: z.enum(['course', 'book', 'guide', 'certification']),
    title: z.string().min(1),
  })
  .passthrough()

export const recordSchemas: Partial<Record<TableName, z.ZodType>> = {
  resources: z
    .object({
      id,
      origin: z.enum(['catalog', 'custom']),
      base: resourceFields,
      overrides: z.object({}).passthrough(),
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
      unitsDone: z.number().optional(),
      unit: progressUnit.optional(),
    })
    .passthrough(),
  notes: z
    .object({
      id,
      resourceId: id.optional(),
      title: text,
      body: text,
      tags,
      objectiveIds: z.array(z.string()),
      ...timestamps,
    })
    .passthrough(),
  quotes: z
    .object({
      id,
      resourceId: id.optional(),
      text,
      locator: text,
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
      ...timestamps,
    })
    .passthrough(),
  attempts: z.object({ id, certificationId: id, startDate: isoDay, ...timestamps }).passthrough(),
  objectives: z
    .object({
      id,
      certificationId: id,
      position: z.number(),
      title: text,
      confidence: z.number(),
      ...timestamps,
    })
    .passthrough(),
  practiceTests: z
    .object({
      id,
      date: isoDay,
      scorePercent: z.number().min(0).max(100),
      attemptId: id.optional(),
      createdAt: instant,
    })
    .passthrough(),
  cpeActivities: z
    .object({ id, date: isoDay, description: text, credits: z.number(), createdAt: instant })
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
 * References between tables. A reference to `resources` may also point to a catalog entry that
 * ships with the app (seeded on start). Add a line here when a feature adds a link.
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
  { table: 'practiceTests', field: 'attemptId', target: 'attempts' },
  { table: 'expenses', field: 'resourceId', target: 'resources' },
  { table: 'expenses', field: 'attemptId', target: 'attempts' },
]
