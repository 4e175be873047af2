import { describe, expect, it } from 'vitest'
import { catalogResourceIds } from '@renderer/features/backup/repository'
import { checkBackup, describeProblem } from '@renderer/features/backup/format/validate'
import { generateBackupFile } from '../../../fixtures/heavy-backup'
import { heavySize } from '../../../fixtures/heavy-dataset'

async function problemsOf(text: string): Promise<string[]> {
  const check = await checkBackup(text, catalogResourceIds())
  return check.ok ? [] : check.problems.map(describeProblem)
}

describe('the benchmark’s heavy backup', () => {
  it('passes the restore check at full size (seed 42)', async () => {
    const text = await generateBackupFile(42)
    expect(text.length).toBeGreaterThan(5_000_000)
    expect(await problemsOf(text)).toEqual([])
  }, 60_000)

  it('passes the restore check at a smaller size with another seed', async () => {
    const size = {
      ...heavySize,
      sessions: 500,
      notes: 200,
      quotes: 300,
      indexEntries: 300,
      reviewCards: 300,
      reviewLogs: 2_000,
    }
    const text = await generateBackupFile(7, size)
    const file = JSON.parse(text) as { tables: Record<string, unknown[]> }
    expect(file.tables.quotes).toHaveLength(300)
    expect(file.tables.reviewLogs).toHaveLength(2_000)
    expect(await problemsOf(text)).toEqual([])
  })
})
