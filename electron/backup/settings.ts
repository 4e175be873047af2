import {
  DEFAULT_BACKUPS_KEPT,
  StoredBackupSettings,
  type BackupSettings,
  type BackupSettingsChange,
} from '../shared/backup-schemas'

/**
 * Where automatic backups go and how many are kept, stored as `backup-settings.json` in userData.
 * No Electron here: the file functions and paths are injected, so tests run on a temp folder.
 * A missing or damaged settings file means the defaults, never a crash on start.
 */

export const DEFAULT_STORED_BACKUP_SETTINGS: StoredBackupSettings = {
  folder: null,
  keep: DEFAULT_BACKUPS_KEPT,
}

/** The stored settings in `text`, or the defaults when there is none or it is not valid. */
export function parseStoredSettings(text: string | null): StoredBackupSettings {
  if (text === null) return { ...DEFAULT_STORED_BACKUP_SETTINGS }
  try {
    const parsed = StoredBackupSettings.safeParse(JSON.parse(text))
    if (parsed.success) return parsed.data
  } catch {
    // Not JSON (a half-written file from an older version, or edited by hand): use the defaults.
  }
  return { ...DEFAULT_STORED_BACKUP_SETTINGS }
}

export function applySettingsChange(
  stored: StoredBackupSettings,
  change: BackupSettingsChange,
): StoredBackupSettings {
  return {
    folder: change.useDefaultFolder ? null : stored.folder,
    keep: change.keep ?? stored.keep,
  }
}

/** What the renderer sees: the folder in use, whichever it is. */
export function toSettings(stored: StoredBackupSettings, defaultFolder: string): BackupSettings {
  return {
    folder: stored.folder ?? defaultFolder,
    isDefaultFolder: stored.folder === null,
    keep: stored.keep,
  }
}

export interface BackupSettingsFs {
  /** The file's text, or null when it does not exist. */
  readText(path: string): Promise<string | null>
  /** Replaces the file atomically (writeFileAtomically in the app). */
  writeText(path: string, text: string): Promise<void>
}

export interface BackupSettingsStoreOptions {
  /** userData/backup-settings.json in the app. */
  settingsFile: string
  /** userData/Backups in the app. */
  defaultFolder: string
  fs: BackupSettingsFs
  log?: (message: string, error?: unknown) => void
}

export interface BackupSettingsStore {
  readonly defaultFolder: string
  load(): Promise<StoredBackupSettings>
  settings(): Promise<BackupSettings>
  /** The folder backups go to now. */
  folder(): Promise<string>
  update(change: BackupSettingsChange): Promise<BackupSettings>
  /** Stores a folder the person picked in main's dialog (never one the renderer names). */
  useFolder(folder: string): Promise<BackupSettings>
}

export function createBackupSettingsStore(
  options: BackupSettingsStoreOptions,
): BackupSettingsStore {
  const { settingsFile, defaultFolder, fs } = options
  const log = options.log ?? console.warn
  // Changes run one after another, so two quick edits cannot each overwrite the other's.
  let pending: Promise<unknown> = Promise.resolve()

  async function load(): Promise<StoredBackupSettings> {
    let text: string | null
    try {
      text = await fs.readText(settingsFile)
    } catch (error) {
      log('[backup] could not read the backup settings; using the defaults', error)
      text = null
    }
    return parseStoredSettings(text)
  }

  function change(
    next: (stored: StoredBackupSettings) => StoredBackupSettings,
  ): Promise<BackupSettings> {
    const run = pending.then(async () => {
      // Parsed again before writing: what goes to disk is always what load() accepts.
      const stored = StoredBackupSettings.parse(next(await load()))
      await fs.writeText(settingsFile, `${JSON.stringify(stored, null, 2)}\n`)
      return toSettings(stored, defaultFolder)
    })
    pending = run.catch(() => undefined)
    return run
  }

  return {
    defaultFolder,
    load,
    settings: async () => toSettings(await load(), defaultFolder),
    folder: async () => (await load()).folder ?? defaultFolder,
    update: (settingsChange) => change((stored) => applySettingsChange(stored, settingsChange)),
    // Picking the default folder itself is the same as going back to the default.
    useFolder: (folder) =>
      change((stored) => ({ ...stored, folder: folder === defaultFolder ? null : folder })),
  }
}
