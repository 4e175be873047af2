// @vitest-environment node
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { describeFileError, writeFileAtomically } from '../../../electron/atomic-write'
import {
  dialogFiltersFor,
  FALLBACK_FILE_NAME,
  sanitizeFileName,
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

  it('offers the file type first, then all files', () => {
    expect(dialogFiltersFor('plan.ics')).toEqual([
      { name: 'ICS file', extensions: ['ics'] },
      { name: 'All files', extensions: ['*'] },
    ])
    expect(dialogFiltersFor('notes')).toEqual([{ name: 'All files', extensions: ['*'] }])
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
