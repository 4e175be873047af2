import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import Papa from 'papaparse'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRows } from '@renderer/db/database'
import type { ProgressEventRecord } from '@renderer/db/records'
import { shelfFormat } from '@renderer/features/import/formats/goodreads'
import {
  cleanIsbn,
  parseShelfCsv,
  shelfParser,
} from '@renderer/features/import/formats/goodreads-parse'
import type { ParsedRow } from '@renderer/features/import/formats/types'
import { planImport, runImport, undoImport } from '@renderer/features/import/repository'
import { dumpJson, resetDatabase } from '../backup/sample-data'

const sample = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/import', name)))
const parse = (name: string) =>
  shelfParser.parse({ fileName: name, bytes: sample(name), options: {} })
const now = Date.UTC(2026, 11, 5, 2, 30)

describe('Goodreads and StoryGraph CSV', () => {
  it('reads a Goodreads export: BOM, ="…" ISBNs, quoted newlines, shelves, dates', () => {
    const rows = parse('goodreads_library_export.csv')
    expect(rows.map((row) => [row.line, row.error === undefined])).toEqual([
      [2, true],
      [3, true],
      [4, true],
      [5, false],
    ])
    expect(rows[0]!.value).toEqual({
      title: "The Web Application Hacker's Handbook: Finding and Exploiting Security Flaws",
      authors: ['Dafydd Stuttard', 'Marcus Pinto'],
      isbn: '9781118026472',
      pages: 912,
      year: 2007,
      publisher: 'Wiley',
      status: 'done',
      finished: ['2019-05-05'],
      source: 'Goodreads',
    })
    expect(rows[1]!.value).toMatchObject({ status: 'in-progress', finished: [] })
    expect(rows[1]!.value?.isbn).toBeUndefined()
    expect(rows[2]!.value).toMatchObject({
      title: '=HYPERLINK("http://evil.example","Click")',
      status: 'not-started',
    })
    expect(rows[3]!.error).toBe('The row has no title.')
  })

  it('reads a StoryGraph export: several readings, each a completion; did-not-finish', () => {
    const rows = parse('storygraph_export.csv')
    expect(rows[0]!.value).toMatchObject({
      title: 'Sandworm',
      authors: ['Andy Greenberg'],
      isbn: '9780385544405',
      status: 'done',
      finished: ['2023-01-20', '2024-02-10'],
      source: 'StoryGraph',
    })
    expect(rows[1]!.value?.status).toBe('not-started')
    expect(rows[2]!.value).toMatchObject({
      authors: ['Kevin Mitnick', 'Robert Vamosi'],
      status: 'skipped',
    })
  })

  it('sniffs either dialect by its header, and refuses another CSV plainly', () => {
    expect(shelfParser.accepts('export.csv', sample('goodreads_library_export.csv'))).toBe(true)
    expect(shelfParser.accepts('export.csv', sample('storygraph_export.csv'))).toBe(true)
    expect(shelfParser.accepts('x.txt', sample('storygraph_export.csv'))).toBe(false)
    const other = new TextEncoder().encode('date,minutes\n2026-01-01,30\n')
    expect(shelfParser.accepts('x.csv', other)).toBe(false)
    expect(() => shelfParser.parse({ fileName: 'x.csv', bytes: other, options: {} })).toThrow(
      /not a Goodreads or StoryGraph/,
    )
  })

  it('hostile input: __proto__ columns, binary, truncation, unknown shelves', () => {
    const rows = parseShelfCsv(
      'Book Id,Title,Author,Exclusive Shelf,__proto__\n1,A,B,read,{"polluted":1}\n2,C,D,favourites,\n3,"Cut sho',
    )
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    expect(rows[0]!.value?.title).toBe('A')
    expect(rows[1]!.error).toMatch(/Unknown status “favourites”/)
    expect(rows[2]!.error).toMatch(/no status/)
    expect(() =>
      shelfParser.parse({ fileName: 'x.csv', bytes: new Uint8Array([0, 1, 2, 0xff]), options: {} }),
    ).toThrow(/not text/)
  })

  it('reads 50 MB of rows', () => {
    const header = 'Book Id,Title,Author,ISBN13,Exclusive Shelf,Date Read\r\n'
    const line = `1,"${'T'.repeat(300)}",Author,"=""9781118026472""",read,2020/01/02\r\n`
    const count = Math.ceil((50 * 1024 * 1024) / line.length)
    const rows = parseShelfCsv(header + line.repeat(count))
    expect(rows).toHaveLength(count)
    expect(rows.at(-1)!.value?.finished).toEqual(['2020-01-02'])
  }, 60_000)

  it('property: any title and authors written by a CSV writer read back as they were', () => {
    const cell = fc
      .string({ minLength: 1, maxLength: 40 })
      .map((s) => s.trim())
      .filter(Boolean)
    fc.assert(
      fc.property(
        cell,
        fc.array(
          cell.filter((s) => !s.includes(',')),
          { minLength: 1, maxLength: 3 },
        ),
        (title, authors) => {
          const csv = Papa.unparse([
            ['Title', 'Authors', 'ISBN/UID', 'Read Status'],
            [title, authors.join(', '), '', 'to-read'],
          ])
          const [row] = parseShelfCsv(csv)
          expect(row?.value?.title).toBe(title.replace(/\s+/g, ' '))
          expect(row?.value?.authors).toEqual(authors.map((a) => a.replace(/\s+/g, ' ')))
        },
      ),
    )
  })

  it('cleans ISBNs: ="…", dashes, ISBN-10 with X; anything else is no ISBN', () => {
    expect(cleanIsbn('="0-321-33638-0"')).toBe('0321336380')
    expect(cleanIsbn('080442957X')).toBe('080442957X')
    expect(cleanIsbn('=""')).toBeUndefined()
    expect(cleanIsbn('B00ABC1234')).toBeUndefined()
  })
})

