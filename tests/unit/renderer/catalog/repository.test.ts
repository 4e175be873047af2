import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import {
  addCustomResource,
  deleteCustomResource,
  getResource,
  listResources,
  loadShippedCatalog,
  mergeCatalog,
  restoreCatalogValues,
  updateResource,
} from '@renderer/features/catalog/repository'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
  await mergeCatalog(loadShippedCatalog())
})

describe('catalog repository', () => {
  it('seeds the shipped catalog once, and a second merge writes nothing new', async () => {
    expect(await listResources()).toHaveLength(11)
    await mergeCatalog(loadShippedCatalog())
    expect(await db.resources.count()).toBe(11)
  })

  it('keeps an edit of a catalog entry as an override, and restores catalog values', async () => {
    const atlas = (await getResource('guide-mitre-atlas'))!
    const {
      id: _id,
      origin: _o,
      overriddenFields: _f,
      source: _s,
      unverified: _u,
      corrections: _c,
      certification: _x,
      removedFromCatalog: _r,
      updatedAt: _t,
      ...fields
    } = atlas
    await updateResource('guide-mitre-atlas', { ...fields, hours: 14 })
    expect((await db.resources.get('guide-mitre-atlas'))!.overrides).toEqual({ hours: 14 })
    expect((await getResource('guide-mitre-atlas'))!.hours).toBe(14)
    await mergeCatalog(loadShippedCatalog())
    expect((await getResource('guide-mitre-atlas'))!.hours).toBe(14)
    await restoreCatalogValues('guide-mitre-atlas')
    expect((await getResource('guide-mitre-atlas'))!.hours).toBe(10)
  })

  it('rejects bad input without storing anything', async () => {
    await expect(
      addCustomResource({
        kind: 'course',
        title: '',
        authors: [],
        price: null,
        free: true,
        tags: [],
      }),
    ).rejects.toThrow()
    expect(await db.resources.count()).toBe(11)
  })

  it('refuses to delete a custom resource still in use, and deletes it once free', async () => {
    const id = await addCustomResource({
      kind: 'book',
      title: 'Mine',
      authors: [],
      price: null,
      free: false,
      tags: [],
    })
    await db.resourceProgress.put({ resourceId: id, status: 'in-progress', updatedAt: 1 })
    await expect(deleteCustomResource(id)).rejects.toThrow(/used by/)
    expect(await getResource(id)).toBeDefined()
    await db.resourceProgress.delete(id)
    await deleteCustomResource(id)
    expect(await getResource(id)).toBeUndefined()
  })

  it('only deletes custom resources', async () => {
    await expect(deleteCustomResource('cert-giac-gsec')).rejects.toThrow(/Only your own/)
  })
})
