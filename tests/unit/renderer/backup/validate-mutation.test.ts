import { describe, expect, it } from 'vitest'
import { CURRENT_SCHEMA_VERSION, tableNames } from '@renderer/db/database'
import {
  backupChecksum,
  serializeBackup,
  type BackupTables,
} from '@renderer/features/backup/format/format'
import {
  checkBackup,
  describeProblem,
  megabytes,
  primaryKeyOf,
  type BackupCheck,
} from '@renderer/features/backup/format/validate'
import { recordSchemas } from '@renderer/features/backup/format/record-schemas'
import { GSEC, sampleRows } from './sample-data'

/**
 * What the backup check accepts, and what it tells the user when it refuses: the header, the
 * rows, the keys, the references and the problem list. Pure: a file is built from sample rows
 * and checked, no database involved. (Written against the mutation report of validate.ts.)
 */

const t0 = Date.UTC(2026, 9, 1, 18, 0)
const catalog = new Set([GSEC])

type File = Record<string, unknown> & { tables: Record<string, Record<string, unknown>[]> }

/** Every table of the current schema: the sample's rows, a review card and its log. */
function sampleTables(): Record<string, Record<string, unknown>[]> {
  const rows: Record<string, Record<string, unknown>[]> = { ...sampleRows() } as never
  rows.reviewCards = [
    {
      id: 'r1',
      kind: 'qa',
      front: 'Q',
      back: 'A',
      tags: [],
      objectiveIds: [],
      suspended: false,
      memory: {
        due: t0,
        stability: 0,
        difficulty: 0,
        elapsedDays: 0,
        scheduledDays: 0,
        learningSteps: 0,
        reps: 0,
        lapses: 0,
        state: 0,
      },
      createdAt: t0,
      updatedAt: t0,
    },
  ]
  rows.reviewLogs = [
    {
      id: 'l1',
      cardId: 'r1',
      date: '2026-10-02',
      at: t0,
      rating: 3,
      state: 1,
      due: t0,
      stability: 1,
      difficulty: 5,
      scheduledDays: 1,
      learningSteps: 0,
      durationMs: 4000,
    },
  ]
  return Object.fromEntries(tableNames.map((name) => [name, rows[name] ?? []]))
}

async function sampleFile(): Promise<File> {
  const { text } = await serializeBackup(sampleTables() as BackupTables, new Date(t0), '1.2.3')
  return JSON.parse(text) as File
}

/** The file as text with a checksum that matches its (edited) tables. */
async function signed(file: File): Promise<string> {
  file.checksum = await backupChecksum(file.tables as BackupTables, file.formatVersion as number)
  return JSON.stringify(file)
}

async function check(file: File, ids: ReadonlySet<string> = catalog): Promise<BackupCheck> {
  return checkBackup(await signed(file), ids)
}

/** The messages a user reads for a refused file. */
async function messages(file: File | string): Promise<string[]> {
  const result =
    typeof file === 'string' ? await checkBackup(file, catalog) : await check(file, catalog)
  if (result.ok) throw new Error('expected the backup to be refused')
  return result.problems.map(describeProblem)
}