describe('importing a library export', () => {
  beforeEach(resetDatabase)

  async function preview(name: string) {
    const rows = parse(name) as ParsedRow[]
    const fates = await planImport(shelfFormat, rows, {})
    return rows.map((row, i) => ({ ...row, fate: fates[i]!, ticked: true }))
  }

  it('adds books with status and completions; matches a catalog book; undo removes all', async () => {
    const before = await dumpJson()
    const rows = await preview('goodreads_library_export.csv')
    expect(rows.map((row) => [row.fate.status, row.fate.detail])).toEqual([
      ['new', 'New book, read, finished 2019-05-05'],
      ['new', 'New book, currently reading'],
      ['new', 'New book, to read'],
      ['error', 'The row has no title.'],
    ])
    const record = await runImport({
      format: shelfFormat,
      fileName: 'g.csv',
      options: {},
      rows,
      now,
    })
    const books = await db.resources.where('origin').equals('custom').toArray()
    expect(books.map((book) => book.base.title).sort()).toEqual([
      '=HYPERLINK("http://evil.example","Click")',
      'Countdown to Zero Day',
      "The Web Application Hacker's Handbook: Finding and Exploiting Security Flaws",
    ])
    const handbook = books.find((book) => book.base.isbn === '9781118026472')!
    expect(handbook.base).toMatchObject({
      pages: 912,
      authors: ['Dafydd Stuttard', 'Marcus Pinto'],
    })
    expect(await db.resourceProgress.get(handbook.id)).toMatchObject({
      status: 'done',
      completedOn: '2019-05-05',
    })
    const again = await preview('goodreads_library_export.csv')
    expect(again.map((row) => row.fate.status)).toEqual([
      'duplicate',
      'duplicate',
      'duplicate',
      'error',
    ])

    await undoImport(record.id)
    await db.imports.clear()
    expect(await dumpJson()).toBe(before)
  })

  it('a StoryGraph reading of a book already in the catalog updates its status', async () => {
    const catalogBook = (await db.resources.toArray()).find(
      (r) => r.origin === 'catalog' && r.base.kind === 'book',
    )!
    const csv = Papa.unparse([
      ['Title', 'Authors', 'ISBN/UID', 'Read Status', 'Last Date Read', 'Dates Read'],
      [catalogBook.base.title, 'Someone', '', 'read', '2025/03/04', '2025/03/01-2025/03/04'],
    ])
    const rows = parseShelfCsv(csv)
    const fates = await planImport(shelfFormat, rows as ParsedRow[], {})
    expect(fates[0]).toEqual({
      status: 'update',
      detail: `Sets “${catalogBook.base.title}” to read, finished 2025-03-04`,
    })
    await runImport({
      format: shelfFormat,
      fileName: 's.csv',
      options: {},
      rows: rows.map((row, i) => ({ ...row, fate: fates[i]!, ticked: true })),
      now,
    })
    const events = (await readRows('progressEvents')) as ProgressEventRecord[]
    expect(events.map((e) => [e.resourceId, e.completedOn, e.note])).toEqual([
      [catalogBook.id, '2025-03-04', 'Imported from StoryGraph'],
    ])
  })
})
