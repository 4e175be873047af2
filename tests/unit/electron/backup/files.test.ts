// @vitest-environment node
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs'
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
} from '../../../../electron/backup/files'
import { checkBackupHeader } from '../../../../electron/backup/header'
import { MANIFEST_FILE } from '../../../../electron/backup/manifest'
import { backupJson } from './backup-json'

let folder = ''
beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'bastion-backups-'))
})
afterEach(() => rmSync(folder, { recursive: true, force: true }))

const at = (day: number, ms = 0) => new Date(2026, 10, day, 21, 0, 0, ms)
const autoName = (day: number, ms = 0, suffix = '') =>
  `bastion-auto-backup-2026-11-${String(day).padStart(2, '0')}-210000-${String(ms).padStart(3, '0')}${suffix}.json`

async function writeDays(days: number[], keep = 30) {
  for (const day of days) {
    const result = await writeBackup(folder, backupJson({ day: [day] }), { keep, now: at(day) })
    expect(result.ok).toBe(true)
  }
}

function diskError(code: string): Error {
  return Object.assign(new Error(`${code}: simulated`), { code })
}

const backupsOnDisk = () =>
  readdirSync(folder)
    .filter((name) => name !== MANIFEST_FILE)
    .sort()

describe('writing an automatic backup', () => {
  it('writes it under its own prefix with the exact content, private, and no temporary file', async () => {
    const json = backupJson()
    const result = await writeBackup(folder, json, { keep: 5, now: at(3, 7) })
    expect(result).toMatchObject({ ok: true, value: { name: autoName(3, 7) } })
    expect(backupsOnDisk()).toEqual([autoName(3, 7)])
    expect(readFileSync(join(folder, autoName(3, 7)), 'utf8')).toBe(json)
    if (process.platform !== 'win32') {
      expect(statSync(join(folder, autoName(3, 7))).mode & 0o777).toBe(0o600)
    }
  })

  it('never overwrites: a second backup in the same millisecond gets its own name', async () => {
    writeFileSync(join(folder, autoName(3)), 'someone else’s file')
    const first = await writeBackup(folder, backupJson({ a: [1] }), { keep: 5, now: at(3) })
    const second = await writeBackup(folder, backupJson({ a: [2] }), { keep: 5, now: at(3) })
    expect(first).toMatchObject({ ok: true, value: { name: autoName(3, 0, '-2') } })
    expect(second).toMatchObject({ ok: true, value: { name: autoName(3, 0, '-3') } })
    expect(readFileSync(join(folder, autoName(3)), 'utf8')).toBe('someone else’s file')
  })

  it.each([
    ['not JSON at all', 'hello', /does not start with a Bastion backup header/],
    ['JSON without a header', '{"tables":{}}', /does not start with a Bastion backup header/],
    [
      'another format',
      backupJson().replace('"bastion-backup"', '"evil-backup"'),
      /header is not a Bastion backup's \(format/,
    ],
    ['cut short', backupJson().slice(0, -2), /cut short|checksum/],
    [
      'tables changed after the checksum',
      backupJson({ notes: [] }).replace('"notes":[]', '"notes":[1]'),
      /checksum does not match/,
    ],
  ])('refuses %s before writing anything', async (_label, json, reason) => {
    const result = await writeBackup(folder, json, { keep: 5, now: at(3) })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(reason) })
    expect(readdirSync(folder)).toEqual([])
  })

  it('a failure before the final name keeps the previous backups and leaves no partial file', async () => {
    await writeDays([1, 2])
    const before = readdirSync(folder).sort()
    const failingLink: BackupFs = {
      ...nodeBackupFs,
      link: async () => Promise.reject(diskError('EIO')),
    }
    const result = await writeBackup(folder, backupJson(), { keep: 3, now: at(3), fs: failingLink })
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.error).toMatch(/Your data in Bastion is unchanged/)
    expect(readdirSync(folder).sort()).toEqual(before)
  })

  it('a full disk while writing says so and keeps the previous backups', async () => {
    await writeDays([1])
    const fullDisk: BackupFs = {
      ...nodeBackupFs,
      create: async (path) => {
        const handle = await nodeBackupFs.create(path)
        return { ...handle, writeFile: async () => Promise.reject(diskError('ENOSPC')) }
      },
    }
    const result = await writeBackup(folder, backupJson(), { keep: 3, now: at(2), fs: fullDisk })
    expect(result).toMatchObject({ ok: false, error: expect.stringMatching(/disk is full/) })
    expect(backupsOnDisk()).toEqual([autoName(1)])
  })
})

