import { toCsv, type CsvColumn } from '../csv'
import type { FrameworkItem } from '../frameworks/items'
import { levelRank, type CoverageLevel, type ItemCoverage } from './levels'

export interface CoverageRow {
  item: FrameworkItem
  coverage: ItemCoverage
}

const columns: CsvColumn<CoverageRow>[] = [
  { header: 'Framework', value: (r) => r.item.frameworkName },
  { header: 'Edition', value: (r) => r.item.edition },
  { header: 'ID', value: (r) => r.item.id },
  { header: 'Name', value: (r) => r.item.name },
  { header: 'Kind', value: (r) => r.item.kind },
  { header: 'Level', value: (r) => r.coverage.level },
  { header: 'Minutes', value: (r) => r.coverage.minutes },
  { header: 'Last touched', value: (r) => r.coverage.lastTouched ?? '' },
  { header: 'Resources', value: (r) => r.coverage.counts.resource },
  { header: 'Notes', value: (r) => r.coverage.counts.note },
  { header: 'Quotes', value: (r) => r.coverage.counts.quote },
  { header: 'Index entries', value: (r) => r.coverage.counts.indexEntry },
  { header: 'Review cards', value: (r) => r.coverage.counts.reviewCard },
  { header: 'Practice tests', value: (r) => r.coverage.counts.practiceTest },
]

/** Every item with its level, minutes, last-touched day and evidence counts. */
export function coverageCsv(rows: readonly CoverageRow[]): string {
  return toCsv(columns, rows)
}

/** A level as a Navigator score: 0 untouched … 5 tested (the gradient spans the same range). */
export function levelScore(level: CoverageLevel): number {
  return levelRank(level)
}

/** Untouched to tested, light grey to green: the Navigator colours cells by score with these. */
const gradientColors = ['#f2f2f2', '#fde0a6', '#f6c453', '#9fd08a', '#4fae6b', '#1f7a3f']

export interface NavigatorTechnique {
  techniqueID: string
  score: number
  comment: string
  enabled: boolean
  showSubtechniques?: boolean
}

export interface NavigatorLayer {
  name: string
  versions: { layer: string; navigator: string; attack?: string }
  domain: string
  description: string
  sorting: number
  layout: { layout: string; showID: boolean; showName: boolean; expandedSubtechniques: string }
  hideDisabled: boolean
  techniques: NavigatorTechnique[]
  gradient: { colors: string[]; minValue: number; maxValue: number }
  legendItems: { label: string; color: string }[]
  metadata: { name: string; value: string }[]
}

/**
 * An ATLAS Navigator layer (layer format 4.5, domain "atlas-atlas" as the ATLAS Navigator names
 * it): each technique and sub-technique scored by its level, 0 (untouched) to 5 (tested), with
 * the level, minutes and last-touched day in its comment. Tactic is left out, so a technique's
 * score shows under every tactic it belongs to.
 */
export function navigatorLayer(
  rows: readonly CoverageRow[],
  atlasRelease: string,
  exportedOn: string,
): NavigatorLayer {
  const levels = ['untouched', 'read', 'noted', 'indexed', 'recalled', 'tested'] as const
  return {
    name: 'Bastion coverage',
    versions: { layer: '4.5', navigator: '4.9.1' },
    domain: 'atlas-atlas',
    description: `What you have studied of MITRE ATLAS ${atlasRelease}, scored by level (0 untouched to 5 tested), exported from Bastion on ${exportedOn}.`,
    sorting: 0,
    layout: { layout: 'side', showID: true, showName: true, expandedSubtechniques: 'annotated' },
    hideDisabled: false,
    techniques: rows
      .filter((row) => row.item.kind === 'technique' || row.item.kind === 'sub-technique')
      .map(({ item, coverage }) => ({
        techniqueID: item.id,
        score: levelScore(coverage.level),
        comment:
          `${coverage.level}; ${coverage.minutes} min` +
          (coverage.lastTouched ? `; last touched ${coverage.lastTouched}` : ''),
        enabled: true,
      })),
    gradient: { colors: gradientColors, minValue: 0, maxValue: 5 },
    legendItems: levels.map((level, i) => ({ label: level, color: gradientColors[i]! })),
    metadata: [{ name: 'atlas_data_version', value: atlasRelease.replace(/^v/, '') }],
  }
}
