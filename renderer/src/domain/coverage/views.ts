import type { FrameworkItem } from '../frameworks/items'
import type { Frameworks } from '../frameworks/schema'
import { levelRank, type CoverageLevel, type ItemCoverage } from './levels'

/** One ATLAS technique with its sub-techniques, as the matrix folds them. */
export interface AtlasTechniqueCell {
  technique: FrameworkItem
  subtechniques: FrameworkItem[]
}

/** One column of the ATLAS matrix: a tactic and its techniques, in the release's order. */
export interface AtlasColumn {
  tactic: FrameworkItem
  techniques: AtlasTechniqueCell[]
}

/** The ATLAS matrix: tactics as columns, techniques beneath (a technique under each tactic). */
export function atlasMatrix(
  frameworks: Frameworks,
  byId: ReadonlyMap<string, FrameworkItem>,
): AtlasColumn[] {
  const subsOf = new Map<string, FrameworkItem[]>()
  for (const sub of frameworks.atlas.subtechniques) {
    const item = byId.get(sub.id)
    if (!item) continue
    const list = subsOf.get(sub.parent) ?? []
    list.push(item)
    subsOf.set(sub.parent, list)
  }
  return frameworks.atlas.tactics.flatMap((tactic) => {
    const tacticItem = byId.get(tactic.id)
    if (!tacticItem) return []
    const techniques = frameworks.atlas.techniques
      .filter((technique) => technique.tactics.includes(tactic.id))
      .flatMap((technique) => {
        const item = byId.get(technique.id)
        return item ? [{ technique: item, subtechniques: subsOf.get(technique.id) ?? [] }] : []
      })
    return [{ tactic: tacticItem, techniques }]
  })
}

/** The items a view shows, in the framework's order. */
export function owaspEditionItems(
  items: readonly FrameworkItem[],
  edition: string,
): FrameworkItem[] {
  return items.filter((item) => item.framework === 'owasp-llm' && item.edition === edition)
}

export function gsecAreaItems(items: readonly FrameworkItem[]): FrameworkItem[] {
  return items.filter((item) => item.framework === 'gsec')
}

/** ATLAS techniques and sub-techniques: what the Navigator layer scores. */
export function atlasTechniqueItems(items: readonly FrameworkItem[]): FrameworkItem[] {
  return items.filter(
    (item) =>
      item.framework === 'mitre-atlas' &&
      (item.kind === 'technique' || item.kind === 'sub-technique'),
  )
}

/** A gap: nothing studied, or only read about. */
export function isGap(level: CoverageLevel): boolean {
  return levelRank(level) <= levelRank('read')
}

/** Past "read": at least noted. The Dashboard's summary counts these. */
export function isPastRead(level: CoverageLevel): boolean {
  return levelRank(level) > levelRank('read')
}

export type GapOrder = 'weight' | 'position'

export interface GapRow {
  item: FrameworkItem
  coverage: ItemCoverage
  /** The item's place in its framework's list, from 0. */
  position: number
  /**
   * How much the exam leans on it, higher first: for a GSEC area, 5 minus the confidence the
   * user gave the objective on the Exam page (unrated counts as 5), so the weakest come first.
   */
  weight?: number
}

/**
 * The gaps of a view: untouched first, then only-read; within each, by weight (heaviest first,
 * then position) or by position alone.
 */
export function coverageGaps(rows: readonly GapRow[], order: GapOrder): GapRow[] {
  return rows
    .filter((row) => isGap(row.coverage.level))
    .sort(
      (a, b) =>
        levelRank(a.coverage.level) - levelRank(b.coverage.level) ||
        (order === 'weight' ? (b.weight ?? 0) - (a.weight ?? 0) : 0) ||
        a.position - b.position,
    )
}

export interface CoverageSummary {
  gsec: { pastRead: number; total: number }
  owasp: { edition: string; pastRead: number; total: number }
}

/** "GSEC 14 of 26 areas past read; OWASP 2026: 6 of 10". */
export function coverageSummaryText(summary: CoverageSummary): string {
  const { gsec, owasp } = summary
  return (
    `GSEC ${gsec.pastRead} of ${gsec.total} areas past read; ` +
    `OWASP ${owasp.edition}: ${owasp.pastRead} of ${owasp.total}`
  )
}
