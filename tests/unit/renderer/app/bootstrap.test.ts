import { afterEach, describe, expect, it } from 'vitest'
import { bootstrap } from '@renderer/app/bootstrap'
import { db } from '@renderer/db/database'
import { CATALOG_DIGEST_KEY } from '@renderer/db/derived'
import { loadShippedCatalog } from '@renderer/features/catalog/repository'
import { resetDatabase } from '../helpers/database'

afterEach(async () => {
  await resetDatabase()
})

/** Closed and deleted, as before a first start. */
async function beforeFirstStart(): Promise<void> {
  db.close({ disableAutoOpen: false })
  await db.delete({ disableAutoOpen: false })
}

describe('start-up', () => {
  it('holds the first page’s reads until the shipped catalog is merged into a new database', async () => {
    await beforeFirstStart()
    const start = bootstrap()
    await start.readsMayStart
    // The first page renders now, while the database is created: its reads are made at once.
    const reads = Promise.all([db.resources.count(), db.meta.get(CATALOG_DIGEST_KEY)])
    const [resources, digest] = await reads
    expect(resources).toBe(loadShippedCatalog().resources.length)
    expect(digest?.value).toEqual(expect.any(String))
    await start.opened
  })
})