describe('a valid backup', () => {
  it('is accepted with its header, every table, and the version it was made at', async () => {
    const file = await sampleFile()
    const result = await check(file)
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
    expect(result.backup.header).toEqual({
      format: 'bastion-backup',
      formatVersion: 2,
      appVersion: '1.2.3',
      schemaVersion: CURRENT_SCHEMA_VERSION,
      exportedAt: new Date(t0).toISOString(),
      checksum: file.checksum,
    })
    expect(result.backup.fromSchemaVersion).toBe(CURRENT_SCHEMA_VERSION)
    expect(Object.keys(result.backup.tables).sort()).toEqual([...tableNames].sort())
    expect(result.backup.tables.sessions.map((row) => row.id)).toEqual(['s1', 's2'])
    expect(result.backup.tables.reviewLogs).toEqual(file.tables.reviewLogs)
  })

  it('made at an older data version, starts the tables later versions added empty', async () => {
    const file = await sampleFile()
    file.schemaVersion = 3
    for (const table of ['reviewCards', 'reviewLogs', 'imports']) delete file.tables[table]
    const result = await check(file)
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
    expect(result.backup.fromSchemaVersion).toBe(3)
    expect(result.backup.header.schemaVersion).toBe(3)
    expect(result.backup.tables.reviewCards).toEqual([])
    expect(result.backup.tables.imports).toEqual([])
    expect(result.backup.tables.notes).toHaveLength(2)
  })

  it('accepts the oldest format and data versions and an app version of 100 characters', async () => {
    const file = await sampleFile()
    file.formatVersion = 1
    file.appVersion = 'v'.repeat(100)
    expect((await check(file)).ok).toBe(true)
  })

  it('made at the first data version, is accepted and upgraded', async () => {
    const file = await sampleFile()
    file.schemaVersion = 1
    for (const table of ['reviewCards', 'reviewLogs', 'imports']) delete file.tables[table]
    const result = await check(file)
    if (!result.ok) throw new Error(result.problems.map(describeProblem).join('\n'))
    expect(result.backup.fromSchemaVersion).toBe(1)
    expect(result.backup.tables.sessions).toHaveLength(2)
  })

  it('accepts a row whose optional reference is absent', async () => {
    const file = await sampleFile()
    delete file.tables.notes![1]!.resourceId
    expect((await check(file)).ok).toBe(true)
  })
})

describe('the header, checked before anything else', () => {
  it('refuses what is not a Bastion backup', async () => {
    const notBackup = 'This is not a Bastion backup: it has no “format”: “bastion-backup”.'
    expect(await messages('{"format":"other"}')).toEqual([notBackup])
    expect(await messages('[1]')).toEqual([notBackup])
    expect(await messages('null')).toEqual([notBackup])
  })

  it('refuses an empty file, even one of spaces', async () => {
    expect(await messages('   \n ')).toEqual(['The file is empty.'])
  })

  it('lists every wrong header field at once, each with what it must be', async () => {
    const file = await sampleFile()
    Object.assign(file, {
      formatVersion: 0,
      schemaVersion: 1.5,
      appVersion: 'v'.repeat(101),
      exportedAt: 'yesterday',
      checksum: 'ABC',
    })
    expect(await messages(JSON.stringify(file))).toEqual([
      'field “formatVersion”: must be a whole number from 1',
      'field “schemaVersion”: must be a whole number from 1',
      'field “appVersion”: must be a version text',
      'field “exportedAt”: must be a date and time (ISO 8601)',
      'field “checksum”: must be a SHA-256 checksum (64 hex digits)',
    ])
  })

  it('refuses numbers given as text, fractions and zero as versions', async () => {
    for (const bad of ['2', 2.5, 0, -1, null]) {
      const file = await sampleFile()
      file.formatVersion = bad
      file.schemaVersion = bad
      expect(await messages(JSON.stringify(file)), String(bad)).toEqual([
        'field “formatVersion”: must be a whole number from 1',
        'field “schemaVersion”: must be a whole number from 1',
      ])
    }
  })

  it('refuses a newer file format and a newer data version, saying to update Bastion', async () => {
    const file = await sampleFile()
    file.formatVersion = 3
    file.schemaVersion = CURRENT_SCHEMA_VERSION + 1
    expect(await messages(JSON.stringify(file))).toEqual([
      'field “formatVersion”: this backup uses a newer file format (3) than this Bastion reads (2). Update Bastion, then restore it.',
      `field “schemaVersion”: this backup was made by a newer Bastion (data version ${CURRENT_SCHEMA_VERSION + 1}; this one reads up to ${CURRENT_SCHEMA_VERSION}). Update Bastion, then restore it.`,
    ])
  })

  it('refuses a header whose version text, date or checksum is of the wrong kind', async () => {
    const file = await sampleFile()
    Object.assign(file, { appVersion: 12, exportedAt: 12, checksum: 12, tables: [] })
    expect(await messages(JSON.stringify(file))).toEqual([
      'field “appVersion”: must be a version text',
      'field “exportedAt”: must be a date and time (ISO 8601)',
      'field “checksum”: must be a SHA-256 checksum (64 hex digits)',
      'field “tables”: must be an object of tables',
    ])
  })

  it('refuses a checksum with a character too many or too few', async () => {
    for (const checksum of [
      'a'.repeat(63),
      'a'.repeat(65),
      `x${'a'.repeat(64)}`,
      `${'a'.repeat(64)}x`,
    ]) {
      const file = await sampleFile()
      file.checksum = checksum
      expect(await messages(JSON.stringify(file))).toEqual([
        'field “checksum”: must be a SHA-256 checksum (64 hex digits)',
      ])
    }
  })

  it('refuses a checksum that is not a text, even one that reads as 64 hex digits', async () => {
    const file = await sampleFile()
    const text = JSON.stringify({ ...file, checksum: [file.checksum] })
    expect(await messages(text)).toEqual([
      'field “checksum”: must be a SHA-256 checksum (64 hex digits)',
    ])
  })

  it('refuses tables that are not an object', async () => {
    for (const tables of [null, 'tables', [[]]]) {
      const file = await sampleFile()
      const text = JSON.stringify({ ...file, tables })
      expect(await messages(text)).toContain('field “tables”: must be an object of tables')
    }
  })

  it('refuses a file whose checksum does not match its tables', async () => {
    const file = await sampleFile()
    file.tables.sessions![0]!.minutes = 46
    expect(await messages(JSON.stringify(file))).toEqual([
      'field “checksum”: does not match the data: the file was changed or damaged after it was saved. Use another backup.',
    ])
  })
})

