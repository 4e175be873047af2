import { randomUUID } from 'node:crypto'
import { constants } from 'node:fs'
import * as fsp from 'node:fs/promises'
import { join } from 'node:path'
import { NEW_FILE_MODE } from '../atomic-write'
import {
  AUTOMATIC_BACKUP_PATTERN,
  automaticBackupFileName,
  MAX_BACKUP_BYTES,
  type BackupFileInfo,
} from '../shared/backup-schemas'
import { fail, ok, type Result } from '../shared/result'
import { checkBackupHeader } from './header'
import { readManifest, writeManifest } from './manifest'

/**
 * Automatic backups on disk, with no Electron in sight so it is unit-tested with injected file
 * system functions. A backup is written to a temporary file in the same folder, flushed to disk
 * (fsync) and then hard-linked under its final name, which fails rather than replace a file
 * already there: a crash or a full disk leaves the previous backups and no half-written one, and
 * no existing file is ever overwritten. Automatic backups have their own prefix
 * (`bastion-auto-backup-…`, never the manual export's `bastion-backup-…`), and rotation deletes
 * only files the manifest says Bastion wrote, with the size it wrote.
 */

export interface BackupWriteHandle {
  writeFile(data: string): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

export interface BackupReadHandle {
  stat(): Promise<{ size: number; isFile(): boolean; ino: number; dev: number }>
  readFile(): Promise<string>
  close(): Promise<void>
}

export interface FileFacts {
  size: number
  mtimeMs: number
  ino: number
  dev: number
  isFile(): boolean
  isSymbolicLink(): boolean
}

/** The file system calls used, shaped like node:fs/promises. */
export interface BackupFs {
  mkdir(path: string, options: { recursive: true }): Promise<unknown>
  /** Exclusive create ('wx'), private (0600). */
  create(path: string): Promise<BackupWriteHandle>
  /** Opens for reading without following a symbolic link where the system can refuse one. */
  openForRead(path: string): Promise<BackupReadHandle>
  /** A second name for `existing`; fails with EEXIST rather than replace `target`. */
  link(existing: string, target: string): Promise<void>
  rm(path: string, options: { force: true }): Promise<void>
  readdir(path: string): Promise<string[]>
  lstat(path: string): Promise<FileFacts>
  readText(path: string): Promise<string | null>
  writeText(path: string, text: string): Promise<void>
}

// O_NOFOLLOW is POSIX; on Windows the lstat/fstat comparison in readBackup does the job.
const READ_FLAGS = constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0)

