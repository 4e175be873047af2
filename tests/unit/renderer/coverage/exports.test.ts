import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import {
  coverageCsv,
  coverageGaps,
  coverageSummaryText,
  emptyCounts,
  navigatorLayer,
  relatedTags,
  atlasMatrix,
  type CoverageLevel,
  type CoverageRow,
} from '@renderer/domain/coverage'
import {
  editionMapping,
  frameworkItems,
  itemsById,
  loadShippedFrameworks,
} from '@renderer/domain/frameworks'

const frameworks = loadShippedFrameworks()
const items = frameworkItems(frameworks)
const byId = itemsById(items)
const row = (id: string, level: CoverageLevel, minutes = 0, lastTouched?: string): CoverageRow => ({
  item: byId.get(id)!,
  coverage: { itemId: id, level, minutes, lastTouched, counts: { ...emptyCounts(), note: 1 } },
})

/**
 * The required fields of the ATT&CK Navigator layer format 4.5 (LAYERFORMATv4_5.md in
 * mitre-attack/attack-navigator), which the ATLAS Navigator reads: name, domain, versions with
 * navigator ≥ 4.9.0 and layer "4.5"; each technique a techniqueID, optional numeric score;
 * a gradient of at least two colours with maxValue > minValue; legend items with label and
 * colour.
 */
const hex = z.string().regex(/^#[0-9a-fA-F]{6}$/)
const NavigatorLayerSchema = z
  .object({
    name: z.string().min(1),
    domain: z.literal('atlas-atlas'),
    description: z.string().optional(),
    versions: z.object({
      layer: z.literal('4.5'),
      navigator: z.string().refine((v) => {
        const [major = 0, minor = 0] = v.split('.').map(Number)
        return major > 4 || (major === 4 && minor >= 9)
      }, 'navigator must be at least 4.9.0'),
      attack: z.string().optional(),
    }),
    sorting: z.union([z.literal(0), z.literal(1), z.literal(2), z.literal(3)]).optional(),
    hideDisabled: z.boolean().optional(),
    layout: z
      .object({
        layout: z.enum(['side', 'flat', 'mini']).optional(),
        showID: z.boolean().optional(),
        showName: z.boolean().optional(),
        expandedSubtechniques: z.enum(['none', 'all', 'annotated']).optional(),
      })
      .strict()
      .optional(),
    techniques: z.array(
      z.object({
        techniqueID: z.string().regex(/^AML\.T\d{4}(\.\d{3})?$/),
        tactic: z.string().optional(),
        comment: z.string().optional(),
        enabled: z.boolean().optional(),
        score: z.number().optional(),
        color: z.string().optional(),
        showSubtechniques: z.boolean().optional(),
      }),
    ),
    gradient: z
      .object({ colors: z.array(hex).min(2), minValue: z.number(), maxValue: z.number() })
      .refine((g) => g.maxValue > g.minValue, 'maxValue must be more than minValue'),
    legendItems: z.array(z.object({ label: z.string(), color: hex })).optional(),
    metadata: z.array(z.object({ name: z.string(), value: z.string() })).optional(),
  })
  .strict()

describe('the ATLAS Navigator layer', () => {
  const rows = [
    row('AML.T0051', 'noted', 30, '2026-11-02'),
    row('AML.T0051.000', 'tested'),
    row('AML.T0000', 'untouched'),
    row('LLM01:2026', 'indexed'),
  ]
  const layer = navigatorLayer(rows, frameworks.atlas.release, '2026-12-05')

  it('is a valid layer of format 4.5 after a JSON round trip', () => {
    const parsed = NavigatorLayerSchema.safeParse(JSON.parse(JSON.stringify(layer)))
    expect(parsed.success, JSON.stringify(parsed.error?.issues)).toBe(true)
  })

  it('scores each ATLAS technique by its level and leaves other frameworks out', () => {
    expect(layer.techniques.map((t) => [t.techniqueID, t.score])).toEqual([
      ['AML.T0051', 2],
      ['AML.T0051.000', 5],
      ['AML.T0000', 0],
    ])
    expect(layer.techniques[0]!.comment).toBe('noted; 30 min; last touched 2026-11-02')
  })
})

describe('the coverage CSV', () => {
  it('has a row per item with its level, minutes and evidence counts', () => {
    const csv = coverageCsv([row('LLM01:2026', 'noted', 45, '2026-11-02')])
    const [header, line] = csv
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n')
    expect(header).toBe(
      'Framework,Edition,ID,Name,Kind,Level,Minutes,Last touched,Resources,Notes,Quotes,Index entries,Review cards,Practice tests',
    )
    expect(line).toBe(
      'OWASP LLM Top 10,2026,LLM01:2026,Prompt Injection,risk,noted,45,2026-11-02,0,1,0,0,0,0',
    )
  })
})

describe('gaps', () => {
  it('lists untouched then only-read items, by weight then position', () => {
    const rows = [
      { ...row('cert-giac-gsec:cryptography', 'read'), position: 1, weight: 5 },
      { ...row('cert-giac-gsec:defense-in-depth', 'untouched'), position: 3, weight: 1 },
      { ...row('cert-giac-gsec:endpoint-security', 'untouched'), position: 6, weight: 4 },
      { ...row('cert-giac-gsec:linux-fundamentals', 'noted'), position: 8, weight: 5 },
    ]
    const ids = (order: 'weight' | 'position') =>
      coverageGaps(rows, order).map((gap) => gap.item.id.split(':')[1])
    expect(ids('weight')).toEqual(['endpoint-security', 'defense-in-depth', 'cryptography'])
    expect(ids('position')).toEqual(['defense-in-depth', 'endpoint-security', 'cryptography'])
  })
})

describe('related tags and the matrix', () => {
  it('counts the other edition of an OWASP item and the sub-techniques of a technique', () => {
    const related = relatedTags(items, editionMapping(frameworks.owasp))
    expect(related.get('LLM01:2026')).toEqual(['LLM01:2026', 'LLM01:2025'])
    expect(related.get('LLM04:2026')).toContain('LLM03:2025')
    expect(related.get('AML.T0051')).toContain('AML.T0051.000')
  })

  it('has a column per tactic with its techniques and their sub-techniques folded', () => {
    const matrix = atlasMatrix(frameworks, byId)
    expect(matrix).toHaveLength(frameworks.atlas.tactics.length)
    const all = matrix.flatMap((column) => column.techniques)
    const injection = all.find((cell) => cell.technique.id === 'AML.T0051')!
    expect(injection.subtechniques.map((s) => s.id)).toContain('AML.T0051.000')
  })

  it('says the summary in one line', () => {
    expect(
      coverageSummaryText({
        gsec: { pastRead: 14, total: 26 },
        owasp: { edition: '2026', pastRead: 6, total: 10 },
      }),
    ).toBe('GSEC 14 of 26 areas past read; OWASP 2026: 6 of 10')
  })
})
