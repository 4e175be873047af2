import type { ResourceRecord } from '../../db/records'
import type { Catalog, CatalogEntry, ResourceFields } from '../../db/resource-schema'

export interface CatalogMergePlan {
  /** Records to write (new entries and entries whose catalog values changed). */
  put: ResourceRecord[]
  /** Catalog entries dropped by the new catalog that the user never used or edited. */
  remove: string[]
}

function splitEntry(entry: CatalogEntry): {
  fields: ResourceFields
  facts: Omit<NonNullable<ResourceRecord['catalog']>, 'catalogVersion'>
} {
  const { id: _id, source, unverified, corrections, certification, ...fields } = entry
  return { fields, facts: { source, unverified, corrections, certification } }
}

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * Merges a shipped catalog into stored resources by stable id. New entries appear, changed
 * catalog values update, the user's overrides and custom resources are never touched, and an
 * entry the catalog dropped stays while the user has used or edited it.
 */
export function planCatalogMerge(
  stored: readonly ResourceRecord[],
  catalog: Catalog,
  inUse: ReadonlySet<string>,
  now: number,
): CatalogMergePlan {
  const byId = new Map(stored.map((record) => [record.id, record]))
  const shippedIds = new Set(catalog.resources.map((entry) => entry.id))
  const put: ResourceRecord[] = []
  const remove: string[] = []

  for (const entry of catalog.resources) {
    const { fields, facts } = splitEntry(entry)
    const existing = byId.get(entry.id)
    if (existing && existing.origin === 'custom') continue // a user's own resource owns its id
    const next: ResourceRecord = {
      id: entry.id,
      origin: 'catalog',
      base: fields,
      overrides: existing?.overrides ?? {},
      catalog: { ...facts, catalogVersion: catalog.catalogVersion },
      createdAt: existing?.createdAt ?? now,
      updatedAt: now,
    }
    const unchanged =
      existing &&
      !existing.removedFromCatalog &&
      sameJson(existing.base, next.base) &&
      sameJson(existing.catalog, next.catalog)
    if (!unchanged) put.push(next)
  }

  for (const record of stored) {
    if (record.origin !== 'catalog' || shippedIds.has(record.id)) continue
    const used = inUse.has(record.id) || Object.keys(record.overrides).length > 0
    if (!used) remove.push(record.id)
    else if (!record.removedFromCatalog)
      put.push({ ...record, removedFromCatalog: true, updatedAt: now })
  }
  return { put, remove }
}
