import { visitCoverageKeys, type CoverageStore } from '../../db/coverage-keys'
import { db } from '../../db/database'
import type { CoverageKey } from '../../db/records'
import type { EvidenceFacts, EvidenceKind } from '../../domain/coverage'
import { localDayOf } from '../../domain/dates'
import {
  addPracticeTest,
  addResourceEvidence,
  evidenceCollector,
  type AddEvidence,
  type EvidenceQuery,
} from './repository'

/** What levels are computed from, by the tag that links it; only framework tags appear. */
export type FactsByTag = Map<string, EvidenceFacts[]>

const kindOfStore: Readonly<Record<CoverageStore, EvidenceKind>> = {
  notes: 'note',
  quoteBooks: 'quote',
  indexBooks: 'indexEntry',
  reviewCardBooks: 'reviewCard',
}

/** Records of one kind with the same framework tags: they reach the same items alike. */
interface Group {
  tags: string[]
  /** The latest instant any of them was touched (its local day is the fact's day). */
  at: number | undefined
  count: number
  recall: number
}

/**
 * The facts behind every item's level: the coverage keys of notes and books (their own store,
 * db/coverage-keys.ts, read in one request), never the records with their text, plus resources
 * and practice tests as `readEvidence` reads them. Records of one kind with the same framework
 * tags become one fact with their count, latest day and best recall: an item counts each group
 * once, as it counts a record reached through two of its tags once.
 */
export async function readCoverageFacts(query: EvidenceQuery): Promise<FactsByTag> {
  const ids = new Set(query.ids)
  const { byTag, add } = evidenceCollector<EvidenceFacts>(ids)
  const [stored, , tests] = await Promise.all([
    db.coverageKeys.toArray(),
    db.resources.toArray().then((resources) => addResourceEvidence(resources, ids, add)),
    db.practiceTests.toArray(),
  ])
  const keysByStore = new Map<CoverageStore, CoverageKey[]>()
  for (const { store, key } of stored) {
    const keys = keysByStore.get(store)
    if (keys) keys.push(key)
    else keysByStore.set(store, [key])
  }
  for (const [store, kind] of Object.entries(kindOfStore) as [CoverageStore, EvidenceKind][])
    addGroups(kind, groupsOf(keysByStore.get(store) ?? [], ids, query), add)
  for (const test of tests) addPracticeTest(test, query.ids, add)
  return byTag
}

function groupsOf(
  keys: readonly CoverageKey[],
  ids: ReadonlySet<string>,
  query: EvidenceQuery,
): Map<string, Group> {
  const groups = new Map<string, Group>()
  // Per tag list (shared by alike entries): its framework tags and their group's name, or null.
  const named = new Map<readonly string[], { name: string; tags: string[] } | null>()
  visitCoverageKeys(keys, (rowTags, at, count, card) => {
    let framework = named.get(rowTags)
    if (framework === undefined) {
      const tags = rowTags.filter((tag) => ids.has(tag))
      framework =
        tags.length === 0
          ? null
          : { name: tags.length === 1 ? tags[0]! : tags.sort().join('\u001f'), tags }
      named.set(rowTags, framework)
    }
    if (framework === null) return
    const recall =
      !card || card.suspended
        ? 0
        : query.recallOf({ stability: card.stability, lastReview: at }, query.now)
    const group = groups.get(framework.name)
    if (!group) groups.set(framework.name, { tags: framework.tags, at, count, recall })
    else {
      group.count += count
      if (at !== undefined && (group.at === undefined || at > group.at)) group.at = at
      if (recall > group.recall) group.recall = recall
    }
  })
  return groups
}

function addGroups(
  kind: EvidenceKind,
  groups: ReadonlyMap<string, Group>,
  add: AddEvidence<EvidenceFacts>,
): void {
  let id = 0
  for (const group of groups.values()) {
    const fact: Omit<EvidenceFacts, 'tag'> = {
      kind,
      id: String(id),
      count: group.count,
      day: group.at === undefined ? undefined : localDayOf(group.at),
    }
    if (kind === 'reviewCard') fact.recall = group.recall
    add(group.tags, fact)
    id += 1
  }
}
