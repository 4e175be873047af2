import type { IpcMainInvokeEvent } from 'electron'
import type { IpcDomain } from '../ipc/handle'
import type { BackupSettings } from '../shared/backup-schemas'
import { Channels } from '../shared/channels'
import { IpcSchemas } from '../shared/ipc-schemas'
import { fail, ok, type Result } from '../shared/result'
import {
  listBackups,
  nodeBackupFs,
  readBackup,
  removeStaleTemporaryFiles,
  writeBackup,
  type BackupFs,
} from './files'
import type { BackupSettingsStore } from './settings'

/**
 * The automatic-backup channels. Electron is injected (the folder picker) so the handlers run in
 * unit tests against a temp folder; backup/register.ts binds them to the app. The renderer never names
 * a folder: it is either the default one in userData or one the person picked in main's dialog,
 * and only files named like a backup are ever read from it.
 */

export interface BackupDomainDeps {
  store: BackupSettingsStore
  /** Main's folder picker, starting at `current`; null when the person cancels. */
  pickFolder(event: IpcMainInvokeEvent, current: string): Promise<string | null>
  fs?: BackupFs
  now?: () => Date
  log?: (message: string, error?: unknown) => void
}

function describeSettingsError(error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code
  return `Bastion could not save the backup settings${code ? ` (${code})` : ''}. Your backups are unchanged. Try again, or restart Bastion.`
}

async function saveSettings(
  change: () => Promise<BackupSettings>,
  log: NonNullable<BackupDomainDeps['log']>,
): Promise<Result<BackupSettings>> {
  try {
    return ok(await change())
  } catch (error) {
    log('[backup] could not save the backup settings', error)
    return fail(describeSettingsError(error))
  }
}

export function createBackupDomain(deps: BackupDomainDeps): IpcDomain {
  const { store } = deps
  const fs = deps.fs ?? nodeBackupFs
  const now = deps.now ?? (() => new Date())
  const log = deps.log ?? console.error
  // One write at a time (a daily and a quit backup may overlap): each sees the other's manifest.
  let writing: Promise<unknown> = Promise.resolve()

  return (handle) => {
    handle(Channels.backupGetSettings, IpcSchemas[Channels.backupGetSettings], async () =>
      ok(await store.settings()),
    )

    handle(
      Channels.backupChooseFolder,
      IpcSchemas[Channels.backupChooseFolder],
      async (_input, event) => {
        const folder = await deps.pickFolder(event, await store.folder())
        if (folder === null) return ok(null)
        return saveSettings(() => store.useFolder(folder), log)
      },
    )

    handle(Channels.backupSetSettings, IpcSchemas[Channels.backupSetSettings], (change) =>
      saveSettings(() => store.update(change), log),
    )

    handle(Channels.backupWrite, IpcSchemas[Channels.backupWrite], async ({ json }) => {
      const run = writing.then(async () => {
        const { folder, keep } = await store.load()
        return writeBackup(folder ?? store.defaultFolder, json, { keep, now: now(), fs })
      })
      writing = run.catch(() => undefined)
      const written = await run
      if (!written.ok) return written
      const { name, sizeBytes, modifiedAt } = written.value
      return ok({ name, sizeBytes, modifiedAt })
    })

    handle(Channels.backupList, IpcSchemas[Channels.backupList], async () =>
      listBackups(await store.folder(), fs),
    )

    handle(Channels.backupRead, IpcSchemas[Channels.backupRead], async ({ name }) =>
      readBackup(await store.folder(), name, { fs }),
    )
  }
}

/** On start: temporary files a crash left in the backups folder go. Never fails the start. */
export async function cleanUpBackupFolder(
  store: BackupSettingsStore,
  fs: BackupFs = nodeBackupFs,
  log: (message: string, error?: unknown) => void = console.warn,
): Promise<void> {
  try {
    await removeStaleTemporaryFiles(await store.folder(), fs)
  } catch (error) {
    log('[backup] could not remove temporary files from the backups folder', error)
  }
}
