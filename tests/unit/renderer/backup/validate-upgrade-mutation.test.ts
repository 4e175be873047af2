import { describe, expect, it, vi } from 'vitest'
import { CURRENT_SCHEMA_VERSION, tableNames } from '@renderer/db/database'
import {
  backupChecksum,
  serializeBackup,
  type BackupTables,
} from '@renderer/features/backup/format/format'
import { checkBackup, describeProblem } from '@renderer/features/backup/format/validate'

/**
 * How the check reports an upgrade of an older backup that fails. Every shipped version has
 * its upgrade step today, so the step is replaced here: a future version whose step is missing
 * or broken must be refused in plain words, never thrown at the user.
 */
const upgrade = vi.hoisted(() => ({ result: (): unknown => undefined }))
vi.mock('@renderer/features/backup/format/upgrade', async (original) => {
  const actual = await original<typeof import('@renderer/features/backup/format/upgrade')>()
  return { ...actual, upgradeBackup: () => upgrade.result() }
})
const { BackupUpgradeError } = await import('@renderer/features/backup/format/upgrade')

async function oldBackup(): Promise<string> {
  const tables = Object.fromEntries(tableNames.map((name) => [name, []])) as BackupTables
  const file = JSON.parse((await serializeBackup(tables, new Date(0))).text) as {
    tables: BackupTables
    schemaVersion: number
    checksum: string
  }
  file.schemaVersion = CURRENT_SCHEMA_VERSION - 1
  file.checksum = await backupChecksum(file.tables, 2)
  return JSON.stringify(file)
}

async function refusal(): Promise<string[]> {
  const result = await checkBackup(await oldBackup(), new Set())
  return result.ok ? [] : result.problems.map(describeProblem)
}

describe('an upgrade that cannot be made', () => {
  it('is refused with the upgrade’s words, on the data version', async () => {
    upgrade.result = () => {
      throw new BackupUpgradeError('Bastion cannot upgrade a backup from data version 7 to 8.')
    }
    expect(await refusal()).toEqual([
      'field “schemaVersion”: Bastion cannot upgrade a backup from data version 7 to 8.',
    ])
  })

  it('that fails otherwise, is refused saying the backup could not be read', async () => {
    upgrade.result = () => {
      throw new TypeError('rows is not iterable')
    }
    expect(await refusal()).toEqual(['The backup could not be read (rows is not iterable).'])
  })

  it('a table the upgrade did not fill starts empty', async () => {
    upgrade.result = () => ({ notes: [] })
    const result = await checkBackup(await oldBackup(), new Set())
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
    expect(result.backup.tables.imports).toEqual([])
    expect(Object.keys(result.backup.tables).sort()).toEqual([...tableNames].sort())
  })
})
