import { beforeEach, describe, expect, it, vi } from 'vitest'
import { db, readRows, tableNames } from '@renderer/db/database'
import {
  applyBackup,
  exportBackup,
  exportBackupFile,
  isQuotaError,
  readBackupText,
  resourcesInUseByRows,
  restoreBackupText,
  StorageFullError,
  type ExportProgress,
  type RestoreProgress,
} from '@renderer/features/backup/repository'
import type { ValidBackup } from '@renderer/features/backup/format/validate'
import { dumpJson, GSEC, resetDatabase, seedSample } from './sample-data'
import { putSessionRows, sessionRow, sessionRows } from '../db/rows'

/**
 * What export and restore report and keep: progress a user watches, the counts, what a merge
 * keeps of both sides, and which errors mean a full disk. (Written against the mutation report
 * of repository.ts.)
 */

beforeEach(async () => {
  await resetDatabase()
  await seedSample()
})

async function checked(text: string): Promise<ValidBackup> {
  const check = await readBackupText(text)
  if (!check.ok) throw new Error('expected a valid backup')
  return check.backup
}

/** Sessions spread over 90 days, as many as asked. */
async function bulkSessions(count: number) {
  const template = (await sessionRow('s1'))!
  return Array.from({ length: count }, (_, index) => ({
    ...template,
    id: `bulk-${index}`,
    date: `2026-0${1 + (index % 9)}-1${index % 10}`,
  }))
}

describe('export', () => {
  it('reports each table once as it is read, ending with all of them', async () => {
    const seen: ExportProgress[] = []
    const { counts } = await exportBackup((progress) => seen.push({ ...progress }))
    const total = tableNames.length
    expect(seen[0]).toEqual({ table: tableNames[0], done: 0, total })
    expect(seen.map((progress) => progress.done)).toEqual(
      Array.from({ length: total + 1 }, (_, index) => index),
    )
    expect(
      seen
        .slice(1)
        .map((progress) => progress.table)
        .sort(),
    ).toEqual([...tableNames].sort())
    expect(counts.sessions).toBe(2)
    expect(counts.notes).toBe(2)
    expect(counts.resources).toBe(await db.resources.count())
  })

  it('names the file by the time of the export, and saves the same bytes as the text', async () => {
    const now = new Date(2026, 10, 27, 9, 5, 7)
    const { text, fileName } = await exportBackup(undefined, now)
    const saved = await exportBackupFile(undefined, now)
    expect(fileName).toBe('bastion-backup-2026-11-27-090507.json')
    expect(saved.fileName).toBe(fileName)
    expect(saved.file.type).toBe('application/json')
    expect(await saved.file.text()).toBe(text)
    expect(saved.counts.sessions).toBe(2)
  })
})

// Each large restore writes 1,300 rows: seconds on a loaded machine, under jsdom.
describe('restore progress', () => {
  it('a small restore reports once: every row written', async () => {
    const backup = await checked((await exportBackup()).text)
    const total = tableNames.reduce((sum, name) => sum + backup.tables[name].length, 0)
    const seen: RestoreProgress[] = []
    await applyBackup(backup, 'replace', (progress) => seen.push(progress))
    expect(seen).toEqual([{ written: total, total }])
  })

  it('a large restore reports a few times as rows are written, ending at the total', async () => {
    await putSessionRows(await bulkSessions(1_300))
    const backup = await checked((await exportBackup()).text)
    const total = tableNames.reduce((sum, name) => sum + backup.tables[name].length, 0)
    expect(total).toBeGreaterThan(1_300)
    const seen: RestoreProgress[] = []
    await applyBackup(backup, 'replace', (progress) => seen.push(progress))
    expect(seen.at(-1)).toEqual({ written: total, total })
    expect(seen.length).toBeGreaterThanOrEqual(3)
    expect(seen.length).toBeLessThan(10)
    const written = seen.map((progress) => progress.written)
    expect(written).toEqual([...written].sort((a, b) => a - b))
    expect(new Set(written).size).toBe(written.length)
    for (const progress of seen) expect(progress.total).toBe(total)
    // Between the first and the last, each report counts the rows written so far in 500s.
    for (const progress of seen.slice(0, -1)) expect(progress.written % 500).toBe(0)
    expect(written[0]).toBeGreaterThan(0)
    expect(await sessionRows()).toHaveLength(1_302)
  }, 60_000)

  it('a large restore nobody watches writes every row', async () => {
    await putSessionRows(await bulkSessions(1_300))
    const backup = await checked((await exportBackup()).text)
    await resetDatabase()
    await applyBackup(backup, 'replace')
    expect(await sessionRows()).toHaveLength(1_302)
  }, 60_000)
})

