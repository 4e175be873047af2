import { queryOptions, useQuery, type QueryClient } from '@tanstack/react-query'
import { useMemo } from 'react'
import {
  gsecAreaItems,
  isPastRead,
  relatedTags,
  type CoverageSummary,
  type Evidence,
} from '../../domain/coverage'
import {
  editionMapping,
  frameworkItems,
  loadShippedFrameworks,
  type FrameworkItem,
} from '../../domain/frameworks'
import { GSEC_CERTIFICATION_ID } from '../../domain/objectives'
import { usePassMark } from '../exam'
import { useFrameworkItems, useFrameworks } from '../frameworks'
import { predictedRecall, useTargetRetention } from '../review'
import { newCoverageKeysWorker, readCoverageFacts } from './keys-repository'
import type { CoverageKeysWorker } from './keys-worker'
import { buildModel, tagsOf } from './model'
import { coverageTables, readEvidence } from './repository'

const workerKey = ['coverage', 'keys-worker'] as const

/** The tables whose writes stale the grouped coverage keys (db/coverage-groups.ts). */
const coverageKeySources = ['notes', 'quotes', 'indexEntries', 'reviewCards']

/**
 * The coverage worker (keys-worker.ts) for the whole session, held by the query cache rather
 * than by a module. It reads no table, so the change feed leaves it alone; it is never
 * collected.
 */
const coverageWorkerQuery = queryOptions({
  queryKey: workerKey,
  meta: { tables: [] },
  queryFn: newCoverageKeysWorker,
  staleTime: Infinity,
  gcTime: Infinity,
  structuralSharing: false,
})

/** The query of every item's coverage facts: one definition for the page and the prefetch. */
function coverageFactsQuery(items: readonly FrameworkItem[]) {
  return queryOptions({
    queryKey: ['coverage', 'facts'],
    meta: { tables: coverageTables },
    queryFn: ({ client }) =>
      readCoverageFacts(
        { ids: items.map((item) => item.id), now: Date.now(), recallOf: predictedRecall },
        client.getQueryData<CoverageKeysWorker>(workerKey),
      ),
  })
}

/**
 * Starts reading every item's coverage facts unless they are in the cache already: the
 * navigation's link calls it (through `usePrefetchCoverage`, start-up.ts) on hover and on click.
 */
export function prefetchCoverage(client: QueryClient): Promise<void> {
  return client.prefetchQuery(coverageFactsQuery(frameworkItems(loadShippedFrameworks())))
}

/**
 * Keeps the coverage keys grouped for the rest of the session, once the shell's
 * `CoverageKeeper` (start-up.ts) has waited for the first page: starts the worker (which opens
 * the database), and after every write to a note or a quote, index-entry or card book (the
 * change feed) has it group the keys afresh where a write staled them, so that opening Coverage
 * reads them grouped. It draws nothing; its state changes render nothing else.
 */
export function KeepCoverageGroups(): null {
  const { items } = useFrameworkItems()
  const worker = useQuery(coverageWorkerQuery).data
  useQuery({
    queryKey: ['coverage', 'keep-groups'],
    meta: { tables: coverageKeySources },
    enabled: worker !== undefined,
    queryFn: () => worker!.keep(items.map((item) => item.id)),
  })
  return null
}

/**
 * Coverage of every framework item. The facts are read from index keys (keys-repository.ts),
 * not records, at once, beside the review target and the GSEC pass mark (they do not depend
 * on them); the levels are computed from them once both are known. The change feed refreshes
 * the facts when any table they come from changes.
 */
export function useCoverage({ enabled = true }: { enabled?: boolean } = {}) {
  const frameworks = useFrameworks()
  const { items } = useFrameworkItems()
  const related = useMemo(
    () => relatedTags(items, editionMapping(frameworks.owasp)),
    [items, frameworks],
  )
  const retention = useTargetRetention()
  const passMark = usePassMark(GSEC_CERTIFICATION_ID)
  const facts = useQuery({ ...coverageFactsQuery(items), enabled })
  const thresholdsKnown = !retention.isLoading && !passMark.isLoading
  const model = useMemo(
    () =>
      facts.data && thresholdsKnown
        ? buildModel(items, related, facts.data, {
            recallTarget: retention.value,
            passMarkPercent: passMark.value,
          })
        : undefined,
    [facts.data, thresholdsKnown, items, related, retention.value, passMark.value],
  )
  return { model, isLoading: !model && !facts.error, error: facts.error }
}

/**
 * Everything behind one item, each with its words and record id, read when the item is chosen:
 * only the records that carry one of its tags.
 */
export function useItemEvidence(itemId: string) {
  const frameworks = useFrameworks()
  const { items } = useFrameworkItems()
  const related = useMemo(
    () => relatedTags(items, editionMapping(frameworks.owasp)),
    [items, frameworks],
  )
  const tags = tagsOf(related, itemId)
  const query = useQuery({
    queryKey: ['coverage', 'evidence', itemId, tags],
    meta: { tables: coverageTables },
    queryFn: async (): Promise<Evidence[]> => {
      const byTag = await readEvidence({ ids: tags, now: Date.now(), recallOf: predictedRecall })
      return tags.flatMap((tag) => byTag.get(tag) ?? [])
    },
  })
  return { evidence: query.data, error: query.error }
}

/** The Dashboard's line: GSEC areas and current OWASP items past "read". */
export function useCoverageSummary(enabled = true): CoverageSummary | undefined {
  const { model } = useCoverage({ enabled })
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
