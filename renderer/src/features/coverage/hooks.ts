import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  atlasTechniqueItems,
  gsecAreaItems,
  isPastRead,
  itemCoverage,
  relatedTags,
  type CoverageSummary,
  type Evidence,
  type ItemCoverage,
  type LevelThresholds,
} from '../../domain/coverage'
import { editionMapping, type FrameworkItem } from '../../domain/frameworks'
import { GSEC_CERTIFICATION_ID } from '../../domain/objectives'
import { usePassMark } from '../exam'
import { useFrameworkItems, useFrameworks } from '../frameworks'
import { predictedRecall, useTargetRetention } from '../review'
import { coverageTables, readEvidence, type EvidenceByTag } from './repository'

/** The items Coverage scores: both OWASP editions, the GSEC areas, ATLAS techniques. */
function scoredItems(items: readonly FrameworkItem[]): FrameworkItem[] {
  return [
    ...items.filter((item) => item.framework === 'owasp-llm'),
    ...gsecAreaItems(items),
    ...atlasTechniqueItems(items),
  ]
}

/** What every view reads: each item's coverage and the evidence behind it. */
export interface CoverageModel {
  coverage: ReadonlyMap<string, ItemCoverage>
  evidenceOf: (itemId: string) => Evidence[]
  thresholds: LevelThresholds
}

function buildModel(
  items: readonly FrameworkItem[],
  related: ReadonlyMap<string, readonly string[]>,
  byTag: EvidenceByTag,
  thresholds: LevelThresholds,
): CoverageModel {
  const evidenceOf = (itemId: string) =>
    (related.get(itemId) ?? [itemId]).flatMap((tag) => byTag.get(tag) ?? [])
  const coverage = new Map<string, ItemCoverage>()
  for (const item of scoredItems(items))
    coverage.set(item.id, itemCoverage(item.id, evidenceOf(item.id), thresholds))
  return { coverage, evidenceOf, thresholds }
}

/**
 * Coverage of every framework item, computed in the query (so a second visit paints from the
 * cache without computing anything) once the review target and the GSEC pass mark are known.
 * The change feed refreshes it when any table it reads changes.
 */
export function useCoverage() {
  const frameworks = useFrameworks()
  const { items } = useFrameworkItems()
  const related = useMemo(
    () => relatedTags(items, editionMapping(frameworks.owasp)),
    [items, frameworks],
  )
  const retention = useTargetRetention()
  const passMark = usePassMark(GSEC_CERTIFICATION_ID)
  const query = useQuery({
    queryKey: ['coverage', 'model', retention.value, passMark.value],
    meta: { tables: coverageTables },
    enabled: !retention.isLoading && !passMark.isLoading,
    // A changed target or pass mark recomputes; the page keeps showing the last levels meanwhile.
    placeholderData: keepPreviousData,
    queryFn: async () => {
      const ids = items.map((item) => item.id)
      const byTag = await readEvidence({ ids, now: Date.now(), recallOf: predictedRecall })
      return buildModel(items, related, byTag, {
        recallTarget: retention.value,
        passMarkPercent: passMark.value,
      })
    },
  })
  return { model: query.data, isLoading: !query.data && !query.error, error: query.error }
}

/** The Dashboard's line: GSEC areas and current OWASP items past "read". */
export function useCoverageSummary(): CoverageSummary | undefined {
  const { model } = useCoverage()
  const frameworks = useFrameworks()
  const { items } = useFrameworkItems()
  return useMemo(() => {
    if (!model) return undefined
    const count = (list: readonly FrameworkItem[]) =>
      list.filter((item) => isPastRead(model.coverage.get(item.id)?.level ?? 'untouched')).length
    const gsec = gsecAreaItems(items)
    const edition = frameworks.owasp.current
    const owasp = items.filter((i) => i.framework === 'owasp-llm' && i.edition === edition)
    return {
      gsec: { pastRead: count(gsec), total: gsec.length },
      owasp: { edition, pastRead: count(owasp), total: owasp.length },
    }
  }, [model, items, frameworks])
}
