import { createHash } from 'node:crypto'

/** A backup as the renderer's exporter writes it: header first, tables last, format 2. */
export function backupJson(tables: Record<string, unknown[]> = { notes: [] }): string {
  const tablesJson = JSON.stringify(tables)
  const checksum = createHash('sha256').update(tablesJson).digest('hex')
  const head = JSON.stringify({
    format: 'bastion-backup',
    formatVersion: 2,
    appVersion: '0.1.0',
    schemaVersion: 3,
    exportedAt: '2026-11-27T08:00:00.000Z',
    checksum,
  })
  return `${head.slice(0, -1)},"tables":${tablesJson}}`
}
