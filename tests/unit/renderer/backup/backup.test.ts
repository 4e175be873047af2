import { beforeEach, describe, expect, it } from 'vitest'
import Dexie from 'dexie'
import { changedTables } from '@renderer/db/change-feed'
import { CURRENT_SCHEMA_VERSION, db, derivedStoreNames, tableNames } from '@renderer/db/database'
import {
  backupChecksum,
  canonicalJson,
  sha256Hex,
  type BackupTables,
} from '@renderer/features/backup/format/format'
import {
  applyBackup,
  countRecords,
  exportBackup,
  readBackupText,
  restoreBackupText,
} from '@renderer/features/backup/repository'
import { describeProblem } from '@renderer/features/backup/format/validate'
import { dumpJson, resetDatabase, seedSample } from './sample-data'
import { countSessions, putSessionRows, sessionRow } from '../db/rows'

/** Re-signs an edited backup so the check gets past the checksum to the record checks. */
async function resign(file: Record<string, unknown>): Promise<string> {
  file.checksum = await backupChecksum(file.tables as BackupTables, file.formatVersion as number)
  return JSON.stringify(file)
}

async function exportedFile(): Promise<
  Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }
> {
  return JSON.parse((await exportBackup()).text)
}

async function firstProblem(text: string): Promise<string> {
  const check = await readBackupText(text)
  if (check.ok) throw new Error('expected the backup to be refused')
  return describeProblem(check.problems[0]!)
}

beforeEach(async () => {
  await resetDatabase()
  await seedSample()
})

describe('backup round trip', () => {
  it('export then restore into an empty database gives equal data', async () => {
    const before = await dumpJson()
    const { text, counts } = await exportBackup()
    expect(counts.sessions).toBe(2)
    // Packed tables are counted by rows, through their row-id index, as the export counts them.
    expect(await countRecords()).toEqual(counts)
    await resetDatabase()
    expect(await countSessions()).toBe(0)
    const check = await restoreBackupText(text, 'replace')
    expect(check.ok).toBe(true)
    expect(await dumpJson()).toBe(before)
  })

  it('tells the change feed (and other tabs) that every table changed', async () => {
    const { text } = await exportBackup()
    const seen = new Set<string>()
    const listener = (parts: Record<string, unknown>) => {
      for (const table of changedTables(parts)) seen.add(table)
    }
    Dexie.on('storagemutated', listener)
    try {
      expect((await restoreBackupText(text, 'merge')).ok).toBe(true)
    } finally {
      Dexie.on('storagemutated').unsubscribe(listener)
    }
    // Every table a backup holds; the key store, derived, changes with the stores it follows.
    expect([...seen].sort()).toEqual([...tableNames, ...derivedStoreNames].sort())
  })

  it('records the versions, export time and a checksum of the tables', async () => {
    const file = await exportedFile()
    expect(file).toMatchObject({
      format: 'bastion-backup',
      formatVersion: 2,
      schemaVersion: CURRENT_SCHEMA_VERSION,
    })
    expect(file.appVersion).toBe('0.0.0-test')
    expect(new Date(file.exportedAt as string).toISOString()).toBe(file.exportedAt)
    // Format 2: the SHA-256 of the tables' JSON exactly as the file holds it.
    expect(file.checksum).toBe(await sha256Hex(JSON.stringify(file.tables)))
  })

  it('writes the file as one JSON document whose tables text is what the checksum covers', async () => {
    const { text } = await exportBackup()
    const file = JSON.parse(text) as { tables: unknown; checksum: string }
    expect(text).toBe(JSON.stringify(file))
    expect(text.endsWith(`"tables":${JSON.stringify(file.tables)}}`)).toBe(true)
  })

  it('still restores a format 1 backup, whose checksum covers the canonical JSON', async () => {
    const before = await dumpJson()
    const file = await exportedFile()
    file.formatVersion = 1
    file.checksum = await sha256Hex(canonicalJson(file.tables))
    await resetDatabase()
    const check = await restoreBackupText(JSON.stringify(file), 'replace')
    expect(check.ok).toBe(true)
    expect(await dumpJson()).toBe(before)
  })

  it('refuses a format 2 backup signed the format 1 way', async () => {
    const file = await exportedFile()
    file.checksum = await sha256Hex(canonicalJson(file.tables))
    expect(JSON.stringify(file.tables)).not.toBe(canonicalJson(file.tables))
    expect(await firstProblem(JSON.stringify(file))).toContain('checksum')
  })

  it('merge does not duplicate records and keeps records only the database has', async () => {
    const { text } = await exportBackup()
    await putSessionRows([
      { ...(await sessionRow('s1'))!, id: 's-new' },
      { ...(await sessionRow('s1'))!, minutes: 5 },
    ])
    const check = await restoreBackupText(text, 'merge')
    expect(check.ok).toBe(true)
    expect(await countSessions()).toBe(3)
    expect((await sessionRow('s1'))?.minutes).toBe(45)
    expect(await db.expenses.count()).toBe(1)
  })

  it('replace removes records the backup does not hold', async () => {
    const { text } = await exportBackup()
    await db.notes.put({ ...(await db.notes.get('n1'))!, id: 'n-extra' })
    await restoreBackupText(text, 'replace')
    expect(await db.notes.get('n-extra')).toBeUndefined()
    expect(await db.notes.count()).toBe(2)
  })

  it('stores the checked record: fields no schema declares are stripped', async () => {
    await putSessionRows([{ ...(await sessionRow('s1'))!, mood: 'focused' } as never])
    const { text } = await exportBackup()
    await resetDatabase()
    expect((await restoreBackupText(text, 'replace')).ok).toBe(true)
    expect(await sessionRow('s1')).toMatchObject({ id: 's1', minutes: 45 })
    expect(await sessionRow('s1')).not.toHaveProperty('mood')
  })
})

