import { db } from '../db/database'
import { loadShippedCatalog, mergeCatalog } from '../features/catalog/repository'

/**
 * Opens the database and merges the shipped catalog. A malformed catalog is a build error:
 * it throws (loudly in development); in a shipped build the user's data stays untouched.
 */
export async function bootstrap(): Promise<void> {
  await db.open()
  await mergeCatalog(loadShippedCatalog())
  // Another window upgraded the schema: this one must reload rather than write with an old view.
  db.on('versionchange', () => {
    db.close()
    document.documentElement.dataset.appReady = 'stale'
    window.alert('Bastion was updated in another window. This window will reload.')
    window.location.reload()
  })
}