describe('tables and rows', () => {
  it('names every table the file’s data version must hold and lacks', async () => {
    const file = await sampleFile()
    delete file.tables.budgets
    delete file.tables.reviewLogs
    expect(await messages(file)).toEqual([
      `Table “budgets”: is missing from the backup (a backup of data version ${CURRENT_SCHEMA_VERSION} holds it, even when empty). Use another backup.`,
      `Table “reviewLogs”: is missing from the backup (a backup of data version ${CURRENT_SCHEMA_VERSION} holds it, even when empty). Use another backup.`,
    ])
  })

  it('refuses a table Bastion does not know, naming it', async () => {
    const file = await sampleFile()
    file.tables.secrets = []
    file.tables[`t${'x'.repeat(100)}`] = []
    expect(await messages(file)).toEqual([
      'Table “secrets”: is not a table Bastion knows',
      `Table “t${'x'.repeat(79)}”: is not a table Bastion knows`,
    ])
  })

  it('refuses a table that is not a list, and a row that is not an object', async () => {
    const file = await sampleFile()
    ;(file.tables as Record<string, unknown>).budgets = { currency: 'USD' }
    ;(file.tables.settings as unknown[]) = ['theme', null, [1]]
    expect(await messages(file)).toEqual([
      'Table “settings”, record 1: must be an object',
      'Table “settings”, record 2: must be an object',
      'Table “settings”, record 3: must be an object',
      'Table “budgets”: must be a list of records',
    ])
  })

  it('refuses a row without a usable key, naming the key field', async () => {
    for (const key of [undefined, '', 7, '__proto__']) {
      const file = await sampleFile()
      file.tables.budgets![0]!.currency = key
      expect(await messages(file), String(key)).toEqual([
        'Table “budgets”, record 1, field “currency”: the key must be a non-empty text that is not a reserved word',
      ])
    }
  })

  it('refuses a key twice in one table, and names the row by its id', async () => {
    const file = await sampleFile()
    file.tables.notes![1]!.id = 'n1'
    expect(await messages(file)).toEqual([
      'Table “notes”, record 2 (id “n1”), field “id”: appears twice in this table',
    ])
  })

  it('names a row by the first 80 characters of a long id', async () => {
    const file = await sampleFile()
    const long = `n${'x'.repeat(120)}`
    file.tables.notes![0]!.id = long
    file.tables.notes![0]!.title = 5
    expect(await messages(file)).toEqual([
      `Table “notes”, record 1 (id “${long.slice(0, 80)}”), field “title”: Invalid input: expected string, received number`,
    ])
  })

  it('shows at most three problems of one row, with the path of a nested field', async () => {
    const file = await sampleFile()
    Object.assign(file.tables.quotes![0]!, {
      locator: { kind: 'line', display: 1 },
      text: 1,
      comment: 1,
      tags: 'x',
    })
    const shown = await messages(file)
    expect(shown).toHaveLength(3)
    expect(shown.join('\n')).toMatch(/field “locator\.(kind|display)”/)
    for (const message of shown)
      expect(message).toMatch(/^Table “quotes”, record 1 \(id “q1”\), field “/)
  })

  it('stores a table with no record schema as the file holds it, keyed by its primary key', async () => {
    expect(primaryKeyOf('budgets')).toBe('currency')
    expect(primaryKeyOf('resourceProgress')).toBe('resourceId')
    expect(primaryKeyOf('settings')).toBe('key')
    expect(primaryKeyOf('notes')).toBe('id')
  })
})

