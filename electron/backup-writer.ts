import { randomUUID } from 'node:crypto'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import {
  BACKUP_FILE_PATTERN,
  backupFileName,
  MAX_BACKUP_BYTES,
  type BackupFileInfo,
} from './shared/backup-schemas'
import { fail, ok, type Result } from './shared/result'

/**
 * Automatic backups on disk, with no Electron in sight so it is unit-tested with injected file
 * system functions. A backup is written to a temporary file in the same folder, flushed to disk
 * (fsync) and renamed into place: a crash or a full disk leaves the previous backups and no
 * half-written one. Only files named like `bastion-backup-YYYY-MM-DD-HHmmss.json` are listed,
 * rotated or read, so nothing else in the folder is ever touched.
 */

export interface BackupFileHandle {
  writeFile(data: string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** The file system calls used, shaped like node:fs/promises. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  open(path: string, flags: 'wx'): Promise<BackupFileHandle>
  rename(from: string, to: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<{ size: number; mtimeMs: number; isFile(): boolean }>
  readFile(path: string, encoding: 'utf8'): Promise<string>
}

export const nodeBackupFs: BackupFs = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  open: async (path, flags) => {
    const handle = await fsp.open(path, flags)
    return {
      writeFile: (data) => handle.writeFile(data, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  rename: (from, to) => fsp.rename(from, to),
  rm: (path, options) => fsp.rm(path, options),
  readdir: (path) => fsp.readdir(path),
  stat: (path) => fsp.stat(path),
  readFile: (path, encoding) => fsp.readFile(path, encoding),
}

const TEMP_PATTERN = /^\.bastion-backup-.*\.tmp$/

const ADVICE: Readonly<Record<string, string>> = {
  EACCES: 'Bastion is not allowed to write to the backups folder. Choose another folder.',
  EPERM: 'Bastion is not allowed to write to the backups folder. Choose another folder.',
  EROFS: 'The backups folder is on a read-only drive. Choose another folder.',
  ENOSPC: 'The disk is full. Free some space or choose a folder on another drive.',
  EDQUOT: 'Your disk quota is used up. Free some space or choose another folder.',
  ENOENT: 'The backups folder no longer exists. Choose another folder.',
  ENOTDIR: 'The backups folder is not a folder. Choose another folder.',
  EBUSY: 'The file is in use by another program. Try again in a moment.',
}

export function describeBackupError(action: string, error: unknown): string {
  const code = (error as { code?: string } | undefined)?.code ?? ''
  const advice = ADVICE[code] ?? 'Try again, or choose another backups folder.'
  return `${action} failed. ${advice} Your data in Bastion is unchanged.`
}

export interface WriteBackupOptions {
  keep: number
  now?: Date
  fs?: BackupFs
}

/** Writes `json` atomically as a new backup, then deletes the oldest beyond `keep`. */
export async function writeBackup(
  folder: string,
  json: string,
  { keep, now = new Date(), fs = nodeBackupFs }: WriteBackupOptions,
): Promise<Result<BackupFileInfo & { removed: string[] }>> {
  if (json.length > MAX_BACKUP_BYTES) return fail('The backup is too large to write (over 100 MB).')
  const name = backupFileName(now)
  const target = join(folder, name)
  const temporary = join(folder, `.${name}.${randomUUID()}.tmp`)
  try {
    await fs.mkdir(folder, { recursive: true })
    // 'wx': never follow a file or link planted under the temporary name.
    const handle = await fs.open(temporary, 'wx')
    try {
      await handle.writeFile(json)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fs.rename(temporary, target)
  } catch (error) {
    await fs.rm(temporary, { force: true }).catch(() => undefined)
    return fail(describeBackupError('Writing the automatic backup', error))
  }
  const removed = await rotateBackups(folder, keep, fs).catch(() => [])
  return ok({ name, sizeBytes: json.length, modifiedAt: now.getTime(), removed })
}

/** Keeps the `keep` newest backups (by name: the name is the time) and stray temp files go. */
export async function rotateBackups(
  folder: string,
  keep: number,
  fs: BackupFs = nodeBackupFs,
): Promise<string[]> {
  const entries = await fs.readdir(folder)
  const backups = entries
    .filter((entry) => BACKUP_FILE_PATTERN.test(entry))
    .sort()
    .reverse()
  const removed = backups.slice(Math.max(1, keep))
  for (const name of removed) await fs.rm(join(folder, name), { force: true })
  return removed
}

/** Removes temporary files a crash left behind (called on start, never during a write). */
export async function removeStaleTemporaryFiles(
  folder: string,
  fs: BackupFs = nodeBackupFs,
): Promise<void> {
  const entries = await fs.readdir(folder).catch(() => [] as string[])
  for (const entry of entries.filter((name) => TEMP_PATTERN.test(name))) {
    await fs.rm(join(folder, entry), { force: true })
  }
}

/** The backups in the folder, newest first; an absent folder simply has none. */
export async function listBackups(
  folder: string,
  fs: BackupFs = nodeBackupFs,
): Promise<Result<BackupFileInfo[]>> {
  let entries: string[]
  try {
    entries = await fs.readdir(folder)
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') return ok([])
    return fail(describeBackupError('Listing the backups', error))
  }
  const names = entries
    .filter((entry) => BACKUP_FILE_PATTERN.test(entry))
    .sort()
    .reverse()
  const infos: BackupFileInfo[] = []
  for (const name of names) {
    try {
      const stats = await fs.stat(join(folder, name))
      if (stats.isFile()) infos.push({ name, sizeBytes: stats.size, modifiedAt: stats.mtimeMs })
    } catch {
      // Deleted between readdir and stat: it is simply not listed.
    }
  }
  return ok(infos)
}

/** Reads one backup by name; the name must be a backup's (no paths), and not too large. */
export async function readBackup(
  folder: string,
  name: string,
  { maxBytes = MAX_BACKUP_BYTES, fs = nodeBackupFs }: { maxBytes?: number; fs?: BackupFs } = {},
): Promise<Result<string>> {
  if (!BACKUP_FILE_PATTERN.test(name)) return fail('That is not the name of a Bastion backup.')
  const path = join(folder, name)
  try {
    const stats = await fs.stat(path)
    if (!stats.isFile()) return fail('That backup is not a file.')
    if (stats.size > maxBytes) {
      return fail(
        `That backup is too large to restore (${Math.round(stats.size / 1024 / 1024)} MB).`,
      )
    }
    return ok(await fs.readFile(path, 'utf8'))
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') return fail('That backup is no longer in the backups folder.')
    return fail(describeBackupError('Reading the backup', error))
  }
}