export const nodeBackupFs: BackupFs = {
  mkdir: (path, options) => fsp.mkdir(path, options),
  create: async (path) => {
    const handle = await fsp.open(path, 'wx', NEW_FILE_MODE)
    await handle.chmod(NEW_FILE_MODE)
    return {
      writeFile: (data) => handle.writeFile(data, 'utf8'),
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  openForRead: async (path) => {
    const handle = await fsp.open(path, READ_FLAGS)
    return {
      stat: () => handle.stat(),
      readFile: () => handle.readFile('utf8'),
      close: () => handle.close(),
    }
  },
  link: (existing, target) => fsp.link(existing, target),
  rm: (path, options) => fsp.rm(path, options),
  readdir: (path) => fsp.readdir(path),
  lstat: (path) => fsp.lstat(path),
  readText: async (path) => {
    try {
      return await fsp.readFile(path, 'utf8')
    } catch (error) {
      if ((error as { code?: string }).code === 'ENOENT') return null
      throw error
    }
  },
  writeText: async (path, text) => {
    const temporary = `${path}.${randomUUID()}.tmp`
    const handle = await nodeBackupFs.create(temporary)
    try {
      await handle.writeFile(text)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await fsp.rename(temporary, path).catch(async (error: unknown) => {
      await fsp.rm(temporary, { force: true })
      throw error
    })
  },
}

// The backup's own temporary file, and the manifest's.
const TEMP_PATTERN = /^\.bastion-auto-backup(-|s\.json\.).*\.tmp$/

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

// Two backups in the same millisecond get -2, -3, …; a name already taken is never replaced.
const MAX_NAME_ATTEMPTS = 20

async function linkUnderFreeName(
  fs: BackupFs,
  folder: string,
  temporary: string,
  now: Date,
): Promise<string> {
  for (let attempt = 1; ; attempt += 1) {
    const name = automaticBackupFileName(now, attempt)
    try {
      await fs.link(temporary, join(folder, name))
      return name
    } catch (error) {
      const taken = (error as { code?: string }).code === 'EEXIST'
      if (!taken || attempt >= MAX_NAME_ATTEMPTS) throw error
    }
  }
}

/**
 * Writes `json` as a new automatic backup after checking its header (and checksum), records it in
 * the folder's manifest, then deletes the oldest backups Bastion wrote beyond `keep`.
 */
export async function writeBackup(
  folder: string,
  json: string,
  { keep, now = new Date(), fs = nodeBackupFs }: WriteBackupOptions,
): Promise<Result<BackupFileInfo & { removed: string[] }>> {
  if (json.length > MAX_BACKUP_BYTES)
    return fail(`The backup is too large to write (over ${MAX_BACKUP_BYTES / 1_000_000} MB).`)
  const header = checkBackupHeader(json)
  if (!header.ok) return fail(`The automatic backup was not written: ${header.error}`)
  const temporary = join(folder, `.bastion-auto-backup-${randomUUID()}.tmp`)
  let name: string
  try {
    await fs.mkdir(folder, { recursive: true })
    const handle = await fs.create(temporary)
    try {
      await handle.writeFile(json)
      await handle.sync()
    } finally {
      await handle.close()
    }
    name = await linkUnderFreeName(fs, folder, temporary, now)
  } catch (error) {
    return fail(describeBackupError('Writing the automatic backup', error))
  } finally {
    await fs.rm(temporary, { force: true }).catch(() => undefined)
  }
  const sizeBytes = Buffer.byteLength(json, 'utf8')
  const removed = await recordAndRotate(folder, { name, sizeBytes }, keep, fs).catch(
    () => [] as string[],
  )
  return ok({ name, sizeBytes, modifiedAt: now.getTime(), removed })
}

/** Adds the new backup to the manifest, then removes the oldest written ones beyond `keep`. */
async function recordAndRotate(
  folder: string,
  written: { name: string; sizeBytes: number },
  keep: number,
  fs: BackupFs,
): Promise<string[]> {
  const manifest = [...(await readManifest(folder, fs)), written]
  const { kept, removed } = await rotateBackups(folder, manifest, keep, fs)
  await writeManifest(folder, kept, fs)
  return removed
}

/**
 * Keeps the `keep` newest of the backups in `manifest` (by name: the name is the time). A file is
 * deleted only when it is still the regular file Bastion wrote (same name, same size), never a
 * file that merely looks like a backup, and never a symbolic link.
 */
export async function rotateBackups(
  folder: string,
  manifest: ReadonlyArray<{ name: string; sizeBytes: number }>,
  keep: number,
  fs: BackupFs = nodeBackupFs,
): Promise<{ kept: Array<{ name: string; sizeBytes: number }>; removed: string[] }> {
  const present: Array<{ name: string; sizeBytes: number }> = []
  for (const entry of manifest) {
    if (!AUTOMATIC_BACKUP_PATTERN.test(entry.name)) continue
    const facts = await fs.lstat(join(folder, entry.name)).catch(() => null)
    if (facts?.isFile() && !facts.isSymbolicLink() && facts.size === entry.sizeBytes) {
      present.push(entry)
    }
  }
  present.sort((a, b) => (a.name < b.name ? 1 : -1))
  const kept = present.slice(0, Math.max(1, keep))
  const removed: string[] = []
  for (const entry of present.slice(kept.length)) {
    await fs.rm(join(folder, entry.name), { force: true })
    removed.push(entry.name)
  }
  return { kept, removed }
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

/** The automatic backups in the folder, newest first; links and folders are not listed. */
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
    .filter((entry) => AUTOMATIC_BACKUP_PATTERN.test(entry))
    .sort()
    .reverse()
  const infos: BackupFileInfo[] = []
  for (const name of names) {
    const facts = await fs.lstat(join(folder, name)).catch(() => null)
    if (facts?.isFile() && !facts.isSymbolicLink()) {
      infos.push({ name, sizeBytes: facts.size, modifiedAt: facts.mtimeMs })
    }
  }
  return ok(infos)
}

/**
 * Reads one backup by name: never through a symbolic link, and from the very handle whose
 * type and size were checked, so the file cannot be swapped between the check and the read.
 */
export async function readBackup(
  folder: string,
  name: string,
  { maxBytes = MAX_BACKUP_BYTES, fs = nodeBackupFs }: { maxBytes?: number; fs?: BackupFs } = {},
): Promise<Result<string>> {
  if (!AUTOMATIC_BACKUP_PATTERN.test(name)) return fail('That is not the name of a Bastion backup.')
  const path = join(folder, name)
  try {
    const before = await fs.lstat(path)
    if (before.isSymbolicLink())
      return fail('That backup is a link to another file; Bastion does not follow it.')
    if (!before.isFile()) return fail('That backup is not a file.')
    const handle = await fs.openForRead(path)
    try {
      const opened = await handle.stat()
      if (!opened.isFile() || opened.ino !== before.ino || opened.dev !== before.dev) {
        return fail('That backup changed while it was being opened. Try again.')
      }
      if (opened.size > maxBytes) {
        return fail(
          `That backup is too large to restore (${Math.round(opened.size / 1024 / 1024)} MB).`,
        )
      }
      return ok(await handle.readFile())
    } finally {
      await handle.close()
    }
  } catch (error) {
    const code = (error as { code?: string }).code
    if (code === 'ENOENT') return fail('That backup is no longer in the backups folder.')
    if (code === 'ELOOP')
      return fail('That backup is a link to another file; Bastion does not follow it.')
    return fail(describeBackupError('Reading the backup', error))
  }
}