describe('how many problems are shown', () => {
  async function fileWithBadSessions(count: number): Promise<File> {
    const file = await sampleFile()
    const template = file.tables.sessions![0]!
    file.tables.sessions = Array.from({ length: count }, (_, index) => ({
      ...template,
      id: `s${index}`,
      minutes: 'many',
    }))
    return file
  }

  it('shows the first 20 problems and counts them all', async () => {
    const result = await check(await fileWithBadSessions(25))
    if (result.ok) throw new Error('accepted')
    expect(result.total).toBe(25)
    expect(result.problems).toHaveLength(20)
    expect(describeProblem(result.problems[19]!)).toMatch(/record 20 \(id “s19”\)/)
  })

  it('stops reading rows once more than 100 problems are found', async () => {
    const result = await check(await fileWithBadSessions(500))
    if (result.ok) throw new Error('accepted')
    expect(result.total).toBe(101)
  })

  it('shows 20 header problems at most too', async () => {
    const file = await sampleFile()
    for (let index = 0; index < 21; index += 1) file.tables[`unknown${index}`] = []
    const result = await check(file)
    if (result.ok) throw new Error('accepted')
    expect([result.problems.length, result.total]).toEqual([20, 21])
  })
})

describe('references between tables', () => {
  const dangling: [table: string, field: string, target: string][] = [
    ['planItems', 'resourceId', 'resources'],
    ['sessions', 'resourceId', 'resources'],
    ['resourceProgress', 'resourceId', 'resources'],
    ['progressEvents', 'resourceId', 'resources'],
    ['notes', 'resourceId', 'resources'],
    ['quotes', 'resourceId', 'resources'],
    ['indexEntries', 'resourceId', 'resources'],
    ['attempts', 'certificationId', 'resources'],
    ['objectives', 'certificationId', 'resources'],
    ['practiceTests', 'certificationId', 'resources'],
    ['cpeActivities', 'certificationId', 'resources'],
    ['expenses', 'resourceId', 'resources'],
    ['reviewLogs', 'cardId', 'reviewCards'],
  ]

  it.each(dangling)('%s.%s must name a row of %s in the backup', async (table, field, target) => {
    const file = await sampleFile()
    const row = file.tables[table]![0]!
    row[field] = 'gone'
    const key = primaryKeyOf(table as never)
    expect(await messages(file)).toEqual([
      `Table “${table}”, record 1 (id “${String(row[key])}”), field “${field}”: refers to ${target} “gone”, which is not in the backup`,
    ])
  })

  it('accepts a resource the shipped catalog holds, but not as a review card', async () => {
    const file = await sampleFile()
    file.tables.sessions![0]!.resourceId = 'cert-other'
    expect((await check(file, new Set([GSEC, 'cert-other']))).ok).toBe(true)
    file.tables.reviewLogs![0]!.cardId = 'cert-other'
    expect(await messages(await signed(file))).toHaveLength(2)
    const result = await check(file, new Set([GSEC, 'cert-other']))
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'Table “reviewLogs”, record 1 (id “l1”), field “cardId”: refers to reviewCards “cert-other”, which is not in the backup',
    ])
  })

  it('names a missing target by its first 80 characters', async () => {
    const file = await sampleFile()
    const long = `gone${'x'.repeat(100)}`
    file.tables.planItems![0]!.resourceId = long
    expect(await messages(file)).toEqual([
      `Table “planItems”, record 1 (id “p1”), field “resourceId”: refers to resources “${long.slice(0, 80)}”, which is not in the backup`,
    ])
  })

  it('names the row of a missing target by the first 80 characters of its id', async () => {
    const file = await sampleFile()
    const long = `p${'x'.repeat(100)}`
    file.tables.planItems![0]!.id = long
    file.tables.planItems![0]!.resourceId = 'gone'
    expect(await messages(file)).toEqual([
      `Table “planItems”, record 1 (id “${long.slice(0, 80)}”), field “resourceId”: refers to resources “gone”, which is not in the backup`,
    ])
  })

  it('checks references only once every row passed its own check', async () => {
    const file = await sampleFile()
    file.tables.sessions![0]!.resourceId = 'gone'
    file.tables.notes![0]!.title = 5
    expect(await messages(file)).toEqual([
      'Table “notes”, record 1 (id “n1”), field “title”: Invalid input: expected string, received number',
    ])
  })
})

