import { describe, expect, it } from 'vitest'
import type { TableName } from '@renderer/db/database'
import { attemptStatuses, expenseCategories } from '@renderer/db/records'
import { isSafeKey, recordSchemas } from '@renderer/features/backup/format/record-schemas'
import { loadShippedCatalog } from '@renderer/features/catalog'

/**
 * What the record schemas keep and refuse, table by table: a restore stores exactly the parsed
 * value, so every declared field of a complete record must come back unchanged, every allowed
 * value of a choice must pass, and a wrong value must be refused with the message a user reads.
 * (Written against the mutation report: each case fails when a field, a choice or a bound of a
 * schema is dropped or changed.)
 */

const t0 = Date.UTC(2026, 9, 1, 18, 0)

/** A record of every table with a schema, holding every field the schema declares. */
function completeRecords(): Record<string, Record<string, unknown>> {
  const timestamps = { createdAt: t0, updatedAt: t0 + 1, revision: 3 }
  return {
    resources: {
      id: 'custom-1',
      origin: 'custom',
      base: {
        kind: 'book',
        title: 'My own book',
        authors: ['A. Author'],
        price: null,
        free: true,
        tags: ['x'],
      },
      overrides: { title: 'Renamed' },
      catalog: { catalogVersion: 4, unverified: ['hours'] },
      removedFromCatalog: false,
      ...timestamps,
    },
    settings: { key: 'theme', value: { nested: ['dark'] } },
    meta: { key: 'catalogDigest', value: 'abc' },
    planItems: {
      id: 'p1',
      resourceId: 'custom-1',
      position: -2.5,
      plannedMinutes: 90,
      targetStart: '2026-10-01',
      targetFinish: '2026-11-01',
      addedAt: t0,
      updatedAt: t0 + 1,
      revision: 3,
    },
    sessions: {
      id: 's1',
      date: '2026-10-01',
      minutes: 45,
      resourceId: 'custom-1',
      covered: 'Chapter 1',
      unitsAdvanced: -3,
      ...timestamps,
    },
    resourceProgress: {
      resourceId: 'custom-1',
      status: 'done',
      completedOn: '2026-10-03',
      unitsDone: 10,
      unitsTotal: 12,
      unit: 'chapters',
      certificate: 'https://example.org/cert',
      updatedAt: t0,
      revision: 1,
    },
    progressEvents: {
      id: 'e1',
      resourceId: 'custom-1',
      at: t0,
      status: 'in-progress',
      unitsDone: 1,
      unitsTotal: 12,
      unit: 'pages',
      completedOn: '2026-10-03',
      note: 'started',
    },
    notes: {
      id: 'n1',
      resourceId: 'custom-1',
      title: 'Prompt injection',
      body: '# Notes',
      tags: ['llm'],
      objectiveIds: ['LLM01'],
      ...timestamps,
    },
    quotes: {
      id: 'q1',
      resourceId: 'custom-1',
      text: 'Defence in depth',
      locator: { kind: 'pages', display: 'pp. 12-14', from: 12, to: 14 },
      comment: 'key idea',
      tags: ['net'],
      ...timestamps,
    },
    indexEntries: {
      id: 'i1',
      term: '+cmd',
      note: 'a, b',
      resourceId: 'custom-1',
      pages: '12-14',
      tags: ['net'],
      objectiveIds: ['LLM01'],
      ...timestamps,
    },
    attempts: {
      id: 'a1',
      certificationId: 'cert-giac-gsec',
      startDate: '2026-11-01',
      deadlineOverride: '2027-03-01',
      examDate: '2027-02-01',
      examTime: '09:30',
      timeZone: 'Europe/Paris',
      delivery: 'test-centre',
      status: 'failed',
      failedOn: '2027-02-01',
      failures: 1,
      passedOn: '2027-02-20',
      checklist: [{ id: 'k1', label: 'ID ready', done: true }],
      ...timestamps,
    },
    objectives: {
      id: 'o1',
      certificationId: 'cert-giac-gsec',
      position: 1,
      title: 'Access control',
      confidence: null,
      resourceIds: ['custom-1'],
      lastReviewed: '2026-10-09',
      ...timestamps,
    },
    practiceTests: {
      id: 'pt1',
      certificationId: 'cert-giac-gsec',
      date: '2026-11-10',
      scorePercent: 78,
      label: 'Practice 1',
      weakObjectiveIds: ['o1'],
      createdAt: t0,
      revision: 2,
    },
    cpeActivities: {
      id: 'c1',
      certificationId: 'cert-giac-gsec',
      date: '2026-11-12',
      description: 'Talk',
      credits: 1.5,
      createdAt: t0,
      revision: 0,
    },
    expenses: {
      id: 'x1',
      date: '2026-10-01',
      description: 'Exam attempt',
      category: 'exam-attempt',
      amountMinor: -94900,
      currency: 'USD',
      status: 'planned',
      resourceId: 'custom-1',
      attemptId: 'a1',
      ...timestamps,
    },
    budgets: { currency: 'EUR', amountMinor: 200000, revision: 4 },
    reviewCards: {
      id: 'r1',
      kind: 'qa',
      front: 'What is CIA?',
      back: 'Confidentiality, integrity, availability',
      source: { kind: 'indexEntry', id: 'i1', seenUpdatedAt: t0 },
      resourceId: 'custom-1',
      tags: ['basics'],
      objectiveIds: ['o1'],
      suspended: true,
      memory: {
        due: t0 + 86_400_000,
        stability: 2.5,
        difficulty: 5,
        elapsedDays: 1,
        scheduledDays: 3,
        learningSteps: 1,
        reps: 4,
        lapses: 1,
        state: 3,
        lastReview: t0,
      },
      ...timestamps,
    },
    reviewLogs: {
      id: 'l1',
      cardId: 'r1',
      date: '2026-10-02',
      at: t0,
      rating: 4,
      state: 2,
      due: t0,
      stability: 2.5,
      difficulty: 5,
      scheduledDays: 3,
      learningSteps: 0,
      durationMs: 12_000,
    },
    imports: {
      id: 'im1',
      at: t0,
      formatId: 'anki',
      formatLabel: 'Anki text',
      fileName: 'cards.txt',
      rows: [{ line: 2, kind: 'card', label: 'CIA', status: 'unticked', detail: 'kept out' }],
      added: [
        {
          table: 'reviewCards',
          id: 'r1',
          label: 'CIA',
          before: { id: 'r1', front: 'old' },
          fingerprint: 'f1',
        },
      ],
      undoneAt: t0 + 5,
      keptOnUndo: ['r1'],
    },
  }
}

