// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  listBackups,
  nodeBackupFs,
  readBackup,
  removeStaleTemporaryFiles,
  writeBackup,
  type BackupFs,
} from '../../../electron/backup-writer'

let folder = ''
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'bastion-backups-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const at = (day: number, seconds = 0) => new Date(2026, 10, day, 21, 0, seconds)

async function writeDays(days: number[], keep = 30) {
  for (const day of days) {
    const result = await writeBackup(folder, `{"day":${day}}`, { keep, now: at(day) })
    expect(result.ok).toBe(true)
  }
}

function diskError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

describe('atomic backup writer', () => {
  it('writes a named backup with the exact content and no temporary file left', async () => {
    const result = await writeBackup(folder, '{"a":1}', { keep: 5, now: at(3, 7) })
    expect(result).toMatchObject({
      ok: true,
      value: { name: 'bastion-backup-2026-11-03-210007.json' },
    })
    expect(readdirSync(folder)).toEqual(['bastion-backup-2026-11-03-210007.json'])
    expect(readFileSync(join(folder, 'bastion-backup-2026-11-03-210007.json'), 'utf8')).toBe(
      '{"a":1}',
    )
  })

  it('a failure between writing and renaming keeps the previous backups and leaves no partial file', async () => {
    await writeDays([1, 2])
    const before = readdirSync(folder).sort()
    let wroteTemporary = ''
    const failingRename: BackupFs = {
      ...nodeBackupFs,
      open: async (path, flags) => {
        wroteTemporary = path
        return nodeBackupFs.open(path, flags)
      },
      rename: async () => {
        expect(readFileSync(wroteTemporary, 'utf8')).toBe('{"day":3}') // written and flushed
        throw diskError('EIO')
      },
    }
    const result = await writeBackup(folder, '{"day":3}', {
      keep: 2,
      now: at(3),
      fs: failingRename,
    })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/Your data in Bastion is unchanged/)
    expect(readdirSync(folder).sort()).toEqual(before)
    expect(readFileSync(join(folder, before[0]!), 'utf8')).toBe('{"day":1}')
  })

  it('a full disk while writing says so and keeps the previous backups', async () => {
    await writeDays([1])
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      open: async (path, flags) => {
        const handle = await nodeBackupFs.open(path, flags)
        return { ...handle, writeFile: async () => Promise.reject(diskError('ENOSPC')) }
      },
    }
    const result = await writeBackup(folder, '{"day":2}', { keep: 1, now: at(2), fs: fullDisk })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/disk is full/) })
    expect(readdirSync(folder)).toEqual(['bastion-backup-2026-11-01-210000.json'])
  })

  it('keeps only the newest N backups and never touches other files', async () => {
    writeFileSync(join(folder, 'my-notes.txt'), 'keep me')
    await writeDays([1, 2, 3, 4, 5], 3)
    expect(readdirSync(folder).sort()).toEqual([
      'bastion-backup-2026-11-03-210000.json',
      'bastion-backup-2026-11-04-210000.json',
      'bastion-backup-2026-11-05-210000.json',
      'my-notes.txt',
    ])
  })

  it('lists backups newest first, ignoring temporary and other files; a missing folder has none', async () => {
    await writeDays([2, 1, 3])
    writeFileSync(join(folder, '.bastion-backup-2026-11-09-210000.json.x.tmp'), '{')
    writeFileSync(join(folder, 'bastion-backup-evil.json'), '{}')
    const listed = await listBackups(folder)
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([
      'bastion-backup-2026-11-03-210000.json',
      'bastion-backup-2026-11-02-210000.json',
      'bastion-backup-2026-11-01-210000.json',
    ])
    expect(await listBackups(join(folder, 'absent'))).toEqual({ ok: true, value: [] })
    await removeStaleTemporaryFiles(folder)
    expect(readdirSync(folder)).not.toContain('.bastion-backup-2026-11-09-210000.json.x.tmp')
  })

  it('reads a backup by name only, with a size limit', async () => {
    await writeDays([1])
    const name = 'bastion-backup-2026-11-01-210000.json'
    expect(await readBackup(folder, name)).toEqual({ ok: true, value: '{"day":1}' })
    expect(await readBackup(folder, '../../etc/passwd')).toMatchObject({ ok: false })
    expect(await readBackup(folder, `../${name}`)).toMatchObject({ ok: false })
    expect(await readBackup(folder, name, { maxBytes: 3 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    })
    expect(await readBackup(folder, 'bastion-backup-2020-01-01-000000.json')).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer/),
    })
  })
})
