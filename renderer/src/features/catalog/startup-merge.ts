import Dexie from 'dexie'
import { db } from '../../db/database'
import { CATALOG_DIGEST_KEY, catalogDigest, writeCatalogDigest } from '../../db/derived'
import { mergeCatalog } from './repository'
import type { Catalog } from '../../db/resource-schema'

/**
 * The start-up merge: only when the shipped catalog differs from the one last merged here.
 * Merging reads every resource and scans six indexes for the resources in use, on every start
 * with years of data; when nothing shipped has changed it would write nothing anyway (only
 * catalog entries change, and users can delete only their own resources). A restore merges on
 * its own. Returns whether it merged.
 */
export async function mergeCatalogIfChanged(
  catalog: Catalog,
  { insideOpen = false }: { insideOpen?: boolean } = {},
): Promise<boolean> {
  // Inside the open (Dexie's `ready` event) every other read and write waits for the open to
  // finish; Dexie.vip lets this one's two steps through.
  const step = <T>(run: () => PromiseLike<T>) => (insideOpen ? Dexie.vip(run) : run())
  const digest = catalogDigest(catalog)
  const stored = await step(() => db.meta.get(CATALOG_DIGEST_KEY))
  if (stored?.value === digest) return false
  await step(() =>
    db.transaction('rw', db.tables, async () => {
      await mergeCatalog(catalog)
      await writeCatalogDigest(catalog)
    }),
  )
  return true
}
