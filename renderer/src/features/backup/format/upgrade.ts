import { CURRENT_SCHEMA_VERSION, type TableName } from '../../../db/database'
import { qualifyBareOwaspIdsInRow, tablesWithOwaspIds } from '../../../db/owasp-ids'
import type { BackupTables } from './format'

/**
 * Upgrades the tables of a backup made at an older schema version, one step at a time.
 * `steps[n]` turns version-n tables into version-(n + 1) tables; it mirrors the Dexie
 * `upgrade()` of `version(n + 1)` in db/database.ts. When the schema changes, add the step
 * here, the Dexie upgrade there, and a fixture in tests/fixtures (see migrations.test.ts).
 */
export type UpgradeStep = (tables: BackupTables) => BackupTables

export const backupUpgradeSteps: Readonly<Record<number, UpgradeStep>> = {
  // Versions 2 and 3 changed how sessions and index entries are stored (packed, see
  // db/packed.ts), not their rows: a backup carries rows, so these steps change nothing.
  1: (tables) => tables,
  2: (tables) => tables,
  // Version 4 added review cards and their log: a version-3 backup has none.
  3: (tables) => ({ ...tables, reviewCards: [], reviewLogs: [] }),
  // Version 5: bare OWASP IDs ("LLM01") in tags and links become "LLM01:2025".
  4: qualifyBareOwaspIds,
  // Version 6 indexed a summary of each review day, derived from its rows: rows unchanged.
  5: (tables) => tables,
  // Version 7 added the import history: an older backup has none.
  6: (tables) => ({ ...tables, imports: [] }),
  // Version 8 indexed tags (notes, and books' tags derived from their rows): rows unchanged.
  7: (tables) => tables,
  // Version 9 indexed coverage keys, derived from the rows on every write: rows unchanged.
  8: (tables) => tables,
  // Version 10 moved the coverage keys to a store of their own, still derived: rows unchanged.
  9: (tables) => tables,
  // Version 11 grouped alike cards in their books' coverage keys, still derived: rows unchanged.
  10: (tables) => tables,
}

/** The tables with bare OWASP IDs rewritten; the same tables when there were none. */
function qualifyBareOwaspIds(tables: BackupTables): BackupTables {
  let changed = false
  const next: BackupTables = {}
  for (const [name, rows] of Object.entries(tables)) {
    if (!tablesWithOwaspIds.includes(name as TableName)) {
      next[name] = rows
      continue
    }
    next[name] = rows.map((row) => {
      const qualified = isRecord(row) ? qualifyBareOwaspIdsInRow(name as TableName, row) : row
      if (qualified !== row) changed = true
      return qualified
    })
  }
  return changed ? next : tables
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export class BackupUpgradeError extends Error {
  override name = 'BackupUpgradeError'
}

export function upgradeBackup(
  tables: BackupTables,
  fromVersion: number,
  toVersion: number = CURRENT_SCHEMA_VERSION,
  steps: Readonly<Record<number, UpgradeStep>> = backupUpgradeSteps,
): BackupTables {
  if (!Number.isInteger(fromVersion) || fromVersion < 1) {
    throw new BackupUpgradeError(`Schema version ${String(fromVersion)} is not one Bastion made.`)
  }
  if (fromVersion > toVersion) {
    throw new BackupUpgradeError(
      `This backup was made by a newer Bastion (data version ${fromVersion}; this one reads up to ${toVersion}). Update Bastion, then restore it.`,
    )
  }
  let current = tables
  for (let version = fromVersion; version < toVersion; version += 1) {
    const step = steps[version]
    if (!step) {
      throw new BackupUpgradeError(
        `Bastion cannot upgrade a backup from data version ${version} to ${version + 1}.`,
      )
    }
    current = step(current)
  }
  return current
}
