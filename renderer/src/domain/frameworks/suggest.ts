import type { FrameworkItem } from './items'

/**
 * Framework items that match what a person is typing into a tag: by ID ("LLM03", "llm03:2025",
 * "AML.T0051", "aml.t0051.0") or by words of the name in any order ("prompt inj", "inj prompt").
 * An exact ID first, then ID prefixes, then names; within each, current editions first, then
 * the order of the lists. Fewer than two characters suggest nothing.
 */
export function suggestFrameworkItems(
  items: readonly FrameworkItem[],
  query: string,
  limit = 8,
): FrameworkItem[] {
  const q = query.trim().toLocaleLowerCase('en')
  if (q.length < 2) return []
  const words = q.split(/\s+/)
  const ranked: { item: FrameworkItem; rank: number; order: number }[] = []
  items.forEach((item, order) => {
    const rank = rankOf(item, q, words)
    if (rank !== null) ranked.push({ item, rank: rank * 2 + (item.current ? 0 : 1), order })
  })
  return ranked
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((entry) => entry.item)
}

function rankOf(item: FrameworkItem, q: string, words: readonly string[]): number | null {
  const id = item.id.toLocaleLowerCase('en')
  const code = id.split(':')[0]!
  if (item.framework !== 'gsec') {
    if (id === q || code === q) return 0
    if (id.startsWith(q)) return 1
  }
  const name = item.name.toLocaleLowerCase('en')
  const nameWords = name.split(/[^a-z0-9]+/).filter(Boolean)
  const matches = words.every((word) => nameWords.some((nameWord) => nameWord.startsWith(word)))
  if (matches) return name.startsWith(words[0]!) ? 2 : 3
  return null
}
