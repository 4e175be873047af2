import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ExpenseRecord, IndexEntryRecord, StudySessionRecord } from '@renderer/db/records'
import { toCsv } from '@renderer/domain/csv'
import { expensesCsv, indexCsv, sessionsCsv } from '@renderer/domain/csv-exports'
import { titleLookup } from '@renderer/domain/resource-titles'
import {
  BastionCsvFileError,
  bastionCsvHeaders,
  bastionCsvKind,
  looksLikeBastionCsv,
  parseBastionCsv,
  type BastionCsvRow,
} from '@renderer/features/import/formats/bastion-csv-parse'

const resource = titleLookup([
  { id: 'r-llm', title: 'OWASP Top 10 for LLM Applications' },
  { id: 'r-book', title: 'GSEC All-in-One, 3rd ed.' },
])

const session = (over: Partial<StudySessionRecord>): StudySessionRecord => ({
  id: 's1',
  date: '2026-03-14',
  minutes: 45,
  resourceId: 'r-llm',
  covered: 'LLM01 prompt injection',
  createdAt: 1,
  updatedAt: 1,
  ...over,
})

const values = (rows: BastionCsvRow[]) => rows.map((row) => row.value ?? row.error)

describe('sessions CSV, round-tripped through the real exporter', () => {
  it('reads back every field, with quoted newlines, commas and defused formulas', () => {
    const sessions = [
      session({}),
      session({
        id: 's2',
        date: '2026-03-15',
        minutes: 90,
        resourceId: 'r-book',
        covered: 'Chapter 3, "crypto"\r\nand a second line',
        unitsAdvanced: 2,
      }),
      session({ id: 's3', date: '2026-03-16', covered: '=HYPERLINK("http://evil")' }),
      session({ id: 's4', date: '2026-03-17', covered: '-5 minutes of review' }),
    ]
    const rows = parseBastionCsv(sessionsCsv(sessions, { resource }))
    expect(rows.map((row) => [row.line, row.kind, row.label])).toEqual([
      [2, 'session', '2026-03-14 · OWASP Top 10 for LLM Applications'],
      [3, 'session', '2026-03-15 · GSEC All-in-One, 3rd ed.'],
      // The quoted newline above takes a line: the row number is the file's.
      [5, 'session', '2026-03-16 · OWASP Top 10 for LLM Applications'],
      [6, 'session', '2026-03-17 · OWASP Top 10 for LLM Applications'],
    ])
    expect(values(rows)).toEqual([
      {
        kind: 'session',
        id: 's1',
        date: '2026-03-14',
        minutes: 45,
        resource: 'OWASP Top 10 for LLM Applications',
        covered: 'LLM01 prompt injection',
      },
      {
        kind: 'session',
        id: 's2',
        date: '2026-03-15',
        minutes: 90,
        resource: 'GSEC All-in-One, 3rd ed.',
        covered: 'Chapter 3, "crypto"\r\nand a second line',
        unitsAdvanced: 2,
      },
      expect.objectContaining({ covered: '=HYPERLINK("http://evil")' }),
      expect.objectContaining({ covered: '-5 minutes of review' }),
    ])
  })

  it('tells what is wrong with each bad row, and reads the good ones', () => {
    const csv = [
      'Date,Minutes,Resource,Covered,Units advanced,Session id',
      '14/03/2026,45,OWASP,x,,s1',
      '2026-03-15,ninety,OWASP,x,,s2',
      '2026-03-16,2000,OWASP,x,,s3',
      '2026-03-17,30,,x,,s4',
      ',,,,,',
      '2026-03-18,30,OWASP,added in the spreadsheet,,',
    ].join('\r\n')
    expect(parseBastionCsv(csv).map((row) => [row.line, row.error ?? row.value?.id])).toEqual([
      [2, '"14/03/2026" is not a date; write it as yyyy-MM-dd (like 2026-03-14).'],
      [3, 'Minutes must be a whole number from 1 to 1440.'],
      [4, 'Minutes must be a whole number from 1 to 1440.'],
      [5, 'Say which resource this session was on.'],
      [7, undefined],
    ])
  })
})