describe('restore refuses a bad backup and names where', () => {
  it('names the table, record and field of a wrong type', async () => {
    const file = await exportedFile()
    file.tables.sessions![1]!.minutes = 'forty'
    expect(await firstProblem(await resign(file))).toMatch(
      /Table “sessions”, record 2 \(id “s2”\), field “minutes”: .*number/,
    )
  })

  it('names a missing required field', async () => {
    const file = await exportedFile()
    delete file.tables.notes![0]!.title
    expect(await firstProblem(await resign(file))).toMatch(
      /“notes”, record 1 \(id “n1”\), field “title”/,
    )
  })

  it('refuses a reference to a record that is not in the backup', async () => {
    const file = await exportedFile()
    file.tables.sessions![0]!.resourceId = 'custom-gone'
    expect(await firstProblem(await resign(file))).toMatch(
      /“sessions”, record 1 \(id “s1”\), field “resourceId”: refers to resources “custom-gone”/,
    )
  })

  it('accepts a reference to a catalog entry the app ships', async () => {
    const file = await exportedFile()
    file.tables.resources = file.tables.resources!.filter((row) => row.origin === 'custom')
    expect((await readBackupText(await resign(file))).ok).toBe(true)
  })

  it('refuses duplicated keys', async () => {
    const file = await exportedFile()
    file.tables.sessions![1]!.id = 's1'
    expect(await firstProblem(await resign(file))).toMatch(
      /“sessions”, record 2 \(id “s1”\), field “id”: appears twice/,
    )
  })

  it('refuses an edited file by its checksum', async () => {
    const file = await exportedFile()
    file.tables.sessions![0]!.minutes = 46
    expect(await firstProblem(JSON.stringify(file))).toMatch(/checksum.*changed or damaged/)
  })

  it('refuses a backup from a newer Bastion', async () => {
    const file = await exportedFile()
    file.schemaVersion = CURRENT_SCHEMA_VERSION + 1
    expect(await firstProblem(JSON.stringify(file))).toMatch(/newer Bastion.*Update Bastion/)
  })

  it('says where the JSON breaks and that the file looks cut short', async () => {
    const { text } = await exportBackup()
    expect(await firstProblem(text.slice(0, 200))).toMatch(/not valid JSON.*cut short/)
    expect(await firstProblem('{"format": "bastion-backup",, }')).toMatch(/line 1, column \d+/)
  })

  it('refuses what is not a Bastion backup', async () => {
    expect(await firstProblem('[]')).toMatch(/not a Bastion backup/)
    expect(await firstProblem('')).toMatch(/empty/)
  })

  it('leaves the database unchanged when the write fails halfway', async () => {
    const before = await dumpJson()
    const check = await readBackupText((await exportBackup()).text)
    if (!check.ok) throw new Error('valid backup refused')
    // A row the database cannot store (an unclonable value) makes bulkPut fail mid-transaction.
    check.backup.tables.notes.push({ id: 'bad', fn: () => 1 } as never)
    await expect(applyBackup(check.backup, 'replace')).rejects.toThrow()
    expect(await dumpJson()).toBe(before)
  })
})
