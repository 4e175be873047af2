import { coverageStores } from './coverage-keys'
import type { DerivedStore } from './derived-stores'

/**
 * Schema 11: the coverage keys grouped (features/coverage/key-groups.ts), kept as one record so
 * that opening Coverage reads a few hundred groups instead of grouping some 12,000 key entries
 * on every visit. It is a cache the database keeps honest: every write to a note or a quote,
 * index-entry or card book deletes it in the same transaction (a derived store that derives
 * nothing, db/derived-stores.ts), and the next read groups the keys afresh and puts it back,
 * in one transaction with the keys it read. No backup holds it.
 */
export const COVERAGE_GROUPS_STORE = 'coverageGroups'

/** The one record's id. */
export const COVERAGE_GROUPS_ID = 'groups'

export interface CoverageGroupsRecord<Groups = unknown> {
  id: typeof COVERAGE_GROUPS_ID
  /** The framework ids the groups were made for, one a line: other ids need other groups. */
  ids: string
  groups: Groups
}

/** What `ids` holds for a list of framework ids. */
export const groupedIds = (ids: readonly string[]): string => ids.join('\n')

// Dexie's DBCoreRangeType is a const enum, which isolated modules cannot import: its value.
const EQUAL = 1 as const

export const coverageGroupsStore: DerivedStore<CoverageGroupsRecord> = {
  name: COVERAGE_GROUPS_STORE,
  sources: coverageStores,
  idOf: () => COVERAGE_GROUPS_ID,
  // Any write to a source stales the groups: the write deletes them.
  derive: () => undefined,
  rangeOf: () => ({ type: EQUAL, lower: COVERAGE_GROUPS_ID, upper: COVERAGE_GROUPS_ID }),
}

/**
 * The store's second record: the resources that carry a framework id, grouped by those ids (only
 * their ids, no titles: Coverage's levels need how many resources reach an item and the minutes
 * logged on them, which the Log's per-resource record holds). Opening Coverage reads it instead of
 * every resource record whole (3,000 resources, about 0.9 MB, took 35–45 ms to read at ten times
 * the data); any write to a resource deletes it in its transaction, and the next read makes it
 * again from the resources.
 */
export const COVERAGE_RESOURCES_ID = 'resources'

export interface TaggedResource {
  id: string
  title: string
  /** The resource's tags that are framework ids (of those the record was made for). */
  tags: string[]
}

/** Tagged resources with the same framework tags: they reach the same items alike. */
export interface TaggedResourceGroup {
  /** Their tags that are framework ids (of those the record was made for). */
  tags: string[]
  /** The resources' ids. */
  ids: string[]
}

export interface CoverageResourcesRecord {
  id: typeof COVERAGE_RESOURCES_ID
  /** `resourceGroupsSignature` of the framework ids it was made for. */
  ids: string
  groups: TaggedResourceGroup[]
}

/**
 * What `ids` of the resources' record holds for a list of framework ids: marked as grouped, so
 * that a record kept before the resources were grouped (a list, under the bare ids) is made again.
 */
export const resourceGroupsSignature = (ids: readonly string[]): string =>
  `grouped\n${groupedIds(ids)}`

/** Tagged resources grouped by their framework tags, in the order each set first appears. */
export function groupTaggedResources(
  tagged: readonly Pick<TaggedResource, 'id' | 'tags'>[],
): TaggedResourceGroup[] {
  const groups = new Map<string, TaggedResourceGroup>()
  for (const { id, tags } of tagged) {
    const name = [...tags].sort().join('\u001f')
    const group = groups.get(name)
    if (group) group.ids.push(id)
    else groups.set(name, { tags: [...tags], ids: [id] })
  }
  return [...groups.values()]
}

export const coverageResourcesStore: DerivedStore<CoverageResourcesRecord> = {
  name: COVERAGE_GROUPS_STORE,
  sources: ['resources'],
  idOf: () => COVERAGE_RESOURCES_ID,
  derive: () => undefined,
  rangeOf: () => ({ type: EQUAL, lower: COVERAGE_RESOURCES_ID, upper: COVERAGE_RESOURCES_ID }),
}