describe('expenses CSV, round-tripped through the real exporter', () => {
  const expense = (over: Partial<ExpenseRecord>): ExpenseRecord => ({
    id: 'e1',
    date: '2026-02-01',
    description: 'GSEC exam voucher',
    category: 'exam-attempt',
    amountMinor: 94900,
    currency: 'USD',
    status: 'planned',
    createdAt: 1,
    updatedAt: 1,
    ...over,
  })

  it('reads amounts back in minor units of their own currency, and the labels as keys', () => {
    const csv = expensesCsv(
      [
        expense({ resourceId: 'r-book', attemptId: 'a1' }),
        expense({ id: 'e2', amountMinor: 5000, currency: 'JPY', category: 'book', status: 'paid' }),
        expense({ id: 'e3', amountMinor: 1250, currency: 'BHD', description: '+ tax, Bahrain' }),
      ],
      { resource, attempt: () => 'GSEC attempt from 2026-01-10' },
    )
    expect(values(parseBastionCsv(csv))).toEqual([
      {
        kind: 'expense',
        id: 'e1',
        date: '2026-02-01',
        description: 'GSEC exam voucher',
        category: 'exam-attempt',
        amountMinor: 94900,
        currency: 'USD',
        status: 'planned',
        resource: 'GSEC All-in-One, 3rd ed.',
        attempt: 'GSEC attempt from 2026-01-10',
      },
      expect.objectContaining({
        amountMinor: 5000,
        currency: 'JPY',
        category: 'book',
        status: 'paid',
      }),
      expect.objectContaining({
        amountMinor: 1250,
        currency: 'BHD',
        description: '+ tax, Bahrain',
      }),
    ])
  })

  it('reads a file a spreadsheet saved with semicolons and decimal commas', () => {
    const csv = [
      'Date;Description;Category;Amount;Currency;Status;Linked resource;Linked attempt;Expense id',
      '2026-02-01;Voucher;Exam attempt;949,00;eur;Paid;;;e1',
    ].join('\n')
    expect(values(parseBastionCsv(csv))).toEqual([
      expect.objectContaining({ amountMinor: 94900, currency: 'EUR', status: 'paid' }),
    ])
  })

  it('says which category, currency or amount it cannot take', () => {
    const head =
      'Date,Description,Category,Amount,Currency,Status,Linked resource,Linked attempt,Expense id'
    const rows = parseBastionCsv(
      [
        head,
        '2026-02-01,A,Snacks,10.00,USD,Paid,,,',
        '2026-02-01,B,Book,10.00,XYZ,Paid,,,',
        '2026-02-01,C,Book,-10.00,USD,Paid,,,',
        '2026-02-01,D,Book,10.001,USD,Paid,,,',
        '2026-02-01,E,Book,10.00,USD,Maybe,,,',
      ].join('\n'),
    )
    expect(rows.map((row) => row.error)).toEqual([
      expect.stringMatching(/"Snacks" is not a category/),
      expect.stringMatching(/"XYZ" is not a currency code/),
      'Amount: An amount cannot be negative.',
      'Amount: USD amounts have at most 2 decimal places.',
      'Status must be Planned or Paid.',
    ])
  })
})

describe('index CSV, round-tripped through the real exporter', () => {
  it('reads term, pages, tags and objective names back', () => {
    const entry: IndexEntryRecord = {
      id: 'i1',
      term: '@mention spoofing',
      note: 'See also: phishing',
      resourceId: 'r-book',
      pages: 'p. 42, pp. 57–59',
      tags: ['social', 'email'],
      objectiveIds: ['gsec-1', 'LLM01'],
      createdAt: 1,
      updatedAt: 1,
    }
    const labels: Record<string, string> = {
      'gsec-1': 'Access control',
      LLM01: 'LLM01 Prompt injection',
    }
    const csv = indexCsv([entry], { resource, objective: (id) => labels[id] ?? id })
    expect(values(parseBastionCsv(csv))).toEqual([
      {
        kind: 'indexEntry',
        id: 'i1',
        term: '@mention spoofing',
        pages: 'p. 42, pp. 57–59',
        resource: 'GSEC All-in-One, 3rd ed.',
        note: 'See also: phishing',
        tags: ['social', 'email'],
        objectives: ['Access control', 'LLM01 Prompt injection'],
      },
    ])
  })
})

describe('which export a file is', () => {
  it('knows each export by its header row, BOM or not', () => {
    expect(
      bastionCsvKind('\uFEFFDate,Minutes,Resource,Covered,Units advanced,Session id\r\n'),
    ).toBe('session')
    expect(bastionCsvKind('Term;Pages;Resource;Note;Tags;Objectives;Entry id')).toBe('indexEntry')
    expect(bastionCsvKind('Title,Author,ISBN,My Rating')).toBeNull()
    expect(
      looksLikeBastionCsv(
        'bastion-expenses-2026-03-01.csv',
        expensesCsv([], { resource, attempt: resource }),
      ),
    ).toBe(true)
    expect(looksLikeBastionCsv('goodreads_library_export.csv', 'Book Id,Title,Author')).toBe(false)
  })

  it('refuses a file that lost a column it needs, saying which', () => {
    expect(() => parseBastionCsv('Date,Resource,Session id\r\n2026-01-01,X,s1\r\n')).toThrow(
      'This export has lost the column Minutes; put it back and try again.',
    )
  })
})