function parse(table: string, row: unknown) {
  const schema = recordSchemas[table as TableName]
  if (!schema) throw new Error(`no schema for ${table}`)
  return schema.safeParse(row)
}

/** The messages of a refused row, as "field: message". */
function refusal(table: string, row: unknown): string[] {
  const result = parse(table, row)
  if (result.success) throw new Error(`${table}: the row was accepted`)
  return result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
}

function withField(table: string, field: string, value: unknown): Record<string, unknown> {
  return { ...completeRecords()[table]!, [field]: value }
}

describe('record schemas keep every declared field of a complete record', () => {
  const records = completeRecords()

  it('has a complete record here for every table with a schema', () => {
    expect(Object.keys(records).sort()).toEqual(Object.keys(recordSchemas).sort())
  })

  it.each(Object.keys(records))('%s: parses to exactly the record, no field lost', (table) => {
    const result = parse(table, records[table])
    expect(result.error?.issues ?? []).toEqual([])
    expect(result.data).toEqual(records[table])
  })

  it.each(Object.keys(records))('%s: a field no schema declares is stripped', (table) => {
    const result = parse(table, { ...records[table], injected: '<img src=x onerror=alert(1)>' })
    expect(result.success).toBe(true)
    expect(result.data).not.toHaveProperty('injected')
  })
})

describe('catalog facts a catalog resource keeps', () => {
  it('keeps the source, corrections and certification details of the shipped entry', () => {
    const { catalogVersion, resources } = loadShippedCatalog()
    const facts = (id: string) => {
      const { source, unverified, corrections, certification } = resources.find(
        (entry) => entry.id === id,
      )!
      return { source, unverified, corrections, certification, catalogVersion }
    }
    for (const id of ['cert-giac-gsec', 'course-ml-security']) {
      const catalog = JSON.parse(JSON.stringify(facts(id))) as Record<string, unknown>
      const record = { ...completeRecords().resources!, origin: 'catalog', catalog }
      expect(parse('resources', record).data, id).toEqual(record)
    }
  })
})

