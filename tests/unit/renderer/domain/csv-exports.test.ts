import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ExpenseRecord, IndexEntryRecord, StudySessionRecord } from '@renderer/db/records'
import { csvCell } from '@renderer/domain/csv'
import { expensesCsv, indexCsv, sessionsCsv } from '@renderer/domain/csv-exports'
import { titleLookup } from '@renderer/domain/resource-titles'
import { sampleRows } from '../backup/sample-data'

const resource = titleLookup([{ id: 'custom-1', title: 'My own book' }])

/** Every export starts with the byte-order mark (one rule for every button). */
function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  expect(csv.endsWith('\r\n')).toBe(true)
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
}

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a, b')).toBe('"a, b"')
    expect(csvCell('say "hi"')).toBe('"say ""hi"""')
    expect(csvCell('two\nlines')).toBe('"two\nlines"')
    expect(csvCell('plain')).toBe('plain')
    expect(csvCell(undefined)).toBe('')
    expect(csvCell(45)).toBe('45')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(csvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/)
    }
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
  })
})

describe('sessions', () => {
  it('read back as the data, with resource titles and defused formulas', () => {
    const rows = parse(
      sessionsCsv(sampleRows().sessions as unknown as StudySessionRecord[], { resource }),
    )
    expect(rows[0]).toEqual([
      'Date',
      'Minutes',
      'Resource',
      'Covered',
      'Units advanced',
      'Session id',
    ])
    expect(rows[1]).toEqual([
      '2026-10-01',
      '45',
      'My own book',
      'Chapter 1, "threat models", commas',
      '',
      's1',
    ])
    expect(rows[2]?.[3]).toBe('\'=HYPERLINK("http://evil")\nsecond line')
    expect(rows).toHaveLength(3)
  })
})

// Costs (ledger.ts: labels, "Linked resource", no BOM) and Settings (backup/csv.ts: raw
// values, "Resource", an id column, a BOM) wrote two different files. The Costs columns won,
// plus the id column and the BOM; the status reads as the page shows it.
describe('expenses', () => {
  const expense = (partial: Partial<ExpenseRecord>): ExpenseRecord => ({
    id: 'e1',
    date: '2027-03-01',
    description: 'x',
    category: 'other',
    amountMinor: 100,
    currency: 'USD',
    status: 'paid',
    createdAt: 0,
    updatedAt: 0,
    ...partial,
  })

  it('one file, whichever button wrote it: columns, order, exact amounts', () => {
    const csv = expensesCsv(
      [
        expense({
          description: '=cmd|calc',
          amountMinor: 1999,
          resourceId: 'r1',
          status: 'planned',
        }),
        expense({
          id: 'e2',
          description: 'Book "AML", 2nd',
          amountMinor: 5,
          currency: 'EUR',
          date: '2027-01-01',
        }),
        expense({
          id: 'e3',
          amountMinor: 1200,
          currency: 'JPY',
          attemptId: 'a1',
          date: '2027-02-01',
        }),
      ],
      { resource: titleLookup([]), attempt: () => 'GSEC attempt from 2026-11-01' },
    )
    expect(parse(csv)).toEqual([
      [
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
      ['2027-01-01', 'Book "AML", 2nd', 'Other', '0.05', 'EUR', 'Paid', '', '', 'e2'],
      ['2027-02-01', 'x', 'Other', '1200', 'JPY', 'Paid', '', 'GSEC attempt from 2026-11-01', 'e3'],
      [
        '2027-03-01',
        "'=cmd|calc",
        'Other',
        '19.99',
        'USD',
        'Planned',
        'Removed resource',
        '',
        'e1',
      ],
    ])
  })

  it('reads the sample backup', () => {
    const rows = parse(
      expensesCsv(sampleRows().expenses as unknown as ExpenseRecord[], {
        resource,
        attempt: () => 'GSEC attempt from 2026-11-01',
      }),
    )
    expect(rows[1]).toEqual([
      '2026-10-01',
      'Exam attempt',
      'Exam attempt',
      '949.00',
      'USD',
      'Paid',
      '',
      'GSEC attempt from 2026-11-01',
      'x1',
    ])
  })
})

// The index page (notes/csv.ts: objectives, a BOM added by the page) and Settings
// (backup/csv.ts: no objectives, an id column) differed; the page's columns won, plus the id.
describe('open-book index', () => {
  const entry = (partial: Partial<IndexEntryRecord>): IndexEntryRecord => ({
    id: 'i',
    term: 't',
    note: '',
    pages: '',
    tags: [],
    objectiveIds: [],
    createdAt: 0,
    updatedAt: 0,
    ...partial,
  })

  it('A–Z in the locale with objectives by name', () => {
    const csv = indexCsv(
      [
        entry({ id: 'b', term: 'zero trust' }),
        entry({
          id: 'a',
          term: 'Élan',
          resourceId: 'custom-1',
          objectiveIds: ['LLM01'],
          tags: ['x', 'y'],
        }),
        entry({ id: 'c', term: '=cmd|calc', pages: 'pp. 42–45', note: 'line one\nline "two"' }),
        entry({ id: 'd', term: 'apple', resourceId: 'gone' }),
      ],
      { resource, objective: (id) => (id === 'LLM01' ? 'LLM01 Prompt Injection' : id) },
      'en',
    )
    expect(parse(csv)).toEqual([
      ['Term', 'Pages', 'Resource', 'Note', 'Tags', 'Objectives', 'Entry id'],
      ["'=cmd|calc", 'pp. 42–45', '', 'line one\nline "two"', '', '', 'c'],
      ['apple', '', 'Removed resource', '', '', '', 'd'],
      ['Élan', '', 'My own book', '', 'x; y', 'LLM01 Prompt Injection', 'a'],
      ['zero trust', '', '', '', '', '', 'b'],
    ])
  })
})
