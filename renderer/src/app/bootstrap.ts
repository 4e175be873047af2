import { db } from '../db/database'
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
  // Closing at once lets the other window's upgrade go on; the banner's code follows.
  db.on('versionchange', () => {
    db.close()
    void backupFeature().then((backup) => backup.showReloadBanner())
    return false
  })
}

// The backup feature is no part of the first page: its code (backup formats and their
// checks) loads after it, not in the entry chunk every start evaluates.
const backupFeature = () => import('../features/backup')

/**
 * What start-up does once the first page is up and its reads have answered (the shell's
 * `AfterFirstPage`): ask the browser not to evict the data (Settings shows its answer) and, on
 * the desktop, start the automatic backups.
 */
export async function afterFirstPage(): Promise<void> {
  const backup = await backupFeature()
  void backup.requestPersistentStorage()
  backup.startAutomaticBackups()
}
