import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRows } from '@renderer/db/database'
import type { QuoteRecord, ResourceProgressRecord, ResourceRecord } from '@renderer/db/records'
import {
  defineFormat,
  type FormatParser,
  type ImportedRef,
  type ParsedRow,
} from '@renderer/features/import/formats/types'
import {
  planImport,
  runImport,
  undoImport,
  type ReviewedRow,
} from '@renderer/features/import/repository'
import { putRows } from '@renderer/features/import/row-store'
import { saveQuote } from '@renderer/features/notes/repository'
import { dumpJson, GSEC, resetDatabase } from '../backup/sample-data'

const now = Date.UTC(2026, 11, 5, 1, 0)

interface Line {
  text: string
}

/** A test format: one new book "Imported book", a quote per row, and GSEC marked in progress. */
const lineParser: FormatParser<Line> = {
  id: 'lines',
  label: 'Lines',
  extensions: ['.txt'],
  accepts: () => true,
  parse: ({ bytes }) =>
    new TextDecoder()
      .decode(bytes)
      .split('\n')
      .map((text, i) =>
        text === 'BAD'
          ? { line: i + 1, kind: 'line', label: text, error: 'Bad line' }
          : { line: i + 1, kind: 'line', label: text, value: { text } },
      ),
}

const quoteFormat = defineFormat<Line>({
  parser: lineParser,
  async plan(rows, lookup) {
    const quotes = await lookup.rows<QuoteRecord>('quotes')
    return rows.map((row) =>
      quotes.some((quote) => quote.text === row.value?.text)
        ? { status: 'duplicate', detail: 'Already a quote' }
        : { status: 'new' },
    )
  },
  async apply(rows, context) {
    const book: ResourceRecord = {
      id: 'custom-imported',
      origin: 'custom',
      base: {
        kind: 'book',
        title: 'Imported book',
        authors: [],
        price: null,
        free: false,
        tags: [],
      },
      overrides: {},
      createdAt: context.now,
      updatedAt: context.now,
    }
    await db.resources.add(book)
    const quotes: QuoteRecord[] = rows.map((row, i) => ({
      id: `q-${i}`,
      resourceId: book.id,
      text: row.value!.text,
      locator: null,
      comment: '',
      tags: [],
      createdAt: context.now,
      updatedAt: context.now,
    }))
    await putRows('quotes', quotes as never[])
    const before = await db.resourceProgress.get(GSEC)
    await db.resourceProgress.put({
      resourceId: GSEC,
      status: 'in-progress',
      updatedAt: context.now,
    })
    const refs: ImportedRef[] = [
      { table: 'resources', id: book.id, label: 'Book “Imported book”' },
      ...quotes.map((quote) => ({
        table: 'quotes' as const,
        id: quote.id,
        label: `Quote “${quote.text}”`,
      })),
      { table: 'resourceProgress', id: GSEC, label: 'Status of GSEC', before },
    ]
    return refs
  },
})

async function reviewed(text: string): Promise<ReviewedRow[]> {
  const rows = quoteFormat.parser.parse({
    fileName: 'x.txt',
    bytes: new TextEncoder().encode(text),
    options: {},
  }) as ParsedRow[]
  const fates = await planImport(quoteFormat, rows, {})
  return rows.map((row, i) => ({ ...row, fate: fates[i]!, ticked: true }))
}

beforeEach(async () => {
  await resetDatabase()
  await db.resourceProgress.put({ resourceId: GSEC, status: 'not-started', updatedAt: 1 })
})

describe('an import and its undo', () => {
  it('plans errors and duplicates, imports only ticked new rows, and keeps the report', async () => {
    await saveQuote({ text: 'old', locator: null, comment: '', tags: [] }, undefined, now)
    const rows = await reviewed('one\nBAD\nold\ntwo')
    expect(rows.map((row) => row.fate.status)).toEqual(['new', 'error', 'duplicate', 'new'])
    rows[3]!.ticked = false
    const record = await runImport({
      format: quoteFormat,
      fileName: 'x.txt',
      options: {},
      rows,
      now,
    })
    const texts = ((await readRows('quotes')) as QuoteRecord[]).map((quote) => quote.text).sort()
    expect(texts).toEqual(['old', 'one'])
    expect(record.rows.map((row) => [row.line, row.status, row.detail])).toEqual([
      [1, 'new', ''],
      [2, 'error', 'Bad line'],
      [3, 'duplicate', 'Already a quote'],
      [4, 'unticked', 'Left out: unticked in the preview'],
    ])
    expect(await db.imports.count()).toBe(1)
  })

  it('undo removes what it added and puts back what it changed: the database is as before', async () => {
    const before = await dumpJson()
    const record = await runImport({
      format: quoteFormat,
      fileName: 'x.txt',
      options: {},
      rows: await reviewed('one\ntwo'),
      now,
    })
    expect(await db.resources.get('custom-imported')).toBeDefined()
    const outcome = await undoImport(record.id, now + 1)
    expect(outcome).toEqual({ removed: 3, restored: 1, kept: [] })
    await db.imports.clear()
    expect(await dumpJson()).toBe(before)
  })

  it('undo keeps and names what the user edited since, and the book that quote needs', async () => {
    const record = await runImport({
      format: quoteFormat,
      fileName: 'x.txt',
      options: {},
      rows: await reviewed('one\ntwo'),
      now,
    })
    const edited = ((await readRows('quotes')) as QuoteRecord[]).find((q) => q.text === 'two')!
    await saveQuote({ ...edited, text: 'two, edited' }, edited.id, now + 5)
    await db.resourceProgress.put({ resourceId: GSEC, status: 'done', updatedAt: now + 6 })

    const outcome = await undoImport(record.id, now + 10)
    expect(outcome.kept).toEqual([
      'Quote “two” (changed since the import)',
      'Status of GSEC (changed since the import)',
      'Book “Imported book” (still used by something you added)',
    ])
    const texts = ((await readRows('quotes')) as QuoteRecord[]).map((quote) => quote.text)
    expect(texts).toEqual(['two, edited'])
    expect((await db.resourceProgress.get(GSEC)) as ResourceProgressRecord).toMatchObject({
      status: 'done',
    })
    expect((await db.imports.get(record.id))?.undoneAt).toBe(now + 10)
    await expect(undoImport(record.id)).rejects.toThrow('already undone')
  })

  it('a failing apply changes nothing, not even the history', async () => {
    const before = await dumpJson()
    const failing = defineFormat({
      ...quoteFormat,
      apply: async (rows: never, context: never, options: never) => {
        await quoteFormat.apply(rows, context, options)
        throw new Error('disk full')
      },
    })
    await expect(
      runImport({
        format: failing,
        fileName: 'x.txt',
        options: {},
        rows: await reviewed('a'),
        now,
      }),
    ).rejects.toThrow('disk full')
    expect(await dumpJson()).toBe(before)
  })
})
