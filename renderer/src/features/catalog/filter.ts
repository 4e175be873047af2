import type { Resource } from '../../db/resource'

// One collator: localeCompare with options builds a new one per comparison.
const topicOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export interface CatalogFilter {
  query: string
  kind: Resource['kind'] | 'all'
  topic: string | 'all'
}

/** Search matches title, subtitle, authors, provider and tags, every word anywhere. */
export function filterResources(resources: readonly Resource[], filter: CatalogFilter): Resource[] {
  const words = filter.query.toLocaleLowerCase().split(/\s+/).filter(Boolean)
  return resources.filter((resource) => {
    if (filter.kind !== 'all' && resource.kind !== filter.kind) return false
    if (filter.topic !== 'all' && !resource.tags.includes(filter.topic)) return false
    if (words.length === 0) return true
    const haystack = [
      resource.title,
      resource.subtitle ?? '',
      resource.provider ?? '',
      ...resource.authors,
      ...resource.tags,
    ]
      .join(' ')
      .toLocaleLowerCase()
    return words.every((word) => haystack.includes(word))
  })
}

export function topicsOf(resources: readonly Resource[]): string[] {
  const topics = new Set(resources.flatMap((resource) => resource.tags))
  return [...topics].sort(topicOrder.compare)
}
