import { db } from '../db/database'
import { loadShippedFrameworks } from '../domain/frameworks'
import {
  requestPersistentStorage,
  showReloadBanner,
  startAutomaticBackups,
} from '../features/backup'
import { loadShippedCatalog, mergeCatalogIfChanged } from '../features/catalog'

/**
 * Checks the shipped framework lists, opens the database and merges the shipped catalog when it has changed since the last start. A malformed catalog is a build error:
 * it throws (loudly in development); in a shipped build the user's data stays untouched.
 */
export async function bootstrap(): Promise<void> {
  // The framework lists are checked first: a bad file stops here, before the database opens.
  loadShippedFrameworks()
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
