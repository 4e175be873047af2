import Dexie from 'dexie'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { BastionDatabase, db } from '@renderer/db/database'
import { isDailyBackupDue } from '@renderer/features/backup/auto-backup'
import {
  exportBackup,
  restoreBackupText,
  StorageFullError,
} from '@renderer/features/backup/repository'
import { formatBytes } from '@renderer/features/backup/storage/storage'
import { showReloadBanner } from '@renderer/features/backup/schema-change/version-change'
import { dumpJson, resetDatabase, seedSample } from './sample-data'

describe('a full disk during a restore', () => {
  beforeEach(async () => {
    await resetDatabase()
    await seedSample()
  })

  it('says so, says nothing was lost, and nothing changed', async () => {
    const { text } = await exportBackup()
    await db.notes.put({ ...(await db.notes.get('n1'))!, id: 'only-here' })
    const before = await dumpJson()
    // The restore writes records with IndexedDB's own put: the disk fills up on the sessions.
    const put = IDBObjectStore.prototype.put
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (
      this: IDBObjectStore,
      ...args: Parameters<IDBObjectStore['put']>
    ) {
      if (this.name === 'sessionDays') {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
      }
      return put.apply(this, args)
    })
    const restoring = restoreBackupText(text, 'replace')
    await expect(restoring).rejects.toBeInstanceOf(StorageFullError)
    await expect(restoring).rejects.toThrow(/full.*Nothing was lost/)
    vi.restoreAllMocks()
    expect(await dumpJson()).toBe(before)
  })
})

describe('daily automatic backup', () => {
  const at = new Date(2026, 10, 27, 9, 0)
  const backup = (name: string) => ({ name, sizeBytes: 10, modifiedAt: 0 })

  it('is due when no backup was made today', () => {
    expect(isDailyBackupDue([], at)).toBe(true)
    expect(isDailyBackupDue([backup('bastion-auto-backup-2026-11-26-235959-000.json')], at)).toBe(
      true,
    )
    // A manual export made today is not the automatic backup.
    expect(isDailyBackupDue([backup('bastion-backup-2026-11-27-000100.json')], at)).toBe(true)
  })

  it('is not due once today has one', () => {
    expect(isDailyBackupDue([backup('bastion-auto-backup-2026-11-27-000100-250.json')], at)).toBe(
      false,
    )
  })
})

describe('storage figures', () => {
  it('reads like a file manager', () => {
    expect(formatBytes(0)).toBe('0 bytes')
    expect(formatBytes(2048)).toBe('2 KB')
    expect(formatBytes(5.3 * 1024 * 1024)).toBe('5.3 MB')
    expect(formatBytes(10 * 1024 ** 3)).toBe('10.0 GB')
  })
})

describe('two windows on one database', () => {
  const name = 'bastion-two-windows'
  afterEach(async () => {
    document.body.innerHTML = ''
    await Dexie.delete(name)
  })

  it('a window that sees a newer schema shows a reload banner and stops writing', async () => {
    document.body.innerHTML = '<div id="root"><button>Save</button></div>'
    const first = new BastionDatabase(name)
    await first.open()
    first.on('versionchange', () => {
      first.close()
      showReloadBanner()
      return false
    })
    const newer = new Dexie(name)
    newer.version(2).stores({ sessions: 'id, date' })
    await newer.open()
    const banner = document.querySelector('[role="alert"]')
    expect(banner?.textContent).toMatch(/updated in another window.*everything you saved is kept/)
    expect(banner?.querySelector('button')?.textContent).toBe('Reload now')
    expect(document.getElementById('root')?.hasAttribute('inert')).toBe(true)
    expect(first.isOpen()).toBe(false)
    newer.close()
  })
})