describe('merge', () => {
  it('keeps rows only the database has and takes the backup’s version of rows in both', async () => {
    const { text } = await exportBackup()
    const s1 = (await sessionRow('s1'))!
    await putSessionRows([
      { ...s1, id: 's-local', covered: 'only here' },
      { ...s1, minutes: 5, covered: 'edited after the backup' },
    ])
    await db.notes.put({ ...(await db.notes.get('n1'))!, title: 'edited' })
    expect((await restoreBackupText(text, 'merge')).ok).toBe(true)
    expect(await sessionRow('s1')).toMatchObject({ minutes: 45, covered: s1.covered })
    expect(await sessionRow('s-local')).toMatchObject({ covered: 'only here' })
    expect((await sessionRows()).map((row) => row.id).sort()).toEqual(['s-local', 's1', 's2'])
    expect((await db.notes.get('n1'))?.title).toBe('Prompt injection')
  })

  it('keeps a resource the catalog dropped while a row only the database has uses it', async () => {
    const { text } = await exportBackup()
    const custom = (await db.resources.get('custom-1'))!
    await db.resources.put({ ...custom, id: 'cat-dropped', origin: 'catalog' })
    await db.notes.put({ ...(await db.notes.get('n1'))!, id: 'n-local', resourceId: 'cat-dropped' })
    expect((await restoreBackupText(text, 'merge')).ok).toBe(true)
    expect(await db.resources.get('cat-dropped')).toMatchObject({ removedFromCatalog: true })
    expect((await db.notes.get('n-local'))?.resourceId).toBe('cat-dropped')
  })

  it('merging the same backup twice changes nothing the second time', async () => {
    const { text } = await exportBackup()
    await putSessionRows([{ ...(await sessionRow('s1'))!, id: 's-local' }])
    await restoreBackupText(text, 'merge')
    const once = await dumpJson()
    await restoreBackupText(text, 'merge')
    expect(await dumpJson()).toBe(once)
  })

  it('replace keeps no row the backup lacks, in packed tables too', async () => {
    const { text } = await exportBackup()
    await putSessionRows([{ ...(await sessionRow('s1'))!, id: 's-local' }])
    await restoreBackupText(text, 'replace')
    expect((await readRows('sessions')).map((row) => (row as { id: string }).id).sort()).toEqual([
      's1',
      's2',
    ])
  })
})

describe('a restore that fails', () => {
  /** IndexedDB's put fails on the sessions' store with this error. */
  function failPutsWith(error: DOMException): void {
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'sessionDays') throw error
      return put.apply(this, args)
    })
  }

  it('on a full disk, says so in plain words, and nothing changed', async () => {
    const { text } = await exportBackup()
    await db.notes.put({ ...(await db.notes.get('n1'))!, id: 'only-here' })
    const before = await dumpJson()
    failPutsWith(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
    const error = await restoreBackupText(text, 'replace').catch((caught: unknown) => caught)
    vi.restoreAllMocks()
    expect(error).toBeInstanceOf(StorageFullError)
    expect(String(error)).toBe(
      'StorageFullError: The disk or the browser’s storage for Bastion is full, so the restore was not applied. Nothing was lost: your data is exactly as it was. Free some space, then try again.',
    )
    expect(await dumpJson()).toBe(before)
  })

  it('for another reason, is not called a full disk', async () => {
    const { text } = await exportBackup()
    failPutsWith(new DOMException('The object could not be cloned.', 'DataCloneError'))
    const error = await restoreBackupText(text, 'replace').catch((caught: unknown) => caught)
    vi.restoreAllMocks()
    expect(error).not.toBeInstanceOf(StorageFullError)
    expect(String(error)).not.toMatch(/full/)
  })
})

describe('which errors mean the storage is full', () => {
  const quota = { name: 'QuotaExceededError' }

  it('the browser’s error, or one wrapped up to three times', () => {
    expect(isQuotaError(quota)).toBe(true)
    expect(isQuotaError({ name: 'AbortError', inner: quota })).toBe(true)
    expect(isQuotaError({ name: 'A', inner: { name: 'B', inner: quota } })).toBe(true)
    expect(isQuotaError({ inner: { inner: { inner: quota } } })).toBe(true)
  })

  it('not a deeper one, another error, or nothing', () => {
    expect(isQuotaError({ inner: { inner: { inner: { inner: quota } } } })).toBe(false)
    expect(isQuotaError({ name: 'ConstraintError' })).toBe(false)
    expect(isQuotaError(new Error('QuotaExceededError'))).toBe(false)
    expect(isQuotaError(null)).toBe(false)
    expect(isQuotaError(undefined)).toBe(false)
  })
})

describe('resources in use, read from the rows of a replace restore', () => {
  function rows(tables: Partial<ValidBackup['tables']>): ValidBackup['tables'] {
    return Object.fromEntries(tableNames.map((name) => [name, tables[name] ?? []])) as never
  }

  it('counts every usage table and progress, as the database index would', () => {
    const inUse = resourcesInUseByRows(
      rows({
        planItems: [{ resourceId: 'r-plan' }],
        sessions: [{ resourceId: 'r-session' }],
        notes: [{ resourceId: 'r-note' }, {}],
        quotes: [{ resourceId: 'r-quote' }],
        indexEntries: [{ resourceId: 'r-index' }],
        expenses: [{ resourceId: 'r-expense' }],
        resourceProgress: [{ resourceId: 'r-progress' }],
        attempts: [{ resourceId: 'r-attempt', certificationId: GSEC }],
      }),
    )
    expect([...inUse].sort()).toEqual([
      'r-expense',
      'r-index',
      'r-note',
      'r-plan',
      'r-progress',
      'r-quote',
      'r-session',
    ])
  })

  it('keeps numbers as an index would (as text), and leaves out what no index holds', () => {
    const inUse = resourcesInUseByRows(
      rows({
        notes: [{ resourceId: 7 }, { resourceId: Number.NaN }, { resourceId: null }],
        sessions: [{ resourceId: ['r'] }, { resourceId: true }],
      }),
    )
    expect([...inUse]).toEqual(['7'])
  })
})
