import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { backupChecksum, type BackupTables } from '@renderer/features/backup/format/format'
import {
  exportBackup,
  restoreBackupText,
  type RestoreMode,
} from '@renderer/features/backup/repository'
import { describeProblem, MAX_BACKUP_BYTES } from '@renderer/features/backup/format/validate'
import { dumpJson, resetDatabase, seedSample } from './sample-data'

/**
 * Hostile and damaged files: every one must be refused with a readable message and leave the
 * database exactly as it was (a full dump compared before and after). The rare mutation that is
 * still a valid backup must restore; the database is then put back for the next run.
 */

let validText = ''
let baseline = ''
let accepted = 0

beforeAll(async () => {
  await resetDatabase()
  await seedSample()
  validText = (await exportBackup()).text
  baseline = await dumpJson()
})

async function expectRefusedOrRestored(text: string, mode: RestoreMode): Promise<void> {
  const check = await restoreBackupText(text, mode)
  if (check.ok) {
    // Every backup the app accepts round-trips: restore → export → restore gives the same data.
    accepted += 1
    const restored = await dumpJson()
    const exported = (await exportBackup()).text
    const again = await restoreBackupText(exported, 'replace')
    expect(again.ok, again.ok ? '' : again.problems.map(describeProblem).join('; ')).toBe(true)
    expect(await dumpJson()).toBe(restored)
    // Then put the original data back for the next run.
    expect((await restoreBackupText(validText, 'replace')).ok).toBe(true)
    expect(await dumpJson()).toBe(baseline)
    return
  }
  expect(check.problems.length).toBeGreaterThan(0)
  for (const problem of check.problems) {
    const message = describeProblem(problem)
    expect(message.length).toBeGreaterThan(10)
    expect(message.length).toBeLessThan(600)
  }
  const after = await dumpJson()
  expect(
    after === baseline,
    `database changed after a refused restore: ${check.problems.map(describeProblem).join('; ')}`,
  ).toBe(true)
}

const mode = fc.constantFrom<RestoreMode>('replace', 'merge')

const textMutation = fc.oneof(
  fc.nat().map((n) => (text: string) => text.slice(0, n % text.length)),
  fc.tuple(fc.nat(), fc.string({ minLength: 1, maxLength: 8 })).map(
    ([n, s]) =>
      (text: string) =>
        text.slice(0, n % text.length) + s + text.slice(n % text.length),
  ),
  fc.tuple(fc.nat(), fc.integer({ min: 1, max: 40 })).map(
    ([n, len]) =>
      (text: string) =>
        text.slice(0, n % text.length) + text.slice((n % text.length) + len),
  ),
  fc.tuple(fc.nat(), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '0', 'null', '\\')).map(
    ([n, c]) =>
      (text: string) =>
        text.slice(0, n % text.length) + c + text.slice((n % text.length) + 1),
  ),
)

type Json = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }

const hostileValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(null, '', -1, 1e308, 0.5, '1970-13-45', 'x'.repeat(5000), [], {}, true),
)

/** Renames the custom resource everywhere it is used: the file stays consistent. */
const renameResourceTo = (name: string) => (file: Json) => {
  for (const rows of Object.values(file.tables)) {
    if (!Array.isArray(rows)) continue
    for (const row of rows) {
      if (row === null || typeof row !== 'object') continue
      if (row.id === 'custom-1' && 'origin' in row) row.id = name
      if (row.resourceId === 'custom-1') row.resourceId = name
    }
  }
}
const renameResource = fc
  .constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'custom-2')
  .map(renameResourceTo)