describe('every allowed choice passes, and a value outside the choices is refused', () => {
  const choices: [table: string, field: string, values: readonly unknown[]][] = [
    ['resources', 'origin', ['catalog', 'custom']],
    ['resourceProgress', 'status', ['not-started', 'in-progress', 'done', 'skipped']],
    ['resourceProgress', 'unit', ['modules', 'chapters', 'pages', 'sections', 'percent']],
    ['progressEvents', 'status', ['not-started', 'in-progress', 'done', 'skipped']],
    ['progressEvents', 'unit', ['modules', 'chapters', 'pages', 'sections', 'percent']],
    ['attempts', 'delivery', ['remote', 'test-centre']],
    ['attempts', 'status', attemptStatuses],
    ['expenses', 'category', expenseCategories],
    ['expenses', 'status', ['planned', 'paid']],
    ['reviewCards', 'kind', ['cloze', 'qa']],
    ['reviewLogs', 'rating', [1, 2, 3, 4]],
  ]

  it.each(choices)('%s.%s', (table, field, values) => {
    for (const value of values) {
      expect(parse(table, withField(table, field, value)).success, String(value)).toBe(true)
    }
    expect(parse(table, withField(table, field, 'not-a-choice')).success).toBe(false)
    expect(parse(table, withField(table, field, '')).success).toBe(false)
  })

  it('quotes: every locator kind passes, and a quote may have no locator', () => {
    const quote = completeRecords().quotes!
    for (const kind of ['page', 'pages', 'chapter', 'percent', 'text']) {
      const locator = { kind, display: 'somewhere' }
      expect(parse('quotes', { ...quote, locator }).data).toMatchObject({ locator })
    }
    expect(parse('quotes', { ...quote, locator: null }).success).toBe(true)
    expect(refusal('quotes', { ...quote, locator: { kind: 'line', display: '1' } })[0]).toMatch(
      /^locator\.kind: /,
    )
  })

  it('review cards: a card may come from a note, a quote or an index entry', () => {
    const card = completeRecords().reviewCards!
    for (const kind of ['note', 'quote', 'indexEntry']) {
      const source = { kind, id: 'x1', seenUpdatedAt: t0 }
      expect(parse('reviewCards', { ...card, source }).data).toMatchObject({ source })
    }
    expect(
      parse('reviewCards', { ...card, source: { kind: 'card', id: 'x1', seenUpdatedAt: t0 } })
        .success,
    ).toBe(false)
  })

  it('imports: every row status passes', () => {
    const entry = completeRecords().imports!
    const row = (entry.rows as Record<string, unknown>[])[0]!
    for (const status of ['new', 'update', 'duplicate', 'error', 'skip', 'unticked']) {
      expect(parse('imports', { ...entry, rows: [{ ...row, status }] }).success, status).toBe(true)
    }
    expect(parse('imports', { ...entry, rows: [{ ...row, status: 'done' }] }).success).toBe(false)
  })
})

