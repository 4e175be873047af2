import type { FrameworkItem } from '../frameworks/items'

/** A framework tag offered for a text, and what in the text brought it up. */
export interface TagSuggestion {
  item: FrameworkItem
  /** The words of the text that matched, as written there. */
  matched: string
}

const OWASP_MENTION = /\bllm[\s-]?(0[1-9]|10)(?::(\d{4}))?\b/gi
const ATLAS_MENTION = /\baml\.t(?:a)?\d{4}(?:\.\d{3})?\b/gi

/** Lower case, '&' as 'and', every run of other characters as one space, padded. */
function normalize(text: string): string {
  const words = text
    .toLocaleLowerCase('en')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
  return ` ${words} `
}

/**
 * Items whose names are common words are suggested by id only: tactics ("Impact",
 * "Execution"), mitigations, and sub-techniques, named within their parent ("Direct",
 * "Indirect" under LLM Prompt Injection).
 */
function suggestedByName(item: FrameworkItem): boolean {
  return item.current && (item.kind === 'risk' || item.kind === 'technique' || item.kind === 'area')
}

/**
 * Framework items a text mentions, for tags the user confirms with one click: ids in any case
 * ("llm01", "LLM01:2025", "aml.t0051.000"; a bare OWASP id means the current edition) and full
 * names as whole words in any case ("prompt injection", "Defense in Depth"). Ids come first, in
 * the order they appear; tags already held are left out.
 */
export function suggestTagsForText(
  items: readonly FrameworkItem[],
  text: string,
  held: readonly string[],
  currentOwaspEdition: string,
): TagSuggestion[] {
  const byId = new Map(items.map((item) => [item.id, item]))
  const heldSet = new Set(held)
  const found = new Map<string, TagSuggestion>()
  const offer = (item: FrameworkItem | undefined, matched: string) => {
    if (item && !heldSet.has(item.id) && !found.has(item.id)) found.set(item.id, { item, matched })
  }
  const ids: { at: number; id: string; matched: string }[] = []
  for (const match of text.matchAll(OWASP_MENTION)) {
    const id = `LLM${match[1]}:${match[2] ?? currentOwaspEdition}`
    ids.push({ at: match.index, id, matched: match[0] })
  }
  for (const match of text.matchAll(ATLAS_MENTION))
    ids.push({ at: match.index, id: match[0].toUpperCase(), matched: match[0] })
  for (const { id, matched } of ids.sort((a, b) => a.at - b.at)) offer(byId.get(id), matched)

  const haystack = normalize(text)
  for (const item of items) {
    if (!suggestedByName(item)) continue
    const name = normalize(item.name)
    if (name.trim().length < 3 || !haystack.includes(name)) continue
    const words = item.name.trim()
    offer(item, words)
  }
  return [...found.values()]
}
