import {
  addMemory,
  coverageStores,
  visitCoverageKeys,
  type CardMemory,
  type CoverageKeyRecord,
  type CoverageStore,
} from '../../db/coverage-keys'

/**
 * The coverage keys of notes and books grouped by framework tags: what Coverage computes levels
 * from. Pure and free of the database and of React, so the keys can be read and grouped in a
 * worker (coverage.worker.ts) as well as in this thread.
 */

/** Records of one kind with the same framework tags: they reach the same items alike. */
export interface KeyGroup {
  tags: string[]
  /** The latest instant any of them was touched (its local day is the fact's day). */
  at: number | undefined
  count: number
  /**
   * Cards only: the memories that can hold the group's best recall at any instant, those no
   * other card beats on both last review and stability (recall grows with both). Suspended and
   * never-reviewed cards recall nothing and are left out.
   */
  memories: CardMemory[]
}

/** Each coverage store's groups. */
export type KeyGroups = Record<CoverageStore, KeyGroup[]>

/** The keys of one store grouped by the framework tags (`ids`) their entries carry. */
function groupsOf(keys: readonly string[], ids: ReadonlySet<string>): KeyGroup[] {
  const groups = new Map<string, KeyGroup>()
  // Per tag list (shared by alike entries): its framework tags and their group, or null.
  const named = new Map<readonly string[], { name: string; tags: string[] } | null>()
  visitCoverageKeys(keys, (rowTags, at, count, memories) => {
    let framework = named.get(rowTags)
    if (framework === undefined) {
      const tags = rowTags.filter((tag) => ids.has(tag))
      framework =
        tags.length === 0
          ? null
          : { name: tags.length === 1 ? tags[0]! : [...tags].sort().join('\u001f'), tags }
      named.set(rowTags, framework)
    }
    if (framework === null) return
    let group = groups.get(framework.name)
    if (!group)
      groups.set(framework.name, (group = { tags: framework.tags, at, count: 0, memories: [] }))
    else if (at !== undefined && (group.at === undefined || at > group.at)) group.at = at
    group.count += count
    if (memories) for (const memory of memories) addMemory(group.memories, memory)
  })
  return [...groups.values()]
}

/** Every store's coverage keys, grouped: the facts' source, in one pass over the keys. */
export function coverageKeyGroups(
  records: readonly Pick<CoverageKeyRecord, 'store' | 'key'>[],
  ids: ReadonlySet<string>,
): KeyGroups {
  const keysByStore = new Map<CoverageStore, string[]>(coverageStores.map((s) => [s, []]))
  for (const { store, key } of records) keysByStore.get(store)?.push(key)
  return Object.fromEntries(
    coverageStores.map((store) => [store, groupsOf(keysByStore.get(store)!, ids)]),
  ) as KeyGroups
}

/** A group's best recall at `now`, by the recall curve `recallOf` (0 with no memory). */
export function bestRecall(
  group: Pick<KeyGroup, 'memories'>,
  now: number,
  recallOf: (memory: { lastReview: number; stability: number }, at: number) => number,
): number {
  let best = 0
  for (const [lastReview, stability] of group.memories) {
    const recall = recallOf({ lastReview, stability }, now)
    if (recall > best) best = recall
  }
  return best
}
