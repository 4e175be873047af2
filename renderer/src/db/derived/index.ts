import { db } from '../database'
import type { Catalog } from '../resource-schema'
import { CATALOG_DIGEST_KEY, writeCatalogDigest } from './catalog-digest'
import { STUDY_DAYS_KEY, writeStudyDays, type DayPart } from './study-days'

/**
 * The registry of derived caches: meta records computed from other tables, so that a hot path
 * reads one record instead of thousands. Writers keep them current through this module (a
 * session write adjusts the study days in its own transaction; a catalog merge records its
 * digest); a restore drops them all and writes back what it can derive on the spot. Readers are
 * refreshed by the change feed like any other query: no cache is pushed to them by hand.
 * Not listed: `catalogVersion` (rewritten by the catalog merge) and `exam.objectivesSeeded.*`
 * (a record of the user's choice, not derived data).
 */
export const derivedMetaKeys: readonly string[] = [STUDY_DAYS_KEY, CATALOG_DIGEST_KEY]

export interface RestoredRows {
  /** The catalog the restore has just merged. */
  catalog: Catalog
  /**
   * After a replace: exactly the sessions now stored, in this many day records. After a merge
   * older rows remain too, so the study days are left to rebuild on their next read.
   */
  sessions?: { rows: readonly DayPart[]; dayRecords: number }
}

/**
 * Inside a restore's transaction, after its rows are written: drops every derived cache (one from
 * the backup or from the database could disagree with the restored rows while still passing its
 * own staleness check), then writes the ones it can derive from what it holds.
 */
export async function resetDerivedCaches(restored: RestoredRows): Promise<void> {
  await db.meta.bulkDelete([...derivedMetaKeys])
  if (restored.sessions) {
    await writeStudyDays(restored.sessions.rows, restored.sessions.dayRecords)
  }
  await writeCatalogDigest(restored.catalog)
}

export { CATALOG_DIGEST_KEY, catalogDigest, writeCatalogDigest } from './catalog-digest'
export {
  adjustStudyDays,
  loadMinutesByResource,
  loadStudyByResource,
  loadStudyDays,
  STUDY_DAYS_KEY,
  writeStudyDays,
  type StudyDays,
} from './study-days'
