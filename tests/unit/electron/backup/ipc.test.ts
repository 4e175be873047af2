// @vitest-environment node
import type { IpcMainInvokeEvent } from 'electron'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { writeFileAtomically } from '../../../../electron/atomic-write'
import {
  applySettingsChange,
  createBackupSettingsStore,
  parseStoredSettings,
  toSettings,
  type BackupSettingsFs,
  type BackupSettingsStore,
} from '../../../../electron/backup/settings'
import { cleanUpBackupFolder, createBackupDomain } from '../../../../electron/backup/handlers'
import {
  createHandle,
  UNTRUSTED_SENDER_ERROR,
  type IpcRegistrar,
} from '../../../../electron/ipc/handle'
import {
  DEFAULT_BACKUPS_KEPT,
  type BackupFileInfo,
} from '../../../../electron/shared/backup-schemas'
import { backupJson } from './backup-json'

/**
 * The backup channels through the real `handle()` (sender and payload checks), the real
 * backup-writer and settings store on a temp folder; only main's folder dialog is faked.
 */

const APP_PAGE = 'app://bastion/index.html'

function eventFrom(frameUrl: string | null): IpcMainInvokeEvent {
  const senderFrame = frameUrl === null ? null : { url: frameUrl }
  return { senderFrame, sender: {} } as unknown as IpcMainInvokeEvent
}

