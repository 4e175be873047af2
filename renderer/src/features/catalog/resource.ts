import type { ResourceRecord } from '../../db/records'
import type { Correction, ResourceFields } from './schema'

/** What the user sees: catalog values with their overrides applied. */
export interface Resource extends ResourceFields {
  id: string
  origin: ResourceRecord['origin']
  overriddenFields: (keyof ResourceFields)[]
  source?: NonNullable<ResourceRecord['catalog']>['source']
  unverified: string[]
  corrections: Correction[]
  certification?: NonNullable<ResourceRecord['catalog']>['certification']
  removedFromCatalog: boolean
  updatedAt: number
}

export function toResource(record: ResourceRecord): Resource {
  return {
    ...record.base,
    ...record.overrides,
    id: record.id,
    origin: record.origin,
    overriddenFields: Object.keys(record.overrides) as (keyof ResourceFields)[],
    source: record.catalog?.source,
    unverified: (record.catalog?.unverified ?? []).filter((field) => !(field in record.overrides)),
    corrections: record.catalog?.corrections ?? [],
    certification: record.catalog?.certification,
    removedFromCatalog: record.removedFromCatalog ?? false,
    updatedAt: record.updatedAt,
  }
}

/** A correction's text and, when the catalog gives them, its source and as-of date. */
export function correctionParts(
  correction: Correction,
): Exclude<Correction, string> | { text: string } {
  return typeof correction === 'string' ? { text: correction } : correction
}

/** The fields that differ from the catalog's: what an edit of a catalog entry keeps. */
export function overridesFor(
  base: ResourceFields,
  edited: ResourceFields,
): Partial<ResourceFields> {
  const overrides: Partial<ResourceFields> = {}
  for (const key of Object.keys(edited) as (keyof ResourceFields)[]) {
    if (JSON.stringify(base[key]) !== JSON.stringify(edited[key])) {
      Object.assign(overrides, { [key]: edited[key] })
    }
  }
  for (const key of Object.keys(base) as (keyof ResourceFields)[]) {
    if (!(key in edited) && base[key] !== undefined) Object.assign(overrides, { [key]: undefined })
  }
  return overrides
}

const kindOrder = { certification: 0, course: 1, book: 2, guide: 3 } as const
// One collator each: localeCompare with options builds a new one per comparison.
const titleOrder = new Intl.Collator()
const topicOrder = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' })

export function compareResources(a: Resource, b: Resource): number {
  return kindOrder[a.kind] - kindOrder[b.kind] || titleOrder.compare(a.title, b.title)
}

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
