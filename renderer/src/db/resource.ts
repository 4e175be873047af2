import type { ResourceRecord } from './records'
import type { Correction, ResourceFields } from './resource-schema'

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
  /** Counts saves; a form based on an older one is shown a conflict (db/revision.ts). */
  revision?: number
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
    revision: record.revision,
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
// One collator: localeCompare with options builds a new one per comparison.
const titleOrder = new Intl.Collator()

export function compareResources(a: Resource, b: Resource): number {
  return kindOrder[a.kind] - kindOrder[b.kind] || titleOrder.compare(a.title, b.title)
}
