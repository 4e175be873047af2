import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { loadShippedCatalog } from '@renderer/features/catalog/repository'
import { CATALOG_DIGEST_KEY, catalogDigest } from '@renderer/db/derived'
import { mergeCatalogIfChanged } from '@renderer/features/catalog/startup-merge'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
})

describe('the start-up catalog merge', () => {
  it('seeds a new database and records which catalog it merged', async () => {
    const catalog = loadShippedCatalog()
    expect(await mergeCatalogIfChanged(catalog)).toBe(true)
    expect(await db.resources.count()).toBe(catalog.resources.length)
    expect((await db.meta.get(CATALOG_DIGEST_KEY))?.value).toBe(catalogDigest(catalog))
  })

  it('skips the merge on later starts with the same catalog', async () => {
    const catalog = loadShippedCatalog()
    await mergeCatalogIfChanged(catalog)
    const first = catalog.resources[0]!.id
    const before = (await db.resources.get(first))!.updatedAt
    expect(await mergeCatalogIfChanged(catalog)).toBe(false)
    expect((await db.resources.get(first))!.updatedAt).toBe(before)
  })

  it('merges again when anything in the shipped catalog changed, even with the same version', async () => {
    const catalog = loadShippedCatalog()
    await mergeCatalogIfChanged(catalog)
    const changed = structuredClone(catalog)
    changed.resources[0]!.title = 'A corrected title'
    expect(catalogDigest(changed)).not.toBe(catalogDigest(catalog))
    expect(changed.catalogVersion).toBe(catalog.catalogVersion)
    expect(await mergeCatalogIfChanged(changed)).toBe(true)
    const stored = await db.resources.get(changed.resources[0]!.id)
    expect(stored?.base.title).toBe('A corrected title')
  })
})
