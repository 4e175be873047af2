import { db } from '../database'
import type { Catalog } from '../resource-schema'
import { cyrb53 } from '../hash'

/** Meta key of the digest of the catalog last merged into this database. */
export const CATALOG_DIGEST_KEY = 'catalogDigest'

/**
 * A digest of the catalog's content (cyrb53 over its JSON): it changes whenever anything in
 * data/catalog.json does, even if someone forgot to bump `catalogVersion`.
 */
export function catalogDigest(catalog: Catalog): string {
  return `${catalog.catalogVersion}-${cyrb53(JSON.stringify(catalog))}`
}

/** Records that this catalog has been merged (inside the merge's transaction). */
export async function writeCatalogDigest(catalog: Catalog): Promise<void> {
  await db.meta.put({ key: CATALOG_DIGEST_KEY, value: catalogDigest(catalog) })
}
