import type { IpcMainInvokeEvent } from 'electron'
import {
  listBackups,
  nodeBackupFs,
  readBackup,
  removeStaleTemporaryFiles,
  writeBackup,
  type BackupFs,
} from '../backup-writer'
import type { BackupSettingsStore } from '../backup-settings'
import { BackupIpcSchemas, type BackupSettings } from '../shared/backup-schemas'
import { BackupChannels } from '../shared/channels'
import { fail, ok, type Result } from '../shared/result'
import type { IpcDomain } from './handle'

/**
 * The automatic-backup channels. Electron is injected (the folder picker) so the handlers run in
 * unit tests against a temp folder; ipc/backups.ts binds them to the app. The renderer never names
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

  return (handle) => {
    handle(BackupChannels.getSettings, BackupIpcSchemas[BackupChannels.getSettings], async () =>
      ok(await store.settings()),
    )

    handle(
      BackupChannels.chooseFolder,
      BackupIpcSchemas[BackupChannels.chooseFolder],
      async (_input, event) => {
        const folder = await deps.pickFolder(event, await store.folder())
        if (folder === null) return ok(null)
        return saveSettings(() => store.useFolder(folder), log)
      },
    )

    handle(BackupChannels.setSettings, BackupIpcSchemas[BackupChannels.setSettings], (change) =>
      saveSettings(() => store.update(change), log),
    )

    handle(BackupChannels.write, BackupIpcSchemas[BackupChannels.write], async ({ json }) => {
      const { folder, keep } = await store.load()
      const written = await writeBackup(folder ?? store.defaultFolder, json, {
        keep,
        now: now(),
        fs,
      })
      if (!written.ok) return written
      const { name, sizeBytes, modifiedAt } = written.value
      return ok({ name, sizeBytes, modifiedAt })
    })

    handle(BackupChannels.list, BackupIpcSchemas[BackupChannels.list], async () =>
      listBackups(await store.folder(), fs),
    )

    handle(BackupChannels.read, BackupIpcSchemas[BackupChannels.read], async ({ name }) =>
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
