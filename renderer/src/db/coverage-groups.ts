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
