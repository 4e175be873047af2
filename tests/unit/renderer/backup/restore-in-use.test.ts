import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import {
  loadShippedCatalog,
  mergeCatalog,
  resourcesInUse,
} from '@renderer/features/catalog/repository'
import {
  applyBackup,
  exportBackup,
  readBackupText,
  resourcesInUseByRows,
} from '@renderer/features/backup/repository'
import { generateBackupFile } from '../../../fixtures/heavy-backup'
import { heavySize } from '../../../fixtures/heavy-dataset'
import { resetDatabase, seedSample } from './sample-data'
import { countSessions } from '../db/rows'

beforeEach(async () => {
  await resetDatabase()
})

async function checked(text: string) {
  const check = await readBackupText(text)
  if (!check.ok) throw new Error('expected a valid backup')
  return check.backup
}

describe('resources in use after a replace restore', () => {
  it('read from the backup rows equal what the index scan finds in the database', async () => {
    const size = {
      ...heavySize,
      sessions: 400,
      notes: 100,
      quotes: 100,
      indexEntries: 100,
      reviewCards: 100,
      reviewLogs: 500,
    }
    const backup = await checked(await generateBackupFile(7, size))
    await seedSample()
    await applyBackup(backup, 'replace')
    const scanned = await resourcesInUse()
    expect(scanned.size).toBeGreaterThan(10)
    expect([...resourcesInUseByRows(backup.tables)].sort()).toEqual([...scanned].sort())
  }, 60_000)

  it('with the sample data, including progress-only resources', async () => {
    await seedSample()
    const backup = await checked((await exportBackup()).text)
    await resetDatabase()
    await applyBackup(backup, 'replace')
    expect([...resourcesInUseByRows(backup.tables)].sort()).toEqual(
      [...(await resourcesInUse())].sort(),
    )
  })

  it('leave the catalog exactly as merging with the scan does', async () => {
    const size = {
      ...heavySize,
      sessions: 400,
      notes: 100,
      quotes: 100,
      indexEntries: 100,
      reviewCards: 100,
      reviewLogs: 500,
    }
    const backup = await checked(await generateBackupFile(11, size))
    await seedSample()
    await applyBackup(backup, 'replace')
    const now = Date.now()
    const fast = await db
      .transaction('rw', db.tables, async () => {
        await mergeCatalog(loadShippedCatalog(), now, resourcesInUseByRows(backup.tables))
        const rows = await db.resources.toArray()
        throw Object.assign(new Error('roll back'), { rows })
      })
      .catch((error: { rows: unknown }) => error.rows)
    await mergeCatalog(loadShippedCatalog(), now)
    expect(await db.resources.toArray()).toEqual(fast)
  }, 60_000)
})

describe('restore progress', () => {
  it('reports records written as they commit, ending at the total', async () => {
    const size = {
      ...heavySize,
      sessions: 900,
      notes: 100,
      quotes: 100,
      indexEntries: 100,
      reviewCards: 100,
      reviewLogs: 500,
    }
    const backup = await checked(await generateBackupFile(5, size))
    const total = Object.values(backup.tables).reduce((sum, rows) => sum + rows.length, 0)
    const reports: Array<{ written: number; total: number }> = []
    await applyBackup(backup, 'replace', (progress) => reports.push(progress))
    expect(total).toBeGreaterThan(1000)
    expect(reports.map((report) => report.written)).toEqual([
      ...Array.from({ length: Math.floor(total / 500) }, (_, index) => (index + 1) * 500),
      total,
    ])
    expect(reports.every((report) => report.total === total)).toBe(true)
    expect(await countSessions()).toBe(900)
  }, 60_000)
})
