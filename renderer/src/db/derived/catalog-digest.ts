import { db } from '../database'
import type { Catalog } from '../resource-schema'

/** Meta key of the digest of the catalog last merged into this database. */
export const CATALOG_DIGEST_KEY = 'catalogDigest'

/**
 * A digest of the catalog's content (cyrb53 over its JSON): it changes whenever anything in
 * data/catalog.json does, even if someone forgot to bump `catalogVersion`.
 */
export function catalogDigest(catalog: Catalog): string {
  const text = JSON.stringify(catalog)
  let h1 = 0xdeadbeef
  let h2 = 0x41c6ce57
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i)
    h1 = Math.imul(h1 ^ code, 2654435761)
    h2 = Math.imul(h2 ^ code, 1597334677)
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909)
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909)
  return `${catalog.catalogVersion}-${(4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36)}`
}

/** Records that this catalog has been merged (inside the merge's transaction). */
export async function writeCatalogDigest(catalog: Catalog): Promise<void> {
  await db.meta.put({ key: CATALOG_DIGEST_KEY, value: catalogDigest(catalog) })
}
