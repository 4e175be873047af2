import Dexie from 'dexie'
import { afterEach, describe, expect, it } from 'vitest'
import {
  BastionDatabase,
  CURRENT_SCHEMA_VERSION,
  rowsOfRecords,
  rowStores,
  schemaVersions,
  shippedSchemaVersions,
  type TableName,
} from '@renderer/db/database'
import { packingOf } from '@renderer/db/packed'
import { upgradeBackup } from '@renderer/features/backup/format/upgrade'
import { readBackupText } from '@renderer/features/backup/repository'
import { resetDatabase } from './sample-data'

/**
 * Every past schema version has a fixture: tests/fixtures/schema-v<N>.json, a backup file made at
 * that version plus `stores` (the Dexie store definitions of version N, frozen in the file).
 *
 * When the schema changes (a new `version(N + 1)` in db/database.ts):
 *  1. Before changing anything, export a realistic backup from the app at version N (Settings →
 *     Export backup), add `"stores": <schemaVersions[N]>` to it and save it as
 *     tests/fixtures/schema-v<N>.json, if that file does not exist yet.
 *  2. Add the Dexie `upgrade()` and the matching step in features/backup/upgrade.ts.
 *  3. Run this file: each fixture is opened with raw Dexie at its version, filled, closed, then
 *     opened as the current BastionDatabase; every record must be kept, as the backup upgrade
 *     chain says it should look at the current version.
 * A fixture holds rows, as backups do; where its version stores a table packed (db/packed.ts),
 * the rows are packed to fill it and unpacked to compare.
 */
interface Fixture {
  schemaVersion: number
  stores: Record<string, string>
  tables: Record<string, Record<string, unknown>[]>
}

const fixtures = import.meta.glob<Fixture>('../../../fixtures/schema-v*.json', {
  eager: true,
  import: 'default',
})

const opened: Dexie[] = []
afterEach(async () => {
  for (const database of opened.splice(0)) {
    database.close()
    await database.delete()
  }
})

function keyOf(stores: Record<string, string>, table: string): string {
  return (stores[table] ?? '')
    .split(',')[0]!
    .trim()
    .replace(/^(\+\+|&)/, '')
}

describe('schema migrations', () => {
  it('has a fixture for every past schema version', () => {
    const versions = Object.values(fixtures).map((fixture) => fixture.schemaVersion)
    expect(shippedSchemaVersions).toContain(CURRENT_SCHEMA_VERSION)
    for (const version of shippedSchemaVersions) {
      expect(versions, `tests/fixtures/schema-v${version}.json`).toContain(version)
    }
    expect(Object.keys(schemaVersions).map(Number)).toContain(CURRENT_SCHEMA_VERSION)
  })

  for (const [path, fixture] of Object.entries(fixtures)) {
    it(`opens a version ${fixture.schemaVersion} database (${path.split('/').pop()}) and keeps every record`, async () => {
      const name = `bastion-migration-v${fixture.schemaVersion}`
      const old = new Dexie(name)
      old.version(fixture.schemaVersion).stores(fixture.stores)
      await old.open()
      await old.transaction('rw', old.tables, async () => {
        for (const [table, rows] of Object.entries(fixture.tables)) {
          const packing = fixture.stores[table] ? undefined : packingOf(table)
          if (packing) await old.table(packing.stored).bulkAdd(packing.pack(rows))
          else await old.table(table).bulkAdd(rows)
        }
      })
      old.close()

      const current = new BastionDatabase(name)
      opened.push(current)
      await current.open()
      expect(current.verno).toBe(CURRENT_SCHEMA_VERSION)
      const expected = upgradeBackup(structuredClone(fixture.tables), fixture.schemaVersion)
      for (const [table, rows] of Object.entries(expected)) {
        const key = keyOf(rowStores, table)
        const packing = packingOf(table)
        const byKey = (list: unknown[]) =>
          [...list].sort((a, b) =>
            String((a as Record<string, unknown>)[key]).localeCompare(
              String((b as Record<string, unknown>)[key]),
            ),
          )
        // Rows as a backup holds them: packed records unpacked, derived coverage keys dropped.
        const stored = rowsOfRecords(
          table as TableName,
          await current.table(packing?.stored ?? table).toArray(),
        )
        expect(byKey(stored), table).toEqual(byKey(rows))
      }
      expect(Object.keys(schemaVersions[CURRENT_SCHEMA_VERSION]).sort()).toEqual(
        current.tables.map((table) => table.name).sort(),
      )
    })

    it(`restores the version ${fixture.schemaVersion} backup fixture`, async () => {
      await resetDatabase()
      const { stores: _stores, ...file } = fixture
      const check = await readBackupText(JSON.stringify(file))
      expect(check.ok ? 'valid' : check.problems).toBe('valid')
    })
  }
})
