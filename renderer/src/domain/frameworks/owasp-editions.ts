import type { OwaspFile } from './schema'

/** OWASP IDs stored before editions existed: "LLM01" … "LLM10" (any case). */
const BARE_OWASP_ID = /^llm(0[1-9]|10)$/i

/** The edition every bare ID stored before 2026 meant: Bastion shipped the 2025 list. */
export const BARE_ID_EDITION = '2025'

export function isBareOwaspId(tag: string): boolean {
  return BARE_OWASP_ID.test(tag.trim())
}

/** "LLM01" → "LLM01:2025" (or the given edition); any other tag unchanged. */
export function qualifyOwaspId(tag: string, edition = BARE_ID_EDITION): string {
  const trimmed = tag.trim()
  return isBareOwaspId(trimmed) ? `${trimmed.toUpperCase()}:${edition}` : tag
}

/** Qualifies every bare OWASP ID in a list, dropping duplicates this creates; same order. */
export function qualifyOwaspIds(tags: readonly string[], edition = BARE_ID_EDITION): string[] {
  return dedupe(tags.map((tag) => qualifyOwaspId(tag, edition)))
}

/** True when a list holds a bare OWASP ID (so a record needs rewriting). */
export function hasBareOwaspId(tags: readonly string[] | undefined): boolean {
  return (tags ?? []).some(isBareOwaspId)
}

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
  return dedupe(tags)
    .map((tag) => mapping.get(tag))
    .filter((move): move is EditionMove => move !== undefined)
}

/** The tags with every older-edition ID replaced by its newer one; same order, no repeats. */
export function moveTags(
  tags: readonly string[],
  mapping: ReadonlyMap<string, EditionMove>,
): string[] {
  return dedupe(tags.map((tag) => mapping.get(tag)?.to ?? tag))
}

function dedupe(tags: readonly string[]): string[] {
  return [...new Set(tags)]
}