describe('hostile input', () => {
  it('refuses binary, foreign CSV and 50 MB with a plain message', () => {
    expect(() => parseBastionCsv('PK\u0003\u0004\u0000\u0000binary')).toThrow(/binary data/)
    expect(() => parseBastionCsv('Book Id,Title\r\n1,Dune\r\n')).toThrow(BastionCsvFileError)
    const huge =
      'Date,Minutes,Resource,Covered,Units advanced,Session id\r\n' + 'x'.repeat(50 * 1024 * 1024)
    expect(() => parseBastionCsv(huge)).toThrow(/too large/)
  })

  it('marks the row a truncated file cuts inside a quoted cell', () => {
    const whole = sessionsCsv(
      [session({}), session({ id: 's2', covered: 'a long "quoted"\nthought, cut here' })],
      { resource },
    )
    const rows = parseBastionCsv(whole.slice(0, whole.indexOf('cut here')))
    expect(rows[0]?.value).toBeDefined()
    expect(rows[1]?.error).toMatch(/not closed/)
  })

  it('keeps __proto__ and formula-looking cells as plain text, never as keys', () => {
    const csv = toCsv(
      [
        { header: '__proto__', value: () => 'polluted' },
        { header: 'Term', value: (row: string) => row },
        { header: 'Entry id', value: () => '__proto__' },
      ],
      ["=cmd|' /C calc'!A0", '__proto__', '@SUM(A1)'],
    )
    const rows = parseBastionCsv(csv)
    expect(rows.map((row) => row.value && 'term' in row.value && row.value.term)).toEqual([
      "=cmd|' /C calc'!A0",
      '__proto__',
      '@SUM(A1)',
    ])
    expect(rows[0]?.value?.id).toBe('__proto__')
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(Object.getPrototypeOf(rows[1]?.value)).toBe(Object.prototype)
  })
})

describe('properties', () => {
  // NUL marks a binary file; the app never stores one in a session.
  const text = fc.string({ unit: 'grapheme', maxLength: 40 }).map((s) => s.split('\u0000').join(''))

  it('any session the exporter writes reads back the same', () => {
    const aSession = fc.record({
      id: fc.uuid(),
      date: fc
        .date({ min: new Date(2000, 0, 1), max: new Date(2099, 11, 31), noInvalidDate: true })
        .map(
          (d) =>
            `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`,
        ),
      minutes: fc.integer({ min: 1, max: 1440 }),
      covered: text,
    })
    fc.assert(
      fc.property(fc.array(aSession, { maxLength: 8 }), (drafts) => {
        const sessions = drafts.map((draft) => session({ ...draft, covered: draft.covered.trim() }))
        const rows = parseBastionCsv(sessionsCsv(sessions, { resource }))
        const sorted = [...sessions].sort((a, b) => a.date.localeCompare(b.date))
        expect(
          rows.map(
            (row) =>
              row.value &&
              'covered' in row.value && [row.value.id, row.value.minutes, row.value.covered],
          ),
        ).toEqual(sorted.map((s) => [s.id, s.minutes, s.covered]))
      }),
      { numRuns: 150 },
    )
  })

  it('any text either reads as rows or is refused with BastionCsvFileError', () => {
    const head = fc.constantFrom(
      'Date,Minutes,Resource,Covered,Units advanced,Session id\n',
      'Term,Pages,Resource,Note,Tags,Objectives,Entry id\n',
      '',
    )
    fc.assert(
      fc.property(head, fc.string({ maxLength: 200 }), (header, body) => {
        try {
          for (const row of parseBastionCsv(header + body)) {
            expect(row.line).toBeGreaterThan(1)
            expect(row.value === undefined).toBe(row.error !== undefined)
          }
        } catch (error) {
          expect(error).toBeInstanceOf(BastionCsvFileError)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('the columns', () => {
  it('are the exporter’s own, id last', () => {
    expect(bastionCsvHeaders).toEqual({
      session: ['Date', 'Minutes', 'Resource', 'Covered', 'Units advanced', 'Session id'],
      expense: [
        'Date',
        'Description',
        'Category',
        'Amount',
        'Currency',
        'Status',
        'Linked resource',
        'Linked attempt',
        'Expense id',
      ],
      indexEntry: ['Term', 'Pages', 'Resource', 'Note', 'Tags', 'Objectives', 'Entry id'],
    })
  })
})

describe('apostrophes', () => {
  it('round-trip text that already starts with an apostrophe before a formula sign', () => {
    const sessions = ["'=x", "''-y", "'plain", '=z'].map((covered, i) =>
      session({ id: `s${i}`, covered }),
    )
    const rows = parseBastionCsv(sessionsCsv(sessions, { resource }))
    expect(rows.map((row) => row.value && 'covered' in row.value && row.value.covered)).toEqual([
      "'=x",
      "''-y",
      "'plain",
      '=z',
    ])
  })
})
