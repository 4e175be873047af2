import { db } from '../../db/database'
import type { CoverageStore } from '../../db/coverage-keys'
import type { CoverageKey, CoverageRowKey } from '../../db/records'
import type { EvidenceFacts, EvidenceKind } from '../../domain/coverage'
import {
  addPracticeTest,
  addResourceEvidence,
  evidenceCollector,
  type AddEvidence,
  type EvidenceQuery,
} from './repository'

/** What levels are computed from, by the tag that links it; only framework tags appear. */
export type FactsByTag = Map<string, EvidenceFacts[]>

const keyedStores: readonly (readonly [CoverageStore, EvidenceKind])[] = [
  ['notes', 'note'],
  ['quoteBooks', 'quote'],
  ['indexBooks', 'indexEntry'],
  ['reviewCardBooks', 'reviewCard'],
]

/**
 * The facts behind every item's level, read from index keys: the coverage keys of notes and
 * books (db/coverage-keys.ts), never the records with their text, plus resources and practice
 * tests as `readEvidence` reads them. A row reached through two tags keeps one id, so an item
 * counts it once; ids are numbers of this read, not record ids (the evidence list reads those).
 */
export async function readCoverageFacts(query: EvidenceQuery): Promise<FactsByTag> {
  const ids = new Set(query.ids)
  const { byTag, add } = evidenceCollector<EvidenceFacts>(ids)
  const [keys, , tests] = await Promise.all([
    db.transaction(
      'r',
      keyedStores.map(([store]) => db.table(store)),
      () =>
        Promise.all(
          keyedStores.map(
            ([store]) =>
              db.table(store).orderBy('coverage').keys() as unknown as Promise<CoverageKey[]>,
          ),
        ),
    ),
    db.resources.toArray().then((resources) => addResourceEvidence(resources, ids, add)),
    db.practiceTests.toArray(),
  ])
  let next = 0
  keyedStores.forEach(([, kind], i) => {
    for (const key of keys[i]!) next = addKeyFacts(key, kind, next, query, add)
  })
  for (const test of tests) addPracticeTest(test, query.ids, add)
  return byTag
}

/** Adds the facts of one record's rows; returns the next free id. */
function addKeyFacts(
  [tags, rows]: CoverageKey,
  kind: EvidenceKind,
  first: number,
  query: EvidenceQuery,
  add: AddEvidence<EvidenceFacts>,
): number {
  let id = first
  for (const row of rows) {
    const piece: Omit<EvidenceFacts, 'tag'> = { kind, id: String(id), day: row[0] || undefined }
    if (kind === 'reviewCard') piece.recall = recallOfRow(row, query)
    add(
      row[1].map((at) => tags[at]!),
      piece,
    )
    id += 1
  }
  return id
}

/** A card's recall now from its row: [day, tags, suspended, stability, last review?]. */
function recallOfRow(row: CoverageRowKey, query: EvidenceQuery): number {
  const [, , suspended, stability, lastReview] = row
  if (suspended === 1) return 0
  return query.recallOf({ stability: stability ?? 0, lastReview }, query.now)
}
