import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  kindleParser,
  parseClippings,
  splitTitleLine,
  type KindleClipping,
} from '@renderer/features/import/formats/kindle-parse'
import { ImportFileError, type ParsedRow } from '@renderer/features/import/formats/types'

const sample = (name: string) =>
  new Uint8Array(readFileSync(resolve(__dirname, '../../../fixtures/import', name)))

function parse(name: string): ParsedRow<KindleClipping>[] {
  return kindleParser.parse({ fileName: name, bytes: sample(name), options: {} })
}

const local = (y: number, m: number, d: number, h = 0, min = 0, s = 0) =>
  new Date(y, m - 1, d, h, min, s).getTime()

describe('Kindle “My Clippings.txt”', () => {
  it('reads a Paperwhite file (English): kinds, pages, locations, dates, authors', () => {
    const rows = parse('clippings-en.txt')
    expect(rows.map((row) => [row.line, row.kind, row.error === undefined])).toEqual([
      [1, 'highlight', true],
      [6, 'note', true],
      [11, 'bookmark', true],
      [16, 'highlight', true],
      [21, 'highlight', true],
      [26, 'highlight', false],
    ])
    expect(rows[0]!.value).toEqual({
      title: 'Threat Modeling: Designing for Security',
      authors: ['Adam Shostack'],
      kind: 'highlight',
      page: '12',
      location: { from: 170, to: 172 },
      addedAt: local(2019, 5, 5, 10, 11, 12),
      text: 'The goal of threat modeling is to find problems before you ship.',
    })
    expect(rows[3]!.value?.addedAt).toBe(local(2019, 5, 7, 21, 5, 1))
    expect(rows[3]!.value?.authors).toEqual(['Ross Anderson'])
    expect(rows[5]!.error).toMatch(/clipping limit/)
    expect(rows[0]!.label).toBe(
      'Highlight “The goal of threat modeling is to find problems before you…” (Threat Modeling: Designing for Security, p. 12 · loc. 170–172)',
    )
  })

  it('reads a Kindle 3 file: "Loc. 170-72" is 170 to 172, 12-hour times, text over two lines', () => {
    const rows = parse('clippings-kindle3.txt')
    expect(rows.map((row) => row.kind)).toEqual(['highlight', 'note', 'bookmark'])
    expect(rows[0]!.value).toMatchObject({
      location: { from: 170, to: 172 },
      addedAt: local(2019, 5, 5, 10, 11),
      text: 'I was a wizard at debugging\nand a novice at security.',
    })
    expect(rows[1]!.value?.addedAt).toBe(local(2019, 5, 5, 22, 12))
    expect(rows[2]!.value?.addedAt).toBe(local(2019, 5, 6, 0, 30))
  })

  const languages = [
    ['clippings-de.txt', '33', 501, 503],
    ['clippings-fr.txt', '7', 95, 97],
    ['clippings-es.txt', '15', 210, 212],
    ['clippings-it.txt', '21', 310, 312],
    ['clippings-pt.txt', '18', 250, 252],
    ['clippings-nl.txt', '27', 401, 403],
    ['clippings-ja.txt', '12', 170, 172],
  ] as const
  for (const [file, page, from, to] of languages) {
    it(`reads ${file}: highlight, note and bookmark told apart, with locators and dates`, () => {
      const rows = parse(file)
      expect(rows.map((row) => row.error)).toEqual([undefined, undefined, undefined])
      expect(rows.map((row) => row.kind)).toEqual(['highlight', 'note', 'bookmark'])
      expect(rows[0]!.value).toMatchObject({ page, location: { from, to } })
      expect(rows[0]!.value?.addedAt).toBe(local(2019, 5, 5, 10, 11, 12))
      expect(rows[1]!.value?.location).toEqual({ from: to, to })
      expect(rows[2]!.value?.addedAt).toBe(local(2019, 5, 6, 8))
      expect(rows[0]!.value?.authors.length).toBe(1)
    })
  }

  it('splits "Title (Last, First)" and keeps parentheses inside a title', () => {
    expect(splitTitleLine('Hacking (2nd ed.) (Erickson, Jon)')).toEqual({
      title: 'Hacking (2nd ed.)',
      authors: ['Jon Erickson'],
    })
    expect(splitTitleLine('No author here')).toEqual({ title: 'No author here', authors: [] })
    expect(splitTitleLine('Two (Ann Lee; Bo Chan)').authors).toEqual(['Ann Lee', 'Bo Chan'])
  })

  it('sniffs by name and content', () => {
    expect(kindleParser.accepts('My Clippings.txt', sample('clippings-en.txt'))).toBe(true)
    expect(kindleParser.accepts('clippings.csv', sample('clippings-en.txt'))).toBe(false)
    expect(kindleParser.accepts('notes.txt', new TextEncoder().encode('just\nsome\ntext'))).toBe(
      false,
    )
  })
})