/** Edits one record, one table or the header, then re-signs so the checksum passes. */
const structureMutation = fc.oneof(
  renameResource,
  fc
    .tuple(fc.nat(), fc.nat(), fc.string({ maxLength: 12 }), hostileValue)
    .map(([t, r, field, value]) => (file: Json) => {
      const names = Object.keys(file.tables)
      const rows = file.tables[names[t % names.length]!]
      if (!Array.isArray(rows) || rows.length === 0) return
      const row = rows[r % rows.length]
      if (row === null || typeof row !== 'object') return
      const keys = Object.keys(row)
      const key =
        field.length % 2 === 0 && keys.length > 0 ? keys[field.length % keys.length]! : field
      row[key] = value
    }),
  fc.tuple(fc.nat(), fc.nat()).map(([t, r]) => (file: Json) => {
    const names = Object.keys(file.tables)
    const rows = file.tables[names[t % names.length]!]
    const row = Array.isArray(rows) ? rows[r % Math.max(rows.length, 1)] : undefined
    if (row && typeof row === 'object') delete row[Object.keys(row)[r % Object.keys(row).length]!]
  }),
  fc.tuple(fc.nat(), hostileValue).map(([t, value]) => (file: Json) => {
    const names = Object.keys(file.tables)
    ;(file.tables as Record<string, unknown>)[names[t % names.length]!] = value
  }),
  fc.tuple(fc.nat(), fc.jsonValue()).map(([t, value]) => (file: Json) => {
    const names = Object.keys(file.tables)
    const rows = file.tables[names[t % names.length]!]
    if (Array.isArray(rows)) rows.push(value as Record<string, unknown>)
  }),
  fc.tuple(fc.string({ maxLength: 20 }), fc.jsonValue()).map(([name, value]) => (file: Json) => {
    ;(file.tables as Record<string, unknown>)[name] = value
  }),
  fc
    .tuple(
      fc.constantFrom('format', 'formatVersion', 'schemaVersion', 'appVersion', 'exportedAt'),
      hostileValue,
    )
    .map(([field, value]) => (file: Json) => {
      file[field] = value
    }),
)

describe('restore fuzzing', () => {
  it('damaged text (truncated, spliced, cut) is refused and nothing changes', async () => {
    await fc.assert(
      fc.asyncProperty(textMutation, mode, async (mutate, restoreMode) => {
        await expectRefusedOrRestored(mutate(validText), restoreMode)
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 250) },
    )
  }, 60_000)

  it('re-signed files with hostile records, tables and versions are refused or valid', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(structureMutation, { minLength: 1, maxLength: 3 }),
        mode,
        async (mutations, restoreMode) => {
          const file = JSON.parse(validText) as Json
          for (const mutate of mutations) mutate(file)
          file.checksum = await backupChecksum(
            file.tables as BackupTables,
            file.formatVersion as number,
          )
          await expectRefusedOrRestored(JSON.stringify(file), restoreMode)
        },
      ),
      {
        numRuns: Number(process.env.FUZZ_RUNS ?? 250),
        // Always one accepted file (a renamed resource), whatever the number of runs.
        examples: [[[renameResourceTo('custom-2')], 'merge']],
      },
    )
    // The round-trip property is only worth something if some mutated files are accepted.
    expect(accepted).toBeGreaterThan(0)
  }, 60_000)

  it('random text and JSON that is not a backup is refused', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.json()), mode, async (text, restoreMode) => {
        await expectRefusedOrRestored(text, restoreMode)
      }),
      { numRuns: 100 },
    )
  }, 60_000)

  it('hostile files are refused with a clear message', async () => {
    const hostile = [
      `{"__proto__": {"polluted": true}, ${validText.slice(1)}`,
      '['.repeat(200_000) + ']'.repeat(200_000),
      'x'.repeat(MAX_BACKUP_BYTES + 1),
      JSON.stringify({
        ...JSON.parse(validText),
        tables: { sessions: Array(50_000).fill({ id: 1 }) },
      }),
      '\u0000\uFFFF\uD800',
      '{"format":"bastion-backup","formatVersion":1,"schemaVersion":1e400}',
    ]
    for (const text of hostile) await expectRefusedOrRestored(text, 'replace')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
  }, 60_000)
})