const settingsFs: BackupSettingsFs = {
  readText: async (path) => {
    try {
      return await readFile(path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
      throw error
    }
  },
  writeText: (path, text) => writeFileAtomically(path, text),
}

let userData = ''
let store: BackupSettingsStore
let pickFolder: ReturnType<
  typeof vi.fn<(event: IpcMainInvokeEvent, current: string) => Promise<string | null>>
>
let listeners: Map<string, (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>>
type Log = (message: string, error?: unknown) => void
let log: ReturnType<typeof vi.fn<Log>>
let clock = new Date(2026, 10, 27, 9, 0, 0)

/** Loosely typed on purpose: the tests check the shape of what crosses IPC. */
function call<T = unknown>(channel: string, payload?: unknown, frameUrl: string | null = APP_PAGE) {
  const listener = listeners.get(channel)
  if (!listener) throw new Error(`${channel} is not registered`)
  return listener(eventFrom(frameUrl), payload) as Promise<{
    ok: boolean
    value: T
    error?: string
  }>
}

beforeEach(() => {
  userData = mkdtempSync(join(tmpdir(), 'bastion-userdata-'))
  store = createBackupSettingsStore({
    settingsFile: join(userData, 'backup-settings.json'),
    defaultFolder: join(userData, 'Backups'),
    fs: settingsFs,
    log: vi.fn(),
  })
  pickFolder = vi.fn(async () => null)
  listeners = new Map()
  log = vi.fn<Log>()
  clock = new Date(2026, 10, 27, 9, 0, 0)
  const registrar: IpcRegistrar = {
    handle: (channel, listener) => void listeners.set(channel, listener),
  }
  const domain = createBackupDomain({ store, pickFolder, now: () => clock, log })
  domain(createHandle(registrar, { log }))
})
afterEach(() => rmSync(userData, { recursive: true, force: true }))

describe('settings logic', () => {
  it('falls back to the defaults for a missing, damaged or out-of-range file', () => {
    const defaults = { folder: null, keep: DEFAULT_BACKUPS_KEPT }
    expect(parseStoredSettings(null)).toEqual(defaults)
    expect(parseStoredSettings('{"folder":')).toEqual(defaults)
    expect(parseStoredSettings('{"folder":null,"keep":0}')).toEqual(defaults)
    expect(parseStoredSettings('{"folder":"","keep":3}')).toEqual(defaults)
    // Keeping 1 or 2 was allowed before; it now means the minimum of 3, not the default.
    expect(parseStoredSettings('{"folder":null,"keep":1}')).toEqual({ folder: null, keep: 3 })
    expect(parseStoredSettings('[]')).toEqual(defaults)
    expect(parseStoredSettings('{"folder":"/media/usb","keep":3}')).toEqual({
      folder: '/media/usb',
      keep: 3,
    })
  })

  it('merges a change and shows the folder in use', () => {
    const stored = { folder: '/media/usb', keep: 7 }
    expect(applySettingsChange(stored, { keep: 30 })).toEqual({ folder: '/media/usb', keep: 30 })
    expect(applySettingsChange(stored, { useDefaultFolder: true })).toEqual({
      folder: null,
      keep: 7,
    })
    expect(toSettings(stored, '/data/Backups')).toEqual({
      folder: '/media/usb',
      isDefaultFolder: false,
      keep: 7,
    })
    expect(toSettings({ folder: null, keep: 7 }, '/data/Backups')).toEqual({
      folder: '/data/Backups',
      isDefaultFolder: true,
      keep: 7,
    })
  })
})

describe('backup IPC handlers', () => {
  it('registers the six invoke channels, not the two one-way events', () => {
    expect([...listeners.keys()].sort()).toEqual([
      'backup:choose-folder',
      'backup:get-settings',
      'backup:list',
      'backup:read',
      'backup:set-settings',
      'backup:write',
    ])
  })

  it('starts with the default folder inside userData and 14 kept', async () => {
    await expect(call('backup:get-settings')).resolves.toEqual({
      ok: true,
      value: {
        folder: join(userData, 'Backups'),
        isDefaultFolder: true,
        keep: DEFAULT_BACKUPS_KEPT,
      },
    })
  })

  it('keeps settings across a restart, written atomically as JSON', async () => {
    await expect(call('backup:set-settings', { keep: 3 })).resolves.toMatchObject({
      ok: true,
      value: { keep: 3, isDefaultFolder: true },
    })
    expect(JSON.parse(readFileSync(join(userData, 'backup-settings.json'), 'utf8'))).toEqual({
      folder: null,
      keep: 3,
    })
    expect(readdirSync(userData)).toEqual(['backup-settings.json'])
    const restarted = createBackupSettingsStore({
      settingsFile: join(userData, 'backup-settings.json'),
      defaultFolder: join(userData, 'Backups'),
      fs: settingsFs,
    })
    await expect(restarted.settings()).resolves.toMatchObject({ keep: 3 })
  })

  it('uses a folder picked in the dialog, and goes back to the default on request', async () => {
    const usb = join(userData, 'usb')
    pickFolder.mockResolvedValueOnce(usb)
    await expect(call('backup:choose-folder')).resolves.toEqual({
      ok: true,
      value: { folder: usb, isDefaultFolder: false, keep: DEFAULT_BACKUPS_KEPT },
    })
    expect(pickFolder).toHaveBeenCalledWith(expect.anything(), join(userData, 'Backups'))

    await expect(call('backup:set-settings', { keep: 5 })).resolves.toMatchObject({
      value: { folder: usb, keep: 5 },
    })
    await expect(call('backup:set-settings', { useDefaultFolder: true })).resolves.toEqual({
      ok: true,
      value: { folder: join(userData, 'Backups'), isDefaultFolder: true, keep: 5 },
    })
  })

  it('changes nothing when the folder dialog is cancelled', async () => {
    await expect(call('backup:choose-folder')).resolves.toEqual({ ok: true, value: null })
    expect(readdirSync(userData)).toEqual([])
  })

  it('serialises quick changes so none is lost', async () => {
    await Promise.all([
      call('backup:set-settings', { keep: 9 }),
      call('backup:set-settings', { useDefaultFolder: true }),
    ])
    await expect(store.load()).resolves.toEqual({ folder: null, keep: 9 })
  })

  it('says so, readably, when the settings cannot be saved', async () => {
    writeFileSync(join(userData, 'blocker'), '')
    const blocked = createBackupSettingsStore({
      settingsFile: join(userData, 'blocker', 'backup-settings.json'),
      defaultFolder: join(userData, 'Backups'),
      fs: settingsFs,
      log: vi.fn(),
    })
    const registrar: IpcRegistrar = {
      handle: (channel, listener) => void listeners.set(channel, listener),
    }
    createBackupDomain({ store: blocked, pickFolder, log })(createHandle(registrar, { log }))
    const result = await call('backup:set-settings', { keep: 4 })
    expect(result).toMatchObject({ ok: false })
    expect(result.error).toMatch(/could not save the backup settings \(ENOTDIR\)/)
  })

  it('writes, lists newest first and reads back through the real writer, keeping `keep`', async () => {
    await call('backup:set-settings', { keep: 3 })
    const written: string[] = []
    for (const hour of [9, 10, 11, 12]) {
      clock = new Date(2026, 10, 27, hour, 0, 0)
      const result = await call<BackupFileInfo>('backup:write', {
        json: backupJson({ hour: [hour] }),
        reason: 'daily',
      })
      expect(result.ok).toBe(true)
      expect(Object.keys(result.value).sort()).toEqual(['modifiedAt', 'name', 'sizeBytes'])
      written.push(result.value.name)
    }
    expect(written[3]).toBe('bastion-auto-backup-2026-11-27-120000-000.json')

    const listed = await call<BackupFileInfo[]>('backup:list')
    expect(listed.ok).toBe(true)
    expect(listed.value.map((info) => info.name)).toEqual([
      'bastion-auto-backup-2026-11-27-120000-000.json',
      'bastion-auto-backup-2026-11-27-110000-000.json',
      'bastion-auto-backup-2026-11-27-100000-000.json',
    ])
    expect(listed.value[0]?.sizeBytes).toBe(backupJson({ hour: [12] }).length)

    await expect(
      call('backup:read', { name: 'bastion-auto-backup-2026-11-27-100000-000.json' }),
    ).resolves.toEqual({ ok: true, value: backupJson({ hour: [10] }) })
  })

  it('refuses to write what is not a backup, and writes nothing', async () => {
    const result = await call('backup:write', { json: '{"hour":9}', reason: 'daily' })
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^The automatic backup was not written: /),
    })
    await expect(call('backup:list')).resolves.toEqual({ ok: true, value: [] })
  })

  it('writes into a picked folder, creating it', async () => {
    const usb = join(userData, 'usb', 'bastion')
    pickFolder.mockResolvedValueOnce(usb)
    await call('backup:choose-folder')
    await call('backup:write', { json: backupJson(), reason: 'quit' })
    expect(readdirSync(usb).sort()).toEqual([
      '.bastion-auto-backups.json',
      'bastion-auto-backup-2026-11-27-090000-000.json',
    ])
  })

  it('lists no backups before the first one is written', async () => {
    await expect(call('backup:list')).resolves.toEqual({ ok: true, value: [] })
  })

  it('answers a missing backup with what happened', async () => {
    await expect(
      call('backup:read', { name: 'bastion-auto-backup-2026-01-01-000000-000.json' }),
    ).resolves.toEqual({ ok: false, error: 'That backup is no longer in the backups folder.' })
  })

  it.each([
    ['../backup-settings.json'],
    ['../../etc/passwd'],
    ['/etc/passwd'],
    ['..\\..\\Windows\\win.ini'],
    ['bastion-auto-backup-2026-11-27-090000-000.json/../../backup-settings.json'],
    ['../bastion-backup-2026-11-27-090000.json'],
    ['bastion-auto-backup-2026-11-27-090000-000.json\u0000.txt'],
    ['notes.json'],
  ])('refuses to read %j', async (name) => {
    // A file that would be reachable if the name were joined as given.
    mkdirSync(join(userData, 'Backups'), { recursive: true })
    writeFileSync(join(userData, 'bastion-auto-backup-2026-11-27-090000-000.json'), 'outside')
    const result = await call('backup:read', { name })
    expect(result.ok).toBe(false)
    expect(result.error).toMatch(/request was not valid \(backup:read: name: /)
  })

  it.each([
    ['backup:get-settings', { folder: '/etc' }],
    ['backup:choose-folder', '/etc'],
    ['backup:list', { folder: '/' }],
    ['backup:set-settings', { folder: '/etc', keep: 3 }],
    ['backup:set-settings', { keep: 0 }],
    ['backup:set-settings', { keep: 2 }],
    ['backup:set-settings', { keep: 366 }],
    ['backup:set-settings', { keep: 2.5 }],
    ['backup:set-settings', { useDefaultFolder: false }],
    ['backup:set-settings', undefined],
    ['backup:write', { json: '{}', reason: 'because' }],
    ['backup:write', { json: '', reason: 'daily' }],
    ['backup:write', { json: 42, reason: 'daily' }],
    ['backup:write', undefined],
    ['backup:read', undefined],
    ['backup:read', { name: 42 }],
  ])('refuses %s with the bad payload %j', async (channel, payload) => {
    const result = await call(channel, payload)
    expect(result).toMatchObject({ ok: false })
    expect(result.error).toMatch(/^Bastion could not do that because the request was not valid/)
    expect(pickFolder).not.toHaveBeenCalled()
    expect(readdirSync(userData)).toEqual([])
  })

  it.each([
    ['backup:get-settings', undefined],
    ['backup:choose-folder', undefined],
    ['backup:set-settings', { keep: 3 }],
    ['backup:write', { json: backupJson(), reason: 'manual' }],
    ['backup:list', undefined],
    ['backup:read', { name: 'bastion-auto-backup-2026-11-27-090000-000.json' }],
  ])('refuses %s from a page Bastion did not load', async (channel, payload) => {
    for (const url of ['https://evil.example/', 'file:///tmp/x.html', null]) {
      await expect(call(channel, payload, url)).resolves.toEqual({
        ok: false,
        error: UNTRUSTED_SENDER_ERROR,
      })
    }
    expect(pickFolder).not.toHaveBeenCalled()
    expect(readdirSync(userData)).toEqual([])
  })
})

