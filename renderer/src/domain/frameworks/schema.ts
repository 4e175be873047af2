import { z } from 'zod'

/**
 * The framework lists that ship in data/frameworks/: IDs, names and links only (the frameworks'
 * texts stay on their own sites). Each file names its source, release and as-of date, and is
 * validated at start-up like the catalog: a bad file stops the app with a message naming the
 * file and field, before anything is read or written.
 */

const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as yyyy-MM-dd')
const httpsUrl = z.string().regex(/^https:\/\/\S+$/, 'must be an https address')
const named = (idPattern: RegExp, what: string) =>
  z.object({ id: z.string().regex(idPattern, `must be ${what}`), name: z.string().trim().min(1) })

const Provenance = {
  framework: z.string().min(1),
  source: z.string().min(1),
  release: z.string().min(1),
  asOf: isoDay,
}

export const OWASP_ID = /^LLM(0[1-9]|10):(\d{4})$/

export const OwaspFile = z
  .object({
    ...Provenance,
    id: z.literal('owasp-llm'),
    license: z.string().min(1),
    current: z.string().regex(/^\d{4}$/),
    note: z.string().optional(),
    editions: z
      .array(
        z.object({
          edition: z.string().regex(/^\d{4}$/, 'must be a year'),
          released: isoDay,
          source: z.string().min(1),
          url: httpsUrl,
          items: z.array(named(OWASP_ID, 'an edition-qualified id like LLM01:2026')).length(10),
        }),
      )
      .min(1),
    mapping: z.object({
      from: z.string(),
      to: z.string(),
      pairs: z.array(z.object({ from: z.string(), to: z.string(), note: z.string().optional() })),
    }),
  })
  .strict()
  .superRefine((file, ctx) => {
    const ids = new Set<string>()
    file.editions.forEach((edition, e) => {
      edition.items.forEach((item, i) => {
        const expected = `LLM${String(i + 1).padStart(2, '0')}:${edition.edition}`
        if (item.id !== expected)
          ctx.addIssue({
            code: 'custom',
            path: ['editions', e, 'items', i, 'id'],
            message: `expected ${expected}, found ${item.id}`,
          })
        ids.add(item.id)
      })
    })
    if (!file.editions.some((edition) => edition.edition === file.current))
      ctx.addIssue({ code: 'custom', path: ['current'], message: `no edition ${file.current}` })
    const from = file.editions.find((edition) => edition.edition === file.mapping.from)
    const mapped = new Set(file.mapping.pairs.map((pair) => pair.from))
    for (const item of from?.items ?? [])
      if (!mapped.has(item.id))
        ctx.addIssue({ code: 'custom', path: ['mapping'], message: `${item.id} is not mapped` })
    file.mapping.pairs.forEach((pair, p) => {
      for (const side of ['from', 'to'] as const)
        if (!ids.has(pair[side]) || !pair[side].endsWith(`:${file.mapping[side]}`))
          ctx.addIssue({
            code: 'custom',
            path: ['mapping', 'pairs', p, side],
            message: `${pair[side]} is no item of the ${file.mapping[side]} edition`,
          })
    })
  })
export type OwaspFile = z.infer<typeof OwaspFile>

const Counts = z.object({
  tactics: z.number().int().nonnegative(),
  techniques: z.number().int().nonnegative(),
  subtechniques: z.number().int().nonnegative(),
  mitigations: z.number().int().nonnegative(),
  caseStudies: z.number().int().nonnegative(),
})

