import { createHash } from 'node:crypto'
import { z } from 'zod'
import { fail, ok, type Result } from '../shared/result'

/**
 * Main's own check of a backup before it is written: the renderer is untrusted, so a page cannot
 * fill the backups folder with files that are not backups. A backup is one JSON object whose
 * header comes first and whose `tables` member comes last (the renderer's exporter writes it so);
 * the header is parsed on its own, without parsing the whole (up to 200 MB) file, and for format 2
 * the SHA-256 of the tables' text must be the header's checksum.
 */

const TABLES_MEMBER = ',"tables":'
const MAX_HEADER_CHARS = 4096

export const BackupHeader = z.object({
  format: z.literal('bastion-backup'),
  formatVersion: z.number().int().min(1),
  appVersion: z.string().max(100),
  schemaVersion: z.number().int().min(1),
  exportedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
  checksum: z.string().regex(/^[0-9a-f]{64}$/, 'not a SHA-256'),
})
export type BackupHeader = z.infer<typeof BackupHeader>

function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}

export function checkBackupHeader(json: string): Result<BackupHeader> {
  const at = json.indexOf(TABLES_MEMBER)
  if (!json.startsWith('{') || at < 0 || at > MAX_HEADER_CHARS) {
    return fail('it does not start with a Bastion backup header.')
  }
  let head: unknown
  try {
    head = JSON.parse(`${json.slice(0, at)}}`)
  } catch {
    return fail('its header is not valid JSON.')
  }
  const header = BackupHeader.safeParse(head)
  if (!header.success) {
    const issue = header.error.issues[0]
    return fail(
      `its header is not a Bastion backup's (${issue?.path.join('.')}: ${issue?.message}).`,
    )
  }
  const tables = json.slice(at + TABLES_MEMBER.length, -1)
  if (!json.endsWith('}') || !tables.startsWith('{') || !tables.endsWith('}')) {
    return fail('it is cut short.')
  }
  if (header.data.formatVersion === 2 && sha256Hex(tables) !== header.data.checksum) {
    return fail('its checksum does not match its content.')
  }
  return ok(header.data)
}
