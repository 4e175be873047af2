import { beforeEach, describe, expect, it, vi } from 'vitest'

/** A small limit stands in for the real 200 MB, so the rule is tested at its boundary. */
const limit = vi.hoisted(() => ({ bytes: 0 }))
vi.mock('../../../../electron/shared/backup-schemas', async (original) => {
  const actual = await original<typeof import('../../../../electron/shared/backup-schemas')>()
  return {
    ...actual,
    get MAX_BACKUP_BYTES() {
      return limit.bytes
    },
  }
})

const { exportBackup, exportBackupFile, restoreBackupText, BackupTooLargeError } =
  await import('@renderer/features/backup/repository')
const { createNote } = await import('@renderer/features/notes/repository')
const { resetDatabase, seedSample } = await import('./sample-data')

beforeEach(async () => {
  limit.bytes = Number.MAX_SAFE_INTEGER
  await resetDatabase()
  await seedSample()
})

describe('one size rule for export, automatic backup and restore', () => {
  it('a backup exactly at the limit is written and restored', async () => {
    const size = new TextEncoder().encode((await exportBackup()).text).length
    limit.bytes = size
    const { text } = await exportBackup()
    expect((await restoreBackupText(text, 'replace')).ok).toBe(true)
  })

  it('export and automatic backups refuse to write beyond the limit, saying so', async () => {
    limit.bytes = new TextEncoder().encode((await exportBackup()).text).length
    await createNote({ title: 'one more', body: 'words' })
    await expect(exportBackup()).rejects.toBeInstanceOf(BackupTooLargeError)
    await expect(exportBackupFile()).rejects.toThrow(/more than the \d+ MB a backup may hold/)
  })

  it('restore refuses a text beyond the limit before parsing it', async () => {
    const { text } = await exportBackup()
    limit.bytes = text.length - 1
    const check = await restoreBackupText(text, 'replace')
    expect(check.ok).toBe(false)
    if (!check.ok) expect(check.problems[0]!.message).toMatch(/too large/)
  })
})