describe('a table without a record schema', () => {
  it('is restored as the file holds it, checked only for its key', async () => {
    const schema = recordSchemas.settings
    delete recordSchemas.settings
    try {
      const file = await sampleFile()
      file.tables.settings = [{ key: 'theme', value: 'dark', extra: 1 }]
      const result = await check(file)
      expect(result.ok && result.backup.tables.settings).toEqual(file.tables.settings)
      file.tables.settings = [{ key: 'theme' }, { key: 'theme' }]
      expect(await messages(file)).toEqual([
        'Table “settings”, record 2 (id “theme”), field “key”: appears twice in this table',
      ])
    } finally {
      recordSchemas.settings = schema
    }
  })
})

describe('what the problem text says', () => {
  it('joins table, record, id and field before the message', () => {
    expect(describeProblem({ message: 'm' })).toBe('m')
    expect(describeProblem({ table: 'notes', message: 'm' })).toBe('Table “notes”: m')
    expect(describeProblem({ table: 'notes', index: 0, message: 'm' })).toBe(
      'Table “notes”, record 1: m',
    )
    expect(describeProblem({ index: 4, recordId: 'n5', message: 'm' })).toBe(
      'record 5 (id “n5”): m',
    )
    expect(describeProblem({ field: 'title', message: 'm' })).toBe('field “title”: m')
    expect(describeProblem({ field: '', message: 'm' })).toBe('m')
  })

  it('counts megabytes as 10^6 bytes, rounded up', () => {
    expect(megabytes(100_000_000)).toBe(100)
    expect(megabytes(100_000_001)).toBe(101)
    expect(megabytes(1)).toBe(1)
  })

  it('never throws: a failure while checking becomes a problem the user reads', async () => {
    const file = await sampleFile()
    file.tables.sessions![0]!.resourceId = 'not-in-backup'
    const broken = {
      has: () => {
        throw new Error('catalog unavailable')
      },
    } as unknown as ReadonlySet<string>
    const result = await checkBackup(await signed(file), broken)
    expect(result.ok ? [] : result.problems.map(describeProblem)).toEqual([
      'The backup could not be read (catalog unavailable).',
    ])
  })
})
