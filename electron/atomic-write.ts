import { randomUUID } from 'node:crypto'
import {
  closeSync,
  fchmodSync,
  fsyncSync,
  lstatSync,
  openSync,
  renameSync,
  rmSync,
  writeFileSync,
  type Stats,
} from 'node:fs'
import { lstat, open, rename, rm } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'

/**
 * Atomic file writes: the data goes to a temporary file in the same folder, is flushed to disk,
 * then renamed over the target. A crash, a full disk or a cancelled write leaves either the old
 * file or the new one, never half of each. Backups and exports both rely on this.
 */

function temporaryPathFor(filePath: string): string {
  return join(dirname(filePath), `.${basename(filePath)}.${randomUUID()}.tmp`)
}

/** New files are the user's alone: backups and exports hold their whole study record. */
export const NEW_FILE_MODE = 0o600

/** A replaced file keeps its permissions (someone chose them); a new one is private. */
function modeFromExisting(stats: Stats | null): number {
  return stats?.isFile() ? stats.mode & 0o777 : NEW_FILE_MODE
}

async function existingMode(filePath: string): Promise<number> {
  return modeFromExisting(await lstat(filePath).catch(() => null))
}

function existingModeSync(filePath: string): number {
  try {
    return modeFromExisting(lstatSync(filePath))
  } catch {
    return NEW_FILE_MODE
  }
}

const RENAME_RETRY_CODES = new Set(['EPERM', 'EACCES', 'EBUSY'])

// On Windows a virus scanner or the search indexer may hold the target for a moment.
async function renameWithRetry(from: string, to: string, attempts = 4): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      await rename(from, to)
      return
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? ''
      if (process.platform !== 'win32' || attempt >= attempts || !RENAME_RETRY_CODES.has(code)) {
        throw error
      }
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt))
    }
  }
}

export async function writeFileAtomically(
  filePath: string,
  data: string | Uint8Array,
): Promise<void> {
  const temporaryPath = temporaryPathFor(filePath)
  const mode = await existingMode(filePath)
  try {
    // 'wx': fail rather than follow a file or link someone planted under the temporary name.
    const handle = await open(temporaryPath, 'wx', mode)
    try {
      // Exactly `mode`, whatever the umask would have taken away or left.
      await handle.chmod(mode)
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await renameWithRetry(temporaryPath, filePath)
  } catch (error) {
    await rm(temporaryPath, { force: true }).catch(() => undefined)
    throw error
  }
}

/** The same guarantee for callers that cannot wait (saving window state while quitting). */
export function writeFileAtomicallySync(filePath: string, data: string): void {
  const temporaryPath = temporaryPathFor(filePath)
  const mode = existingModeSync(filePath)
  try {
    const fd = openSync(temporaryPath, 'wx', mode)
    try {
      fchmodSync(fd, mode)
      writeFileSync(fd, data)
      fsyncSync(fd)
    } finally {
      closeSync(fd)
    }
    renameSync(temporaryPath, filePath)
  } catch (error) {
    rmSync(temporaryPath, { force: true })
    throw error
  }
}

const FILE_ERROR_ADVICE: Readonly<Record<string, string>> = {
  EACCES: 'Bastion is not allowed to write there. Choose another folder.',
  EPERM: 'Bastion is not allowed to write there. Choose another folder.',
  EROFS: 'That drive is read-only. Choose another folder.',
  ENOSPC: 'The disk is full. Free some space or choose another drive.',
  EDQUOT: 'Your disk quota is used up. Free some space or choose another drive.',
  ENOENT: 'That folder no longer exists. Choose another folder.',
  ENOTDIR: 'That folder no longer exists. Choose another folder.',
  EISDIR: 'A folder with that name is already there. Choose another name.',
  EBUSY: 'The file is open in another program. Close it and try again.',
  ENAMETOOLONG: 'The file name is too long. Choose a shorter name.',
}

/** What went wrong when writing `filePath`, and what the person can do about it. */
export function describeFileError(error: unknown, filePath: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code ?? ''
  const advice = FILE_ERROR_ADVICE[code] ?? 'Try again, or choose another folder.'
  return `"${basename(filePath)}" could not be saved. ${advice}`
}
