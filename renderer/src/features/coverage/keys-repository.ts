import { db } from '../../db/database'
import type { EvidenceFacts, EvidenceKind } from '../../domain/coverage'
import { localDayOf } from '../../domain/dates'
import {
  COVERAGE_GROUPS_ID,
  COVERAGE_RESOURCES_ID,
  groupedIds,
  groupTaggedResources,
  resourceGroupsSignature,
  type TaggedResourceGroup,
} from '../../db/coverage-groups'
import { loadStudyByResource } from '../../db/derived'
import type { CoverageStore } from '../../db/coverage-keys'
import { bestRecall, coverageKeyGroups, type KeyGroup, type KeyGroups } from './key-groups'
import { CoverageKeysWorker } from './keys-worker'
import {
  addPracticeTest,
  evidenceCollector,
  taggedResources,
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

/** The worker that reads and groups the coverage keys of this database, kept for the session. */
export function newCoverageKeysWorker(): CoverageKeysWorker {
  return new CoverageKeysWorker(db.name)
}

/**
 * The coverage keys grouped, in this thread (where no worker can: unit tests, or it failed):
 * the groups kept in the database when they were made for these ids and no write has staled
 * them since, or else made afresh from the keys and kept, in one transaction.
 */
async function keyGroupsHere(ids: readonly string[]): Promise<KeyGroups> {
  const signature = groupedIds(ids)
  return db.transaction('rw', db.coverageKeys, db.coverageGroups, async () => {
    const kept = await db.coverageGroups.get(COVERAGE_GROUPS_ID)
    if (kept?.ids === signature) return kept.groups as KeyGroups
    const groups = coverageKeyGroups(await db.coverageKeys.toArray(), new Set(ids))
    await db.coverageGroups.put({ id: COVERAGE_GROUPS_ID, ids: signature, groups })
    return groups
  })
}

/**
 * The resources that carry one of `ids`, grouped by those ids: the record kept in the database
 * for these ids (db/coverage-groups.ts), or else made from every resource and kept, in one
 * transaction (a write to a resource deletes it; the next read makes it again).
 */
async function keptResourceGroups(ids: readonly string[]): Promise<TaggedResourceGroup[]> {
  const signature = resourceGroupsSignature(ids)
  const kept = await db.coverageResources.get(COVERAGE_RESOURCES_ID)
  if (kept?.ids === signature) return kept.groups
  return db.transaction('rw', db.resources, db.coverageResources, async () => {
    const current = await db.coverageResources.get(COVERAGE_RESOURCES_ID)
    if (current?.ids === signature) return current.groups
    const groups = groupTaggedResources(taggedResources(await db.resources.toArray(), new Set(ids)))
    await db.coverageResources.put({ id: COVERAGE_RESOURCES_ID, ids: signature, groups })
    return groups
  })
}

/**
 * One fact per group of tagged resources: how many, the minutes logged on them and the last day
 * any was studied, from the Log's per-resource record. An item counts a group once, as it counts
 * a resource reached through two of its tags once, so its levels, counts and minutes are those
 * one fact per resource gives (`readEvidence`).
 */
async function addResourceGroups(
  groups: readonly TaggedResourceGroup[],
  add: AddEvidence<EvidenceFacts>,
): Promise<void> {
  const { minutes, lastDays } = await loadStudyByResource()
  groups.forEach((group, index) => {
    let logged = 0
    let day: string | undefined
    for (const id of group.ids) {
      logged += minutes.get(id) ?? 0
      const last = lastDays.get(id)
      if (last !== undefined && (day === undefined || last > day)) day = last
    }
    add(group.tags, {
      kind: 'resource',
      id: String(index),
      count: group.ids.length,
      minutes: logged,
      day,
    })
  })
}

/**
 * The facts behind every item's level: the coverage keys of notes and books (their own store,
 * db/coverage-keys.ts, read in one request) as grouped and kept (db/coverage-groups.ts), never
 * the records with their text, plus the resources that carry a framework id (grouped and kept
 * the same way) and practice tests as `readEvidence` reads them. Records of one kind with the
 * same framework tags become one fact with their count, latest day and best recall (resources:
 * their count, minutes and last day studied): an item counts each group once, as it counts a
 * record reached through two of its tags once. The keys are read in the session's Web Worker
 * (`worker`, keys-worker.ts) once it runs, beside this thread's work; before that, here (the
 * kept groups are one small record: only after a write is that slower).
 */
export async function readCoverageFacts(
  query: EvidenceQuery,
  worker?: CoverageKeysWorker,
): Promise<FactsByTag> {
  const ids = new Set(query.ids)
  const { byTag, add } = evidenceCollector<EvidenceFacts>(ids)
  const [groups, , tests] = await Promise.all([
    (worker ? worker.read(query.ids) : Promise.resolve(undefined)).then(
      (inWorker) => inWorker ?? keyGroupsHere(query.ids),
    ),
    keptResourceGroups(query.ids).then((groups) => addResourceGroups(groups, add)),
    db.practiceTests.toArray(),
  ])
  for (const [store, kind] of Object.entries(kindOfStore) as [CoverageStore, EvidenceKind][])
    addGroups(kind, groups[store], query, add)
  for (const test of tests) addPracticeTest(test, query.ids, add)
  return byTag
}

function addGroups(
  kind: EvidenceKind,
  groups: readonly KeyGroup[],
  query: EvidenceQuery,
  add: AddEvidence<EvidenceFacts>,
): void {
  let id = 0
  for (const group of groups) {
    const fact: Omit<EvidenceFacts, 'tag'> = {
      kind,
      id: String(id),
      count: group.count,
      day: group.at === undefined ? undefined : localDayOf(group.at),
    }
    if (kind === 'reviewCard') fact.recall = bestRecall(group, query.now, query.recallOf)
    add(group.tags, fact)
    id += 1
  }
}