describe('cleanUpBackupFolder', () => {
  it('removes temporary files a crash left, and nothing else', async () => {
    const folder = join(userData, 'Backups')
    mkdirSync(folder)
    writeFileSync(join(folder, '.bastion-auto-backup-abc.tmp'), '{"half')
    writeFileSync(join(folder, '.bastion-auto-backups.json.abc.tmp'), '{"half')
    writeFileSync(join(folder, 'bastion-auto-backup-2026-11-27-090000-000.json'), '{}')
    writeFileSync(join(folder, 'notes.txt'), 'mine')
    await cleanUpBackupFolder(store)
    expect(readdirSync(folder).sort()).toEqual([
      'bastion-auto-backup-2026-11-27-090000-000.json',
      'notes.txt',
    ])
  })

  it('never fails the start: a missing folder is fine, an error is logged', async () => {
    await expect(cleanUpBackupFolder(store)).resolves.toBeUndefined()
    const warn = vi.fn()
    const failing = {
      readdir: async () => ['.bastion-auto-backup-x.tmp'],
      rm: async () => {
        throw Object.assign(new Error('EACCES: simulated'), { code: 'EACCES' })
      },
    } as unknown as Parameters<typeof cleanUpBackupFolder>[1]
    await expect(cleanUpBackupFolder(store, failing, warn)).resolves.toBeUndefined()
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('temporary files'), expect.any(Error))
  })
})
