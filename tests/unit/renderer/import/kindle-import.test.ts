import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRows } from '@renderer/db/database'
import type { NoteRecord, QuoteRecord } from '@renderer/db/records'
import { kindleFormat } from '@renderer/features/import/formats/kindle'
import type { ParsedRow } from '@renderer/features/import/formats/types'
import {
  planImport,
  runImport,
  undoImport,
  type ReviewedRow,
} from '@renderer/features/import/repository'
import { addCustomResource } from '@renderer/features/catalog/repository'
import { saveQuote } from '@renderer/features/notes/repository'
import { dumpJson, resetDatabase } from '../backup/sample-data'

const now = Date.UTC(2026, 11, 5, 2, 0)
const file = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/import', name)))

async function preview(bytes: Uint8Array): Promise<ReviewedRow[]> {
  const rows = kindleFormat.parser.parse({ fileName: 'My Clippings.txt', bytes, options: {} })
  const fates = await planImport(kindleFormat, rows as ParsedRow[], {})
  return rows.map((row, i) => ({ ...row, fate: fates[i]!, ticked: true }))
}

const text = (value: string) => new TextEncoder().encode(value)
const clip = (book: string, details: string, body: string) =>
  `${book}\r\n- ${details} | Added on Sunday, 5 May 2019 10:11:12\r\n\r\n${body}\r\n==========\r\n`

beforeEach(resetDatabase)

describe('importing Kindle clippings', () => {
  it('plans every row: new quotes, a comment, a bookmark, an edit, and the clipping limit', async () => {
    const threatModeling = await addCustomResource(
      {
        kind: 'book',
        title: 'Threat Modeling',
        subtitle: 'Designing for Security',
        authors: [],
        price: null,
        free: false,
        tags: [],
      },
      now,
    )
    const rows = await preview(file('clippings-en.txt'))
    expect(rows.map((row) => [row.line, row.fate.status, row.fate.detail])).toEqual([
      [1, 'new', 'New quote in “Threat Modeling”'],
      [6, 'new', 'Comment of the highlight on line 1'],
      [11, 'skip', 'A bookmark marks a place but holds no text.'],
      [16, 'duplicate', 'Replaced by the highlight edited on the Kindle (line 21)'],
      [21, 'new', 'New quote in “Security Engineering”'],
      [26, 'error', expect.stringMatching(/clipping limit/)],
    ])
    await runImport({ format: kindleFormat, fileName: 'My Clippings.txt', options: {}, rows, now })
    const quotes = (await readRows('quotes')) as QuoteRecord[]
    expect(quotes.find((q) => q.resourceId === threatModeling)).toMatchObject({
      text: 'The goal of threat modeling is to find problems before you ship.',
      comment: 'Use STRIDE here',
      locator: { kind: 'page', display: 'p. 12 · loc. 170–172', from: 12 },
    })
    // "Security Engineering (Ross Anderson)" is the catalog's book: no new resource.
    const catalogBook = (await db.resources.toArray()).find(
      (r) => r.origin === 'catalog' && r.base.title === 'Security Engineering',
    )!
    expect(await db.resources.where('origin').equals('custom').count()).toBe(1)
    expect(quotes.find((q) => q.resourceId === catalogBook.id)?.locator?.display).toBe(
      'loc. 1401–1409',
    )
  })

  it('the same file again is all duplicates, and nothing is written twice', async () => {
    await runImport({
      format: kindleFormat,
      fileName: 'a.txt',
      options: {},
      rows: await preview(file('clippings-en.txt')),
      now,
    })
    const again = await preview(file('clippings-en.txt'))
    expect(again.filter((row) => row.fate.status === 'new')).toEqual([])
    expect(again.map((row) => row.fate.status)).toEqual([
      'duplicate',
      'duplicate',
      'skip',
      'duplicate',
      'duplicate',
      'error',
    ])
  })

  it('a highlight extended on the device later updates the stored quote', async () => {
    const id = await addCustomResource(
      { kind: 'book', title: 'Book', authors: [], price: null, free: false, tags: [] },
      now,
    )
    await saveQuote(
      {
        resourceId: id,
        text: 'Short quote',
        locator: { kind: 'text', display: 'loc. 10–11', from: 10 },
        comment: '',
        tags: [],
      },
      undefined,
      now,
    )
    const rows = await preview(
      text(clip('Book (A)', 'Your Highlight on Location 10-14', 'Short quote, now longer')),
    )
    expect(rows[0]!.fate).toEqual({
      status: 'update',
      detail: 'Updates the quote “Short quote” (edited on the Kindle)',
    })
    const record = await runImport({
      format: kindleFormat,
      fileName: 'b.txt',
      options: {},
      rows,
      now,
    })
    expect(((await readRows('quotes')) as QuoteRecord[])[0]!.text).toBe('Short quote, now longer')
    await undoImport(record.id)
    expect(((await readRows('quotes')) as QuoteRecord[])[0]!.text).toBe('Short quote')
  })

  it('a note alone becomes a note on the book; an edited note replaces the first', async () => {
    const rows = await preview(
      text(
        clip('Solo (A)', 'Your Note on Location 50', 'first thought') +
          clip('Solo (A)', 'Your Note on Location 50', 'second thought'),
      ),
    )
    expect(rows.map((row) => row.fate.status)).toEqual(['duplicate', 'new'])
    await runImport({ format: kindleFormat, fileName: 'c.txt', options: {}, rows, now })
    const notes = (await readRows('notes')) as NoteRecord[]
    expect(notes.map((note) => [note.title, note.body])).toEqual([
      ['Kindle note, loc. 50', 'second thought'],
    ])
  })

  it('undo takes away the quotes, notes and the new book: the database is as before', async () => {
    const before = await dumpJson()
    const record = await runImport({
      format: kindleFormat,
      fileName: 'My Clippings.txt',
      options: {},
      rows: await preview(file('clippings-de.txt')),
      now,
    })
    expect(record.added.map((ref) => ref.table)).toEqual(['resources', 'quotes'])
    await undoImport(record.id)
    await db.imports.clear()
    expect(await dumpJson()).toBe(before)
  })
})
