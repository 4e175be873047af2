// @vitest-environment node
import {
  chmodSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  describeFileError,
  writeFileAtomically,
  writeFileAtomicallySync,
} from '../../../electron/atomic-write'
import {
  dialogFiltersFor,
  FALLBACK_FILE_NAME,
  sanitizeFileName,
  saveNameFor,
  withAllowedExtension,
  withExtension,
} from '../../../electron/file-names'

describe('sanitizeFileName', () => {
  it.each([
    ['bastion-plan.ics', 'bastion-plan.ics'],
    ['Study log 2026-05.csv', 'Study log 2026-05.csv'],
    ['../../.bashrc', '-..-.bashrc'],
    ['/etc/passwd', '-etc-passwd'],
    ['..\\..\\Windows\\win.ini', '-..-Windows-win.ini'],
    ['C:\\Users\\x\\evil.exe', 'C--Users-x-evil.exe'],
    ['report<1>?.pdf', 'report-1--.pdf'],
    ['tab\there.txt', 'tab-here.txt'],
    ['.hidden', 'hidden'],
    ['trailing dots...', 'trailing dots'],
    ['  spaced  ', 'spaced'],
  ])('%j becomes %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected)
  })

  it.each(['', '   ', '...', 'CON', 'nul.txt', 'com1', 'LPT9.log'])(
    '%j falls back to the default name',
    (input) => {
      expect(sanitizeFileName(input)).toBe(FALLBACK_FILE_NAME)
    },
  )

  it('shortens a very long name but keeps its extension', () => {
    const name = sanitizeFileName(`${'a'.repeat(300)}.csv`)
    expect(name.length).toBeLessThanOrEqual(120)
    expect(name.endsWith('.csv')).toBe(true)
  })
})

describe('withExtension and dialogFiltersFor', () => {
  it('adds a missing extension only', () => {
    expect(withExtension('plan', '.pdf')).toBe('plan.pdf')
    expect(withExtension('plan.PDF', '.pdf')).toBe('plan.PDF')
  })

  it('offers only the file’s own type, never all files', () => {
    expect(dialogFiltersFor('ics')).toEqual([{ name: 'ICS file', extensions: ['ics'] }])
  })
})

describe('saveNameFor: the page never chooses a runnable extension', () => {
  it.each([
    ['bastion-plan.ics', 'text/calendar', 'bastion-plan.ics', 'ics'],
    ['backup.JSON', 'application/json', 'backup.JSON', 'json'],
    ['ledger.csv', 'text/csv', 'ledger.csv', 'csv'],
    ['notes.md', 'text/markdown', 'notes.md', 'md'],
    ['index.pdf', 'application/pdf', 'index.pdf', 'pdf'],
    ['readme.txt', 'text/plain', 'readme.txt', 'txt'],
    ['payload.hta', 'text/csv', 'payload.hta.csv', 'csv'],
    ['run.desktop', 'text/plain', 'run.desktop.txt', 'txt'],
    ['evil.bat', 'application/x-msdownload', 'evil.bat.txt', 'txt'],
    ['shortcut.lnk', '', 'shortcut.lnk.txt', 'txt'],
    ['script.ps1', 'text/csv; charset=utf-8', 'script.ps1.csv', 'csv'],
    ['no-extension', 'application/json', 'no-extension.json', 'json'],
    ['../../.bashrc', 'text/plain', '-..-.bashrc.txt', 'txt'],
  ])('%j (%s) is saved as %j', (suggested, mimeType, name, extension) => {
    expect(saveNameFor(suggested, mimeType)).toEqual({ name, extension })
  })

  it('adds the file’s extension to a chosen path that lacks an allowed one', () => {
    expect(withAllowedExtension('/home/ada/plan.ics', 'ics')).toBe('/home/ada/plan.ics')
    expect(withAllowedExtension('/home/ada/plan.txt', 'ics')).toBe('/home/ada/plan.txt')
    expect(withAllowedExtension('/home/ada/plan.hta', 'ics')).toBe('/home/ada/plan.hta.ics')
    expect(withAllowedExtension('/home/ada/plan', 'json')).toBe('/home/ada/plan.json')
  })
})

describe('writeFileAtomically', () => {
  let dir = ''
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bastion-atomic-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('writes new content over old and leaves no temporary file', async () => {
    const file = join(dir, 'export.csv')
    writeFileSync(file, 'old')
    await writeFileAtomically(file, 'new,content\n')
    expect(readFileSync(file, 'utf8')).toBe('new,content\n')
    expect(readdirSync(dir)).toEqual(['export.csv'])
  })

  it('writes bytes', async () => {
    const file = join(dir, 'plan.pdf')
    await writeFileAtomically(file, new Uint8Array([37, 80, 68, 70]))
    expect(readFileSync(file).toString('latin1')).toBe('%PDF')
  })

  it.skipIf(process.platform === 'win32')(
    'creates new files readable by their owner only',
    async () => {
      const file = join(dir, 'backup.json')
      await writeFileAtomically(file, '{}')
      expect(statSync(file).mode & 0o777).toBe(0o600)
      writeFileAtomicallySync(join(dir, 'state.json'), '{}')
      expect(statSync(join(dir, 'state.json')).mode & 0o777).toBe(0o600)
    },
  )

  it.skipIf(process.platform === 'win32')('keeps the mode of the file it replaces', async () => {
    const file = join(dir, 'export.csv')
    writeFileSync(file, 'old')
    chmodSync(file, 0o600)
    await writeFileAtomically(file, 'new')
    expect(statSync(file).mode & 0o777).toBe(0o600)
    chmodSync(file, 0o640)
    await writeFileAtomically(file, 'newer')
    expect(statSync(file).mode & 0o777).toBe(0o640)
  })

  it('keeps the old file and cleans up when the write fails', async () => {
    const file = join(dir, 'missing-folder', 'export.csv')
    await expect(writeFileAtomically(file, 'x')).rejects.toMatchObject({ code: 'ENOENT' })
    expect(readdirSync(dir)).toEqual([])
  })
})

describe('describeFileError', () => {
  it.each([
    ['EACCES', /not allowed to write there/],
    ['ENOSPC', /disk is full/],
    ['EROFS', /read-only/],
    ['ENOENT', /no longer exists/],
    ['EWHATEVER', /Try again/],
  ])('%s says what to do', (code, advice) => {
    const message = describeFileError(Object.assign(new Error('x'), { code }), '/home/ada/plan.csv')
    expect(message).toMatch(/^"plan.csv" could not be saved\./)
    expect(message).toMatch(advice)
  })
})
