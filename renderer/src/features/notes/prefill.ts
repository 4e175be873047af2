/** A link to the index with the entry form open and prefilled (from a quote or a note). */
export function indexPrefillPath(prefill: {
  term: string
  resourceId?: string
  pages: string
}): string {
  const params = new URLSearchParams({ new: '1' })
  if (prefill.term) params.set('term', prefill.term.slice(0, 120))
  if (prefill.resourceId) params.set('resource', prefill.resourceId)
  if (prefill.pages) params.set('pages', prefill.pages)
  return `/notes/index?${params.toString()}`
}
