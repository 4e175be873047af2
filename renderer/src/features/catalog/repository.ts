import { db, newId } from '../../db/database'
import { checkedRevision, type RevisionBase } from '../../db/revision'
import { NO_RESOURCE } from '../../db/packed'
import type { ResourceRecord } from '../../db/records'
import shippedCatalog from '../../../../data/catalog.json'
import { planCatalogMerge } from './merge'
import { overridesFor, toResource, type Resource } from '../../db/resource'
import type { Catalog } from '../../db/resource-schema'

/**
 * The catalog that ships in data/. parseCatalog checks it when the renderer is built
 * (scripts/shipped-data.ts): a malformed file fails the build, not each start.
 */
export function loadShippedCatalog(): Catalog {
  return shippedCatalog as unknown as Catalog
}

/**
 * The resource fields' schema (zod) checks what a form sends: it loads with the first edit, not
 * with the first page, which would otherwise fetch and evaluate zod at every start.
 */
async function parseResourceFields(input: unknown) {
  return (await import('../../db/resource-schema')).ResourceFields.parse(input)
}

/** Ids of resources that anything the user wrote refers to. */
export async function resourcesInUse(): Promise<Set<string>> {
  const keyLists = await Promise.all([
    db.planItems.orderBy('resourceId').uniqueKeys(),
    db.sessionDays.orderBy('resourceIds').uniqueKeys(),
    db.notes.orderBy('resourceId').uniqueKeys(),
    // Quote and index books are keyed by resource ('' for rows without one: dropped below).
    db.quoteBooks.toCollection().primaryKeys(),
    db.indexBooks.toCollection().primaryKeys(),
    db.expenses.orderBy('resourceId').uniqueKeys(),
    db.resourceProgress.toCollection().primaryKeys(),
  ])
  const inUse = new Set(keyLists.flat().map(String))
  inUse.delete(NO_RESOURCE)
  return inUse
}

/**
 * Seeds or updates the catalog in one transaction; user data is never touched. `knownInUse`
 * spares the index scans of `resourcesInUse` when the caller already holds exactly what the
 * usage tables contain (a replace restore has just written them from rows in memory).
 */
export async function mergeCatalog(
  catalog: Catalog,
  now = Date.now(),
  knownInUse?: ReadonlySet<string>,
): Promise<void> {
  await db.transaction('rw', [db.resources, db.meta, ...usageTables()], async () => {
    const stored = await db.resources.toArray()
    // Only an entry the catalog dropped asks whether it is in use; the scans cost ~0.5 s on
    // 10,000 sessions, so a start with nothing dropped skips them.
    const shipped = new Set(catalog.resources.map((entry) => entry.id))
    const dropped = stored.some((record) => record.origin === 'catalog' && !shipped.has(record.id))
    const inUse = knownInUse ?? (dropped ? await resourcesInUse() : new Set<string>())
    const plan = planCatalogMerge(stored, catalog, inUse, now)
    if (plan.put.length > 0) await db.resources.bulkPut(plan.put)
    if (plan.remove.length > 0) await db.resources.bulkDelete(plan.remove)
    await db.meta.put({ key: 'catalogVersion', value: catalog.catalogVersion })
  })
}

function usageTables() {
  return [
    db.planItems,
    db.sessionDays,
    db.notes,
    db.quoteBooks,
    db.indexBooks,
    db.expenses,
    db.resourceProgress,
  ]
}

export async function listResources(): Promise<Resource[]> {
  return (await db.resources.toArray()).map(toResource)
}

export async function getResource(id: string): Promise<Resource | undefined> {
  const record = await db.resources.get(id)
  return record && toResource(record)
}

export async function addCustomResource(input: unknown, now = Date.now()): Promise<string> {
  const fields = await parseResourceFields(input)
  const record: ResourceRecord = {
    id: `custom-${newId()}`,
    origin: 'custom',
    base: fields,
    overrides: {},
    createdAt: now,
    updatedAt: now,
  }
  await db.resources.add(record)
  return record.id
}

/** A custom resource is replaced; a catalog entry keeps the edit as overrides. */
export async function updateResource(
  id: string,
  input: unknown,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  const fields = await parseResourceFields(input)
  await db.transaction('rw', db.resources, async () => {
    const record = await db.resources.get(id)
    if (!record) throw new Error('This resource no longer exists.')
    const revision = checkedRevision(record, base, 'resource', now)
    const next =
      record.origin === 'custom'
        ? { ...record, base: fields, ...revision }
        : { ...record, overrides: overridesFor(record.base, fields), ...revision }
    await db.resources.put(next)
  })
}

export async function restoreCatalogValues(id: string, now = Date.now()): Promise<void> {
  await db.resources.update(id, { overrides: {}, updatedAt: now })
}

export class ResourceInUseError extends Error {
  override name = 'ResourceInUseError'
}

/** Deletes a custom resource, refusing while anything the user wrote still refers to it. */
export async function deleteCustomResource(id: string): Promise<ResourceRecord> {
  return db.transaction('rw', [db.resources, ...usageTables()], async () => {
    const record = await db.resources.get(id)
    if (!record || record.origin !== 'custom')
      throw new Error('Only your own resources can be deleted.')
    if ((await resourcesInUse()).has(id)) {
      throw new ResourceInUseError(
        'This resource is used by your plan, sessions, notes or expenses. Remove those first; nothing was deleted.',
      )
    }
    await db.resources.delete(id)
    return record
  })
}

/** Undo of deleteCustomResource: the record comes back as it was. */
export async function restoreCustomResource(record: ResourceRecord): Promise<void> {
  await db.resources.put(record)
}
