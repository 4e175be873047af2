import { db } from '../db/database'
import { loadShippedCatalog, mergeCatalogIfChanged } from '../features/catalog'
import { loadHtmlSanitizer } from '../platform/trusted-types'

/** The start's two moments, as `bootstrap` returns them. */
export interface Start {
  /**
   * Resolves once the first page may render and make its reads: the database's versions are
   * declared, and a read made from here on waits inside Dexie until the open, with the catalog
   * merge in it, is done.
   */
  readsMayStart: Promise<void>
  /** Resolves once the database is open and the shipped catalog merged; rejects if it cannot. */
  opened: Promise<void>
}

/**
 * Opens the database and merges the shipped catalog when it has changed since the last start.
 * The shipped catalog and framework lists are checked when the renderer is built
 * (scripts/shipped-data.ts): a malformed file fails the build, so no start ever reads one.
 *
 * The merge runs inside the open (Dexie's `ready` event, once), so every other read, such as
 * those of the first page, which renders while the database opens and is upgraded or created,
 * waits until it is done: no page ever reads a catalog not yet merged.
 */
export function bootstrap(): Start {
  db.on('ready', () => mergeCatalogIfChanged(loadShippedCatalog(), { insideOpen: true }))
  const opened = db.open().then(() => {
    // Another window upgraded the schema: this one must reload rather than write with an old
    // view. Closing at once lets the other window's upgrade go on; the banner's code follows.
    db.on('versionchange', () => {
      db.close()
      void backupFeature().then((backup) => backup.showReloadBanner())
      return false
    })
  })
  // A task later than the schema's answer: the open above has then sent its request (Dexie
  // sends it from a microtask), and IndexedDB opens the database while the first page renders.
  const readsMayStart = db
    .schemaSettled()
    .then(() => new Promise<void>((resolve) => setTimeout(resolve, 0)))
  return { readsMayStart, opened: Promise.resolve(opened) }
}

// The backup feature is no part of the first page: its code (backup formats and their
// checks) loads after it, not in the entry chunk every start evaluates.
const backupFeature = () => import('../features/backup')

/**
 * What start-up does once the first page is up and its reads have answered (the shell's
 * `AfterFirstPage`): load the HTML sanitizer of the Trusted Types policy, ask the browser not to
 * evict the data (Settings shows its answer) and, on the desktop, start the automatic backups.
 */
export async function afterFirstPage(): Promise<void> {
  loadHtmlSanitizer().catch((error: unknown) => console.error(error))
  const backup = await backupFeature()
  void backup.requestPersistentStorage()
  backup.startAutomaticBackups()
}
