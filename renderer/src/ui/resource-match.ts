/** What a resource picker needs of a resource: its id and the title it is known by. */
export interface PickableResource {
  id: string
  title: string
}

/** Lower case without accents, so "securite" finds "Sécurité". */
function folded(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase()
}

/**
 * The resources whose title holds every word typed, in any order and case ("owasp llm" finds
 * "OWASP Top 10 for LLM Applications"), kept in the order given. An empty query matches all.
 */
export function matchResources<T extends PickableResource>(
  resources: readonly T[],
  query: string,
): readonly T[] {
  const words = folded(query).split(/\s+/).filter(Boolean)
  if (words.length === 0) return resources
  return resources.filter((resource) => {
    const title = folded(resource.title)
    return words.every((word) => title.includes(word))
  })
}
