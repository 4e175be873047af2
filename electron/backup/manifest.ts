import { join } from 'node:path'
import { z } from 'zod'
import { AUTOMATIC_BACKUP_PATTERN } from '../shared/backup-schemas'
import type { BackupFs } from './files'

/**
 * `.bastion-auto-backups.json` in the backups folder: the automatic backups Bastion wrote there,
 * with their sizes. Rotation deletes only what is listed here, so a file someone else put in the
 * folder (a manual export, a copy renamed to look like a backup) is never deleted. A missing or
 * damaged manifest means "Bastion wrote nothing here yet": rotation then deletes nothing.
 */

export const MANIFEST_FILE = '.bastion-auto-backups.json'
const MAX_ENTRIES = 1000

const ManifestEntry = z.object({
  name: z.string().regex(AUTOMATIC_BACKUP_PATTERN),
  sizeBytes: z.number().int().min(0),
})
const Manifest = z.object({
  version: z.literal(1),
  written: z.array(ManifestEntry).max(MAX_ENTRIES),
})

export type ManifestEntry = z.infer<typeof ManifestEntry>

export async function readManifest(folder: string, fs: BackupFs): Promise<ManifestEntry[]> {
  const text = await fs.readText(join(folder, MANIFEST_FILE)).catch(() => null)
  if (text === null) return []
  try {
    const parsed = Manifest.safeParse(JSON.parse(text))
    return parsed.success ? parsed.data.written : []
  } catch {
    return []
  }
}

export async function writeManifest(
  folder: string,
  written: readonly ManifestEntry[],
  fs: BackupFs,
): Promise<void> {
  const manifest = { version: 1, written: written.slice(0, MAX_ENTRIES) }
  await fs.writeText(join(folder, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`)
}
