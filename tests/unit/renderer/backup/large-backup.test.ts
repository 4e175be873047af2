import { describe, expect, it } from 'vitest'
import { checkBackup, MAX_BACKUP_BYTES } from '@renderer/features/backup/format/validate'

/**
 * Ten times the heavy dataset (3,000 resources, 100,000 sessions, 30,000 notes, 20,000 quotes,
 * 50,000 index entries, 5,000 expenses, with the heavy set's review cards and log) is a backup of
 * 106.3 MB, as `npm run bench -- --scale 10` writes it. Issue 23 asks Bastion to export and
 * restore it, and the one size rule (issue 16) says the app restores every backup it writes.
 */
const tenTimesHeavyBackupBytes = 106_300_000

describe('the one size rule leaves room for ten times the heavy dataset', () => {
  it('does not refuse a backup of that size for its size', async () => {
    // Not a backup at all: what matters is which check refuses it first.
    const text = `{${' '.repeat(tenTimesHeavyBackupBytes - 1)}`
    const check = await checkBackup(text, new Set())
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems[0]?.message).toMatch(/not valid JSON/)
    expect(check.problems[0]?.message).not.toMatch(/too large/)
  })

  it('still refuses a file over the limit before parsing it', async () => {
    const check = await checkBackup(`{${' '.repeat(MAX_BACKUP_BYTES)}`, new Set())
    expect(check.ok).toBe(false)
    if (check.ok) return
    expect(check.problems[0]?.message).toMatch(/too large to be a Bastion backup/)
  })
})
