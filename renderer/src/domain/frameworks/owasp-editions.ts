import type { OwaspFile } from './schema'

// Bare IDs are a matter of what older databases stored: db/owasp-ids.ts owns them.
export {
  BARE_ID_EDITION,
  hasBareOwaspId,
  isBareOwaspId,
  qualifyOwaspId,
  qualifyOwaspIds,
} from '../../db/owasp-ids'

/** One step of moving a tag from one edition to the next. */
export interface EditionMove {
  from: string
  to: string
  /** Why the item moved where it did, when the mapping says. */
  note?: string
}

/** The mapping between two editions, by the older ID. */
export function editionMapping(owasp: OwaspFile): ReadonlyMap<string, EditionMove> {
  return new Map(owasp.mapping.pairs.map((pair) => [pair.from, pair]))
}

/** The moves a list of tags would go through (tags of no older edition are left alone). */
export function movesFor(
  tags: readonly string[],
  mapping: ReadonlyMap<string, EditionMove>,
): EditionMove[] {
  return [...new Set(tags)]
    .map((tag) => mapping.get(tag))
    .filter((move): move is EditionMove => move !== undefined)
}

/** The tags with every older-edition ID replaced by its newer one; same order, no repeats. */
export function moveTags(
  tags: readonly string[],
  mapping: ReadonlyMap<string, EditionMove>,
): string[] {
  return [...new Set(tags.map((tag) => mapping.get(tag)?.to ?? tag))]
}
