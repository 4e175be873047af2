import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'
import type { ExpenseRecord, StudySessionRecord } from '@renderer/db/records'
import {
  decimalAmount,
  escapeCsvCell,
  expensesCsv,
  indexEntriesCsv,
  sessionsCsv,
} from '@renderer/features/backup/csv/csv'
import { sampleRows } from './sample-data'

const titles = new Map([['custom-1', 'My own book']])

function parse(csv: string): string[][] {
  expect(csv.startsWith('\uFEFF')).toBe(true)
  return Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true }).data
}

describe('CSV cells', () => {
  it('quotes commas, quotes and newlines', () => {
    expect(escapeCsvCell('a, b')).toBe('"a, b"')
    expect(escapeCsvCell('say "hi"')).toBe('"say ""hi"""')
    expect(escapeCsvCell('two\nlines')).toBe('"two\nlines"')
    expect(escapeCsvCell('plain')).toBe('plain')
    expect(escapeCsvCell(undefined)).toBe('')
    expect(escapeCsvCell(45)).toBe('45')
  })

  it('defuses cells a spreadsheet would run as formulas', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r']) {
      expect(escapeCsvCell(`${start}SUM(A1)`).replace(/^"/, '')).toMatch(/^'/)
    }
    expect(escapeCsvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
  })

  it('writes amounts as exact decimals in the currency’s digits', () => {
    expect(decimalAmount(94900, 'USD')).toBe('949.00')
    expect(decimalAmount(5, 'USD')).toBe('0.05')
    expect(decimalAmount(1200, 'JPY')).toBe('1200')
  })
})

describe('CSV exports', () => {
  it('sessions read back as the data, with resource titles and defused formulas', () => {
    const rows = parse(
      sessionsCsv(sampleRows().sessions as unknown as StudySessionRecord[], titles),
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

  it('expenses and index entries', () => {
    const sample = sampleRows()
    const expenses = parse(expensesCsv(sample.expenses as unknown as ExpenseRecord[], titles))
    expect(expenses[1]).toEqual([
      '2026-10-01',
      'Exam attempt',
      'exam-attempt',
      '949.00',
      'USD',
      'paid',
      '',
      'x1',
    ])
    const index = parse(indexEntriesCsv(sample.indexEntries as never, titles))
    expect(index[1]).toEqual(["'+cmd", '12-14', 'My own book', 'a, b', 'net', 'i1'])
  })
})
