import {
  atlasTechniqueItems,
  gsecAreaItems,
  itemCoverage,
  type EvidenceFacts,
  type ItemCoverage,
  type LevelThresholds,
} from '../../domain/coverage'
import type { FrameworkItem } from '../../domain/frameworks'

/** The items Coverage scores: both OWASP editions, the GSEC areas, ATLAS techniques. */
function scoredItems(items: readonly FrameworkItem[]): FrameworkItem[] {
  return [
    ...items.filter((item) => item.framework === 'owasp-llm'),
    ...gsecAreaItems(items),
    ...atlasTechniqueItems(items),
  ]
}

/** What every view reads: each item's coverage. */
export interface CoverageModel {
  coverage: ReadonlyMap<string, ItemCoverage>
  thresholds: LevelThresholds
}

/** The tags whose evidence speaks for an item: its own id, other editions', sub-techniques'. */
export function tagsOf(related: ReadonlyMap<string, readonly string[]>, itemId: string) {
  return related.get(itemId) ?? [itemId]
}

/** Each scored item's coverage from the evidence (or its facts) by tag. */
export function buildModel(
  items: readonly FrameworkItem[],
  related: ReadonlyMap<string, readonly string[]>,
  byTag: ReadonlyMap<string, readonly EvidenceFacts[]>,
  thresholds: LevelThresholds,
): CoverageModel {
  const coverage = new Map<string, ItemCoverage>()
  for (const item of scoredItems(items)) {
    const facts = tagsOf(related, item.id).flatMap((tag) => byTag.get(tag) ?? [])
    coverage.set(item.id, itemCoverage(item.id, facts, thresholds))
  }
  return { coverage, thresholds }
}
