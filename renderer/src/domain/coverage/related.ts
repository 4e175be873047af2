import type { FrameworkItem } from '../frameworks/items'
import type { EditionMove } from '../frameworks/owasp-editions'

/**
 * The tags whose evidence counts for an item: its own id; for an OWASP item, the ids the
 * edition mapping pairs with it (a note tagged LLM01:2025 is evidence for LLM01:2026 and the
 * other way round, since the mapping says they are the same risk); for an ATLAS technique, its
 * sub-techniques, which the matrix shows folded under it.
 */
export function relatedTags(
  items: readonly FrameworkItem[],
  mapping: ReadonlyMap<string, EditionMove>,
): ReadonlyMap<string, readonly string[]> {
  const related = new Map<string, string[]>()
  const add = (id: string, tag: string) => {
    const list = related.get(id)
    if (!list) related.set(id, [id, tag])
    else if (!list.includes(tag)) list.push(tag)
  }
  for (const item of items) if (!related.has(item.id)) related.set(item.id, [item.id])
  for (const move of mapping.values()) {
    add(move.to, move.from)
    add(move.from, move.to)
  }
  for (const item of items) {
    if (item.kind !== 'sub-technique') continue
    const parent = item.id.slice(0, item.id.lastIndexOf('.'))
    add(parent, item.id)
  }
  return related
}