describe('the messages a refused record shows', () => {
  it('ids: empty, reserved and too long ids are refused, saying why', () => {
    expect(refusal('notes', withField('notes', 'id', ''))).toEqual([
      'id: must be a non-empty text id',
    ])
    for (const reserved of ['__proto__', 'constructor', 'prototype']) {
      expect(refusal('sessions', withField('sessions', 'resourceId', reserved))).toEqual([
        'resourceId: must not be a reserved word (__proto__, constructor, prototype)',
      ])
    }
    expect(parse('notes', withField('notes', 'id', 'x'.repeat(500))).success).toBe(true)
    expect(parse('notes', withField('notes', 'id', 'x'.repeat(501))).success).toBe(false)
    expect(parse('notes', withField('notes', 'id', 'x')).success).toBe(true)
  })

  it('instants: whole, non-negative milliseconds a Date can hold', () => {
    expect(refusal('notes', withField('notes', 'updatedAt', 1.5))).toEqual([
      'updatedAt: must be a whole number of milliseconds',
    ])
    expect(parse('notes', withField('notes', 'updatedAt', 0)).success).toBe(true)
    expect(parse('notes', withField('notes', 'updatedAt', -1)).success).toBe(false)
    expect(parse('notes', withField('notes', 'updatedAt', 8.64e15)).success).toBe(true)
    expect(parse('notes', withField('notes', 'updatedAt', 8.64e15 + 1)).success).toBe(false)
  })

  it('days: only yyyy-MM-dd', () => {
    for (const bad of ['2026-1-01', '2026-10-011', 'x2026-10-01', '2026/10/01', '20261001', '']) {
      expect(refusal('sessions', withField('sessions', 'date', bad)), bad).toEqual([
        'date: must be a date as yyyy-MM-dd',
      ])
    }
  })

  it('money: whole minor units and a three-letter currency code', () => {
    expect(refusal('expenses', withField('expenses', 'amountMinor', 9.5))).toEqual([
      'amountMinor: must be whole minor units (cents)',
    ])
    for (const bad of ['usd', 'US', 'USDD', 'xUSD', 'USDx', '']) {
      expect(refusal('budgets', { currency: bad, amountMinor: 1 }), bad).toEqual([
        'currency: must be a three-letter currency code',
      ])
    }
  })

  it('bounded numbers: the lowest and highest values pass, one step beyond is refused', () => {
    const bounds: [table: string, field: string, low: number, high: number][] = [
      ['sessions', 'minutes', 0, 1_000_000],
      ['sessions', 'unitsAdvanced', -1_000_000, 1_000_000],
      ['planItems', 'position', -1e12, 1e12],
      ['objectives', 'confidence', 0, 5],
      ['practiceTests', 'scorePercent', 0, 100],
      ['cpeActivities', 'credits', -1_000_000, 1_000_000],
      ['expenses', 'amountMinor', -1e15, 1e15],
      ['attempts', 'failures', 0, 1_000],
      ['reviewLogs', 'state', 0, 3],
      ['reviewLogs', 'learningSteps', 0, 1_000],
      ['reviewLogs', 'durationMs', 0, 86_400_000],
    ]
    for (const [table, field, low, high] of bounds) {
      const step = Math.max(1, Math.abs(high) / 1e6)
      expect(parse(table, withField(table, field, low)).success, `${field} ${low}`).toBe(true)
      expect(parse(table, withField(table, field, high)).success, `${field} ${high}`).toBe(true)
      expect(parse(table, withField(table, field, low - step)).success, `${field} < ${low}`).toBe(
        false,
      )
      expect(parse(table, withField(table, field, high + step)).success, `${field} > ${high}`).toBe(
        false,
      )
    }
  })

  it('revisions are whole and not negative; records written before revisions have none', () => {
    expect(parse('notes', withField('notes', 'revision', -1)).success).toBe(false)
    expect(parse('notes', withField('notes', 'revision', 1.5)).success).toBe(false)
    const { revision: _revision, ...older } = completeRecords().notes!
    expect(parse('notes', older).data).toEqual(older)
  })

  it('texts and lists are bounded', () => {
    const attempt = completeRecords().attempts!
    expect(parse('attempts', { ...attempt, examTime: 'x'.repeat(10_000) }).success).toBe(true)
    expect(parse('attempts', { ...attempt, examTime: 'x'.repeat(10_001) }).success).toBe(false)
    const note = completeRecords().notes!
    expect(parse('notes', { ...note, tags: ['x'.repeat(1_000)] }).success).toBe(true)
    expect(parse('notes', { ...note, tags: ['x'.repeat(1_001)] }).success).toBe(false)
    expect(parse('notes', { ...note, tags: Array(1_001).fill('t') }).success).toBe(false)
  })
})

describe('reserved keys', () => {
  it('isSafeKey refuses exactly the keys that reach a prototype', () => {
    expect(['__proto__', 'constructor', 'prototype'].filter(isSafeKey)).toEqual([])
    expect(['proto', 'id', '__proto', 'Constructor'].every(isSafeKey)).toBe(true)
  })
})
