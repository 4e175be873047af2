import { db } from '../db/database'
import {
  requestPersistentStorage,
  showReloadBanner,
  startAutomaticBackups,
} from '../features/backup'
import { loadShippedCatalog, mergeCatalogIfChanged } from '../features/catalog'

/**
 * Opens the database and merges the shipped catalog when it has changed since the last start.
 * The shipped catalog and framework lists are checked when the renderer is built
 * (scripts/shipped-data.ts): a malformed file fails the build, so no start ever reads one.
 */
export async function bootstrap(): Promise<void> {
  await db.open()
  await mergeCatalogIfChanged(loadShippedCatalog())
  // Another window upgraded the schema: this one must reload rather than write with an old view.
  db.on('versionchange', () => {
    db.close()
    showReloadBanner()
    return false
  })
  // Ask the browser not to evict the data; Settings shows its answer. Never delays start.
  void requestPersistentStorage()
  startAutomaticBackups()
}