describe('Kindle clippings: hostile input', () => {
  const bytes = (text: string) => new TextEncoder().encode(text)
  const parseText = (text: string) =>
    kindleParser.parse({ fileName: 'My Clippings.txt', bytes: bytes(text), options: {} })

  it('a file cut short: the last entry is an error naming why, the rest is read', () => {
    const whole = new TextDecoder().decode(sample('clippings-en.txt'))
    const rows = parseText(whole.slice(0, whole.indexOf('Use STRIDE') + 5))
    expect(rows).toHaveLength(2)
    expect(rows[0]!.error).toBeUndefined()
    expect(rows[1]!.error).toMatch(/cut short/)
  })

  it('binary data or a file without a single clipping gets a plain message', () => {
    const binary = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0xff, 0xfe, 0x00])
    expect(() =>
      kindleParser.parse({ fileName: 'x.txt', bytes: binary, options: {} }),
    ).toThrowError(ImportFileError)
    expect(() => parseText('Dear diary,\nnothing here.\n')).toThrow(/no Kindle clippings/)
  })

  it('an entry without a details line, or with one naming nothing, is an error row', () => {
    const rows = parseText(
      'Book (A)\nno dash here\n\ntext\n==========\nBook (A)\n- Your Doodle on Location 3\n\nx\n==========\n',
    )
    expect(rows.map((row) => row.error)).toEqual([
      expect.stringMatching(/No details line/),
      expect.stringMatching(/names no highlight/),
    ])
  })

  it('formula-looking text and __proto__ titles are kept as plain text', () => {
    const rows = parseText(
      '__proto__ (constructor)\n- Your Highlight on Location 1-2 | Added on Sunday, 5 May 2019 10:11:12\n\n=HYPERLINK("http://evil")\n==========\n',
    )
    expect(rows[0]!.value).toMatchObject({
      title: '__proto__',
      authors: ['constructor'],
      text: '=HYPERLINK("http://evil")',
    })
    expect(Object.getPrototypeOf(rows[0]!.value)).toBe(Object.prototype)
  })

  it('reads 50 MB of clippings in one go', () => {
    const entry =
      'Big Book (Writer, A)\r\n- Your Highlight on Location 100-101 | Added on Sunday, 5 May 2019 10:11:12\r\n\r\n' +
      'x'.repeat(400) +
      '\r\n==========\r\n'
    const count = Math.ceil((50 * 1024 * 1024) / entry.length)
    const started = performance.now()
    let progressed = 0
    const rows = parseClippings(entry.repeat(count), () => (progressed += 1))
    expect(rows).toHaveLength(count)
    expect(rows.every((row) => row.error === undefined)).toBe(true)
    expect(progressed).toBeGreaterThan(10)
    expect(performance.now() - started).toBeLessThan(30_000)
  }, 60_000)
})

describe('Kindle clippings: properties', () => {
  const line = fc.string({ maxLength: 60 }).filter((s) => !/[\r\n]/.test(s))

  it('never throws on text that has a separator, and numbers rows by their first line', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(line, fc.constant('==========')), { maxLength: 40 }),
        (lines) => {
          const text = [...lines, '=========='].join('\n')
          const rows = parseClippings(text)
          for (const row of rows) {
            expect(row.line).toBeGreaterThanOrEqual(1)
            expect(row.line).toBeLessThanOrEqual(lines.length + 1)
            expect(row.error === undefined).toBe(row.value !== undefined)
          }
        },
      ),
    )
  })

  it('reads back any well-formed highlight it is given', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 200 })
      .map((s) => s.replace(/[\r\n]|={10}/g, ' ').trim())
      .filter((s) => s !== '' && !/^<.*>$/.test(s))
    const title = fc
      .string({ minLength: 1, maxLength: 50 })
      .map((s) => s.replace(/[\r\n()]/g, ' ').trim())
      .filter((s) => s !== '' && !/^={10}/.test(s))
    fc.assert(
      fc.property(title, text, fc.nat(100_000), fc.nat(50), (t, body, from, span) => {
        const file = `${t} (Some Author)\r\n- Your Highlight on Location ${from}-${from + span} | Added on Sunday, 5 May 2019 10:11:12\r\n\r\n${body}\r\n==========\r\n`
        const [row] = parseClippings(file)
        expect(row?.value).toMatchObject({
          title: t,
          text: body,
          location: { from, to: from + span },
        })
      }),
    )
  })
})
