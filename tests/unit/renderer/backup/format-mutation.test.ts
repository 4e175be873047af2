import { describe, expect, it } from 'vitest'
import {
  assembleBackup,
  backupBlob,
  backupText,
  canonicalJson,
  serializedSize,
  serializeBackup,
  sha256Hex,
  tablePiece,
} from '@renderer/features/backup/format/format'

/** The file the exporter writes, piece by piece. (Written against the mutation report.) */

describe('the backup file', () => {
  it('with no tables, holds an empty tables object and its checksum', async () => {
    const { text, checksum } = await serializeBackup({}, new Date(0), '1.0.0')
    const file = JSON.parse(text) as { tables: unknown; checksum: string }
    expect(file.tables).toEqual({})
    expect(text.endsWith('"tables":{}}')).toBe(true)
    expect(checksum).toBe(await sha256Hex('{}'))
    expect(file.checksum).toBe(checksum)
  })

  it('counts its size in UTF-8 bytes: header, every table and the end', async () => {
    const pieces = [
      tablePiece('notes', JSON.stringify([{ id: 'n1', title: 'Ünïcödé ✓' }]), 0),
      tablePiece('settings', JSON.stringify([{ key: 'theme', value: 'dark' }]), 1),
    ]
    const backup = await assembleBackup(pieces, new Date(0), 'versión')
    const text = backupText(backup)
    expect(serializedSize(backup)).toBe(new TextEncoder().encode(text).length)
    expect(serializedSize(backup)).toBeGreaterThan(text.length)
  })

  it('is saved as JSON with exactly the bytes of the text', async () => {
    const pieces = [tablePiece('notes', JSON.stringify([{ id: 'n1', title: 'é' }]), 0)]
    const backup = await assembleBackup(pieces, new Date(0), '1.0.0')
    const blob = backupBlob(backup)
    expect(blob.type).toBe('application/json')
    expect(await blob.text()).toBe(backupText(backup))
    expect(JSON.parse(await blob.text())).toMatchObject({ tables: { notes: [{ title: 'é' }] } })
  })
})

describe('the canonical JSON of format 1 checksums', () => {
  it('sorts the keys of every object, those without a prototype too', () => {
    const bare = Object.assign(Object.create(null) as object, { d: 1, c: [{ f: 1, e: 2 }] })
    expect(canonicalJson({ b: 1, a: bare })).toBe('{"a":{"c":[{"e":2,"f":1}],"d":1},"b":1}')
  })
})