describe('rotation', () => {
  it('keeps the newest N it wrote and never touches manual exports or other files', async () => {
    writeFileSync(join(folder, 'my-notes.txt'), 'keep me')
    writeFileSync(join(folder, 'bastion-backup-2026-11-01-090000.json'), backupJson())
    await writeDays([1, 2, 3, 4, 5], 3)
    expect(backupsOnDisk()).toEqual([
      autoName(3),
      autoName(4),
      autoName(5),
      'bastion-backup-2026-11-01-090000.json',
      'my-notes.txt',
    ])
  })

  it('never deletes a file that only looks like one of its backups', async () => {
    // Named like an automatic backup, but Bastion did not write it: not in the manifest.
    writeFileSync(join(folder, autoName(1, 5)), 'a copy the person put here')
    await writeDays([2, 3, 4, 5], 3)
    expect(backupsOnDisk()).toContain(autoName(1, 5))
    expect(backupsOnDisk()).not.toContain(autoName(2))
  })

  it('never deletes a backup someone replaced with another file, nor a link', async () => {
    await writeDays([1, 2, 3])
    writeFileSync(join(folder, autoName(1)), 'replaced by the person, another size')
    rmSync(join(folder, autoName(2)))
    const outside = join(folder, 'elsewhere.json')
    writeFileSync(outside, backupJson({ day: [2] }))
    symlinkSync(outside, join(folder, autoName(2)))
    await writeDays([4, 5], 3)
    expect(backupsOnDisk()).toEqual(
      [autoName(1), autoName(2), autoName(3), autoName(4), autoName(5), 'elsewhere.json'].sort(),
    )
  })

  it('with a damaged manifest deletes nothing, then starts a new record', async () => {
    await writeDays([1, 2, 3])
    writeFileSync(join(folder, MANIFEST_FILE), '{ not json')
    await writeDays([4], 3)
    expect(backupsOnDisk()).toEqual([autoName(1), autoName(2), autoName(3), autoName(4)])
  })
})

describe('listing and reading', () => {
  it('lists automatic backups newest first, ignoring temporary files, exports and links', async () => {
    await writeDays([2, 1, 3])
    writeFileSync(join(folder, '.bastion-auto-backup-x.tmp'), '{')
    writeFileSync(join(folder, 'bastion-auto-backup-evil.json'), '{}')
    writeFileSync(join(folder, 'bastion-backup-2026-11-09-210000.json'), '{}')
    symlinkSync('/etc/passwd', join(folder, autoName(9)))
    const listed = await listBackups(folder)
    expect(listed.ok && listed.value.map((b) => b.name)).toEqual([
      autoName(3),
      autoName(2),
      autoName(1),
    ])
    expect(await listBackups(join(folder, 'absent'))).toEqual({ ok: true, value: [] })
    await removeStaleTemporaryFiles(folder)
    expect(readdirSync(folder)).not.toContain('.bastion-auto-backup-x.tmp')
  })

  it('reads a backup by name only, with a size limit', async () => {
    await writeDays([1])
    const name = autoName(1)
    expect(await readBackup(folder, name)).toEqual({ ok: true, value: backupJson({ day: [1] }) })
    expect(await readBackup(folder, '../../etc/passwd')).toMatchObject({ ok: false })
    expect(await readBackup(folder, `../${name}`)).toMatchObject({ ok: false })
    expect(await readBackup(folder, 'bastion-backup-2026-11-01-210000.json')).toMatchObject({
      ok: false,
    })
    expect(await readBackup(folder, name, { maxBytes: 3 })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/too large/),
    })
    expect(await readBackup(folder, autoName(20))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/no longer/),
    })
  })

  it('refuses a backup that is a symbolic link', async () => {
    writeFileSync(join(folder, 'secret.txt'), 'not yours')
    symlinkSync(join(folder, 'secret.txt'), join(folder, autoName(1)))
    expect(await readBackup(folder, autoName(1))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/link to another file/),
    })
  })

  it('reads from the handle it checked: a file swapped after the check is refused', async () => {
    await writeDays([1])
    const swapping: BackupFs = {
      ...nodeBackupFs,
      openForRead: async (path) => {
        // Between the check and the open, the file is replaced by another one.
        renameSync(path, join(folder, 'moved-aside.json'))
        writeFileSync(path, 'swapped in')
        return nodeBackupFs.openForRead(path)
      },
    }
    expect(await readBackup(folder, autoName(1), { fs: swapping })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed while it was being opened/),
    })
  })

  it('never follows a link planted between the check and the open (O_NOFOLLOW)', async () => {
    if (process.platform === 'win32') return
    await writeDays([1])
    writeFileSync(join(folder, 'secret.txt'), 'not yours')
    const planting: BackupFs = {
      ...nodeBackupFs,
      openForRead: async (path) => {
        rmSync(path)
        symlinkSync(join(folder, 'secret.txt'), path)
        return nodeBackupFs.openForRead(path)
      },
    }
    const result = await readBackup(folder, autoName(1), { fs: planting })
    expect(result).toMatchObject({ ok: false })
    if (!result.ok) expect(result.error).not.toContain('not yours')
  })
})

describe('checkBackupHeader', () => {
  it('accepts the exporter’s layout and returns the header', () => {
    expect(checkBackupHeader(backupJson())).toMatchObject({
      ok: true,
      value: { format: 'bastion-backup', formatVersion: 2, schemaVersion: 3 },
    })
  })

  it('does not read past a header that is too long', () => {
    const padded = backupJson().replace(
      '"appVersion":"0.1.0"',
      `"appVersion":"${'x'.repeat(5000)}"`,
    )
    expect(checkBackupHeader(padded).ok).toBe(false)
  })
})
