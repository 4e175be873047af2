import { z } from 'zod'

/** ISO calendar day, `yyyy-MM-dd`. */
export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as yyyy-MM-dd')

export const resourceKinds = ['course', 'book', 'guide', 'certification'] as const
export const ResourceKind = z.enum(resourceKinds)
export type ResourceKind = z.infer<typeof ResourceKind>

/** ISO 4217 code; the list of codes a user may pick is checked by `Intl.supportedValuesOf`. */
export const CurrencyCode = z.string().regex(/^[A-Z]{3}$/, 'must be a three-letter ISO 4217 code')

export const Money = z.object({
  /** Integer minor units (cents); never a float. */
  amountMinor: z.number().int().nonnegative().max(100_000_000_00),
  currency: CurrencyCode,
})
export type Money = z.infer<typeof Money>

const httpUrl = z
  .string()
  .url()
  .refine((value) => /^https?:\/\//i.test(value), 'must be an http or https address')

export const FactSource = z.object({
  name: z.string().min(1),
  url: httpUrl.optional(),
  asOf: isoDay,
})

export const ExamFacts = z.object({
  questions: z.number().int().positive(),
  minutes: z.number().int().positive(),
  passMarkPercent: z.number().min(0).max(100),
  source: z.string().min(1),
  asOf: isoDay,
  verified: z.boolean(),
})
export type ExamFacts = z.infer<typeof ExamFacts>

export const CertificationRules = z.object({
  attemptWindowDays: z.number().int().positive(),
  extensionDays: z.number().int().positive(),
  extensionPurchaseGraceDays: z.number().int().nonnegative(),
  retakePurchaseDays: z.number().int().nonnegative(),
  retakeWaitDays: z.number().int().nonnegative(),
  retakeAddsDays: z.number().int().positive(),
  maxFailures: z.number().int().positive(),
  /** null: no checked figure (GIAC confirms none), so the user is sent to their GIAC account. */
  practiceTestsIncluded: z.number().int().nonnegative().nullable(),
  renewalYears: z.number().int().positive(),
  renewalCpeCredits: z.number().int().positive(),
})
export type CertificationRules = z.infer<typeof CertificationRules>

export const CertificationDetails = z.object({
  examFacts: ExamFacts,
  rules: CertificationRules,
  fees: z.array(
    z.object({
      kind: z.enum(['attempt', 'retake', 'extension', 'renewal']),
      ...Money.shape,
      /** No checked source: shown as an editable, unverified default. */
      unverified: z.boolean().optional(),
    }),
  ),
  objectives: z.array(z.string().min(1)).min(1),
  objectivesSource: z.string().min(1),
})
export type CertificationDetails = z.infer<typeof CertificationDetails>

/** The fields of a resource a user sees and may edit (catalog entries and their own). */
export const ResourceFields = z.object({
  kind: ResourceKind,
  title: z.string().trim().min(1, 'a title is required').max(300),
  subtitle: z.string().max(300).optional(),
  authors: z.array(z.string().min(1).max(200)).max(50),
  provider: z.string().max(200).optional(),
  publisher: z.string().max(200).optional(),
  year: z.number().int().min(1900).max(2100).optional(),
  isbn: z.string().max(20).optional(),
  url: httpUrl.optional(),
  format: z.string().max(300).optional(),
  hours: z.number().positive().max(10_000).optional(),
  pages: z.number().int().positive().max(100_000).optional(),
  chapters: z.number().int().positive().max(1_000).optional(),
  modules: z.array(z.string().min(1)).optional(),
  sections: z.array(z.string().min(1)).optional(),
  price: Money.nullable(),
  free: z.boolean(),
  tags: z.array(z.string().trim().min(1).max(60)).max(50),
  description: z.string().max(5_000).optional(),
})
export type ResourceFields = z.infer<typeof ResourceFields>

/** A correction of the source list or of an earlier catalog, with where it was checked. */
export const Correction = z.union([
  z.string().min(1),
  z
    .object({
      text: z.string().min(1),
      source: z.string().min(1),
      url: httpUrl.optional(),
      asOf: isoDay,
    })
    .strict(),
])
export type Correction = z.infer<typeof Correction>

export const CatalogEntry = ResourceFields.extend({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a stable lower-case id'),
  source: FactSource,
  /** Field names whose values are estimates or unconfirmed: shown as editable defaults. */
  unverified: z.array(z.string()).optional(),
  /** Where the seed list was corrected: shown to the user. */
  corrections: z.array(Correction).optional(),
  certification: CertificationDetails.optional(),
}).strict()
export type CatalogEntry = z.infer<typeof CatalogEntry>

export const Catalog = z
  .object({
    catalogVersion: z.number().int().positive(),
    updated: isoDay,
    sourceListDate: isoDay,
    resources: z.array(CatalogEntry).min(1),
  })
  .strict()
  .superRefine((catalog, ctx) => {
    const seen = new Set<string>()
    catalog.resources.forEach((entry, index) => {
      if (seen.has(entry.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['resources', index, 'id'],
          message: `duplicate id "${entry.id}"`,
        })
      }
      seen.add(entry.id)
    })
  })
export type Catalog = z.infer<typeof Catalog>

export class CatalogError extends Error {
  override name = 'CatalogError'
}

/** Parses a catalog, or throws a CatalogError naming the path of every bad field. */
export function parseCatalog(input: unknown): Catalog {
  const result = Catalog.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
  throw new CatalogError(`The catalog is malformed:\n${problems.join('\n')}`)
}