export const AtlasFile = z
  .object({
    ...Provenance,
    id: z.literal('mitre-atlas'),
    releaseNote: z.string().optional(),
    released: isoDay,
    url: httpsUrl,
    license: z.string().min(1),
    counts: Counts,
    tactics: z.array(named(/^AML\.TA\d{4}$/, 'a tactic id like AML.TA0002')),
    techniques: z.array(
      named(/^AML\.T\d{4}$/, 'a technique id like AML.T0051').extend({
        tactics: z.array(z.string()).min(1),
      }),
    ),
    subtechniques: z.array(
      named(/^AML\.T\d{4}\.\d{3}$/, 'a sub-technique id like AML.T0051.000').extend({
        parent: z.string(),
      }),
    ),
    mitigations: z.array(named(/^AML\.M\d{4}$/, 'a mitigation id like AML.M0000')),
  })
  .strict()
  .superRefine((file, ctx) => {
    const lists = ['tactics', 'techniques', 'subtechniques', 'mitigations'] as const
    for (const list of lists)
      if (file[list].length !== file.counts[list])
        ctx.addIssue({
          code: 'custom',
          path: [list],
          message: `release ${file.release} has ${file.counts[list]} ${list}, the file ${file[list].length}`,
        })
    const tactics = new Set(file.tactics.map((t) => t.id))
    const techniques = new Set(file.techniques.map((t) => t.id))
    file.techniques.forEach((technique, i) => {
      for (const tactic of technique.tactics)
        if (!tactics.has(tactic))
          ctx.addIssue({
            code: 'custom',
            path: ['techniques', i, 'tactics'],
            message: `unknown tactic ${tactic}`,
          })
    })
    file.subtechniques.forEach((sub, i) => {
      if (!techniques.has(sub.parent) || !sub.id.startsWith(`${sub.parent}.`))
        ctx.addIssue({
          code: 'custom',
          path: ['subtechniques', i, 'parent'],
          message: `${sub.id} does not belong to a technique ${sub.parent}`,
        })
    })
  })
export type AtlasFile = z.infer<typeof AtlasFile>

export const GsecAreasFile = z
  .object({
    ...Provenance,
    id: z.literal('gsec'),
    certificationId: z.string().min(1),
    url: httpsUrl,
    verified: z.boolean(),
    count: z.number().int().positive(),
    areas: z.array(named(/^[a-z0-9-]+:[a-z0-9-]+$/, 'an area id like cert-giac-gsec:cryptography')),
  })
  .strict()
  .superRefine((file, ctx) => {
    if (file.areas.length !== file.count)
      ctx.addIssue({
        code: 'custom',
        path: ['areas'],
        message: `the file states ${file.count} areas and lists ${file.areas.length}`,
      })
    file.areas.forEach((area, i) => {
      if (!area.id.startsWith(`${file.certificationId}:`))
        ctx.addIssue({
          code: 'custom',
          path: ['areas', i, 'id'],
          message: `must start with ${file.certificationId}:`,
        })
    })
  })
export type GsecAreasFile = z.infer<typeof GsecAreasFile>

export interface Frameworks {
  owasp: OwaspFile
  atlas: AtlasFile
  gsec: GsecAreasFile
}

export class FrameworkError extends Error {
  override name = 'FrameworkError'
}

function parseFile<T>(schema: z.ZodType<T>, input: unknown, file: string): T {
  const result = schema.safeParse(input)
  if (result.success) return result.data
  const problems = result.error.issues
    .slice(0, 10)
    .map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`)
  throw new FrameworkError(
    `The framework list data/frameworks/${file} is malformed:\n${problems.join('\n')}`,
  )
}

/** Parses the three framework files, or throws a FrameworkError naming the file and fields. */
export function parseFrameworks(input: {
  owasp: unknown
  atlas: unknown
  gsec: unknown
}): Frameworks {
  const frameworks = {
    owasp: parseFile(OwaspFile, input.owasp, 'owasp-llm-top10.json'),
    atlas: parseFile(AtlasFile, input.atlas, 'atlas.json'),
    gsec: parseFile(GsecAreasFile, input.gsec, 'gsec-areas.json'),
  }
  const seen = new Set<string>()
  for (const item of allIds(frameworks)) {
    if (seen.has(item)) throw new FrameworkError(`The framework lists repeat the id ${item}.`)
    seen.add(item)
  }
  return frameworks
}

function allIds({ owasp, atlas, gsec }: Frameworks): string[] {
  return [
    ...owasp.editions.flatMap((edition) => edition.items.map((item) => item.id)),
    ...[atlas.tactics, atlas.techniques, atlas.subtechniques, atlas.mitigations].flatMap((list) =>
      list.map((item) => item.id),
    ),
    ...gsec.areas.map((area) => area.id),
  ]
}
