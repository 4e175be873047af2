import { describe, expect, it } from 'vitest'
import { checkBackup, MAX_BACKUP_BYTES } from '@renderer/features/backup/format/validate'
import { MAX_TEXT_CHARS, parseBackupJson } from '@renderer/features/backup/format/safe-json'

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

describe('the bounds are checked on every value the parser read, at any depth', () => {
  it('finds a forbidden key, a long text or an infinite number inside rows and lists', () => {
    const rows = (inner: string) => `{"tables":{"notes":[{"id":"n1"},{"tags":[[${inner}]]}]}}`
    expect(parseBackupJson(rows(String.raw`{"\u0063onstructor":1}`))).toEqual({
      ok: false,
      message: 'The file contains a “constructor” key, which a Bastion backup never has.',
    })
    expect(parseBackupJson(rows('1e999'))).toEqual({
      ok: false,
      message: 'The file contains a number too large to be one Bastion wrote.',
    })
    const long = parseBackupJson(rows(JSON.stringify('y'.repeat(MAX_TEXT_CHARS + 2))))
    expect(long.ok).toBe(false)
    if (!long.ok) expect(long.message).toMatch(/^The file contains a text of 1,000,002 characters;/)
    expect(parseBackupJson(rows('"fine", -0, null, true, {"a":{}}')).ok).toBe(true)
  })

  it('refuses a bare top-level value out of bounds too', () => {
    expect(parseBackupJson('-1e400').ok).toBe(false)
    expect(parseBackupJson(JSON.stringify('z'.repeat(MAX_TEXT_CHARS + 1))).ok).toBe(false)
    expect(parseBackupJson('12').ok).toBe(true)
  })
})
