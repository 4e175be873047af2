import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import initSqlJs, { type SqlJsStatic } from 'sql.js'
import { beforeAll, describe, expect, it } from 'vitest'
import { planAnkiCards } from '@renderer/features/import/formats/anki'
import { replay } from '@renderer/features/import/formats/anki-store'
import {
  AnkiFileError,
  ankiParser,
  looksLikeApkg,
  parseApkg,
  plainText,
} from '@renderer/features/import/formats/anki-parse'

let SQL: SqlJsStatic
beforeAll(async () => {
  const wasm = readFileSync(createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm'))
  SQL = await initSqlJs({ wasmBinary: wasm.buffer as ArrayBuffer })
})

/** Anki's own tables (schema 11), as `collection.anki2` holds them. */
const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null,
  scm integer not null, ver integer not null, dty integer not null, usn integer not null,
  ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null,
  mod integer not null, usn integer not null, tags text not null, flds text not null,
  sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null,
  ord integer not null, mod integer not null, usn integer not null, type integer not null,
  queue integer not null, due integer not null, ivl integer not null, factor integer not null,
  reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null,
  ease integer not null, ivl integer not null, lastIvl integer not null,
  factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
`

const BASIC = 1_700_000_000_001
const CLOZE = 1_700_000_000_002
const DECK = 1_700_000_000_100
const DAY = 86_400_000
const T0 = Date.UTC(2025, 0, 6, 9, 0)

interface Options {
  /** Schema 18 keeps decks in their own table and leaves col.models and col.decks empty. */
  modern?: boolean
  notes?: [id: number, guid: string, mid: number, tags: string, fields: string[]][]
}

/** A collection like the one Anki writes, with a basic + reversed note and a cloze note. */
function collection({ modern = false, notes }: Options = {}): Uint8Array {
  const db = new SQL.Database()
  db.exec(SCHEMA)
  const models = {
    [BASIC]: { id: BASIC, name: 'Basic (and reversed card)', type: 0 },
    [CLOZE]: { id: CLOZE, name: 'Cloze', type: 1 },
  }
  const decks = { [DECK]: { id: DECK, name: 'GSEC::Crypto' }, 1: { id: 1, name: 'Default' } }
  db.run('INSERT INTO col VALUES (1, 0, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
    '{}',
    modern ? '' : JSON.stringify(models),
    modern ? '' : JSON.stringify(decks),
    '{}',
    '{}',
  ])
  if (modern) {
    db.exec('CREATE TABLE decks (id integer primary key not null, name text not null)')
    db.run('INSERT INTO decks VALUES (?, ?)', [DECK, 'GSEC\u001fCrypto'])
  }
  const allNotes = notes ?? [
    [
      T0 - 30 * DAY,
      'Ab1+xY',
      BASIC,
      ' crypto gsec ',
      ['What does <b>AES</b> stand for?', 'Advanced Encryption Standard'],
    ],
    [
      T0 - 20 * DAY,
      'Cz9&q',
      CLOZE,
      'tls',
      [
        'TLS 1.3 removed {{c1::RSA key exchange}} and {{c2::static DH::a key exchange}}.<br>[sound:x.mp3]',
        'RFC 8446',
      ],
    ],
  ]
  let cardId = T0
  for (const [nid, guid, mid, tags, fields] of allNotes) {
    db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [
      nid,
      guid,
      mid,
      tags,
      fields.join('\u001f'),
      fields[0] ?? '',
      '',
    ])
    for (let ord = 0; ord < 2; ord += 1) {
      cardId += 1
      const suspended = guid === 'Cz9&q' && ord === 1
      db.run('INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, 2, ?, 0, 1, 2500, 0, 0, 0, 0, 0, 0, ?)', [
        cardId,
        nid,
        DECK,
        ord,
        suspended ? -1 : 2,
        '',
      ])
    }
  }
  // The first card: learned Good, Good, then Again a week on, then Easy; a manual reschedule
  // (type 4, ease 0) in between is not an answer.
  const first = T0 + 1
  const answers: [number, number, number, number][] = [
    [T0 - 29 * DAY, 3, 8000, 0],
    [T0 - 28 * DAY, 3, 5000, 1],
    [T0 - 21 * DAY, 0, 0, 4],
    [T0 - 20 * DAY, 1, 12000, 1],
    [T0 - 19 * DAY, 4, 4000, 2],
  ]
  for (const [at, ease, time, type] of answers) {
    db.run('INSERT INTO revlog VALUES (?, ?, 0, ?, 1, 0, 2500, ?, ?)', [
      at,
      first,
      ease,
      time,
      type,
    ])
  }
  const bytes = db.export()
  db.close()
  return bytes
}

/** A zstd frame of raw (stored) blocks: what Anki's zstd gives fzstd, without a compressor. */
function zstdFrame(data: Uint8Array): Uint8Array {
  const BLOCK = 128 * 1024
  const parts: number[] = [0x28, 0xb5, 0x2f, 0xfd, 0x00, 0x38]
  for (let at = 0; at < data.length || at === 0; at += BLOCK) {
    const size = Math.min(BLOCK, data.length - at)
    const last = at + BLOCK >= data.length ? 1 : 0
    const header = last | (size << 3)
    parts.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff)
    for (let i = 0; i < size; i += 1) parts.push(data[at + i]!)
    if (data.length === 0) break
  }
  return new Uint8Array(parts)
}

const legacyApkg = (options?: Options) =>
  zipSync({ 'collection.anki2': collection(options), media: strToU8('{}') })

/** What Anki 2.1.50+ exports: the zstd collection next to a stub that says "update Anki". */
const modernApkg = () =>
  zipSync({
    'collection.anki2': collection({ notes: [[1, 'stub', BASIC, '', ['Please update Anki', '']]] }),
    'collection.anki21b': zstdFrame(collection({ modern: true })),
    media: new Uint8Array([0x28, 0xb5, 0x2f, 0xfd]),
  })

describe('parseApkg', () => {
  it('reads a legacy collection: basic, reversed and cloze cards with tags, deck and state', () => {
    const rows = parseApkg(legacyApkg(), SQL)
    expect(rows.map((row) => [row.line, row.kind, row.label])).toEqual([
      [1, 'card', 'What does AES stand for?'],
      [2, 'card', 'Advanced Encryption Standard'],
      [3, 'card', 'TLS 1.3 removed {{RSA key exchange}} and static DH.'],
      [4, 'card', 'TLS 1.3 removed RSA key exchange and {{static DH}}.'],
    ])
    const [basic, reversed, cloze1, cloze2] = rows.map((row) => row.value!)
    expect(basic).toMatchObject({
      id: 'anki-Ab1+xY-0',
      kind: 'qa',
      front: 'What does AES stand for?',
      back: 'Advanced Encryption Standard',
      tags: ['crypto', 'gsec'],
      deck: 'GSEC::Crypto',
      suspended: false,
      createdAt: T0 - 30 * DAY,
    })
    expect(reversed).toMatchObject({
      front: 'Advanced Encryption Standard',
      back: 'What does AES stand for?',
    })
    expect(cloze1).toMatchObject({ kind: 'cloze', back: 'RFC 8446', suspended: false })
    expect(cloze2?.suspended).toBe(true)
  })

  it('keeps each card’s answers in time order, without manual reschedules', () => {
    const [basic, reversed] = parseApkg(legacyApkg(), SQL).map((row) => row.value!)
    expect(basic?.reviews).toEqual([
      { at: T0 - 29 * DAY, rating: 3, durationMs: 8000 },
      { at: T0 - 28 * DAY, rating: 3, durationMs: 5000 },
      { at: T0 - 20 * DAY, rating: 1, durationMs: 12000 },
      { at: T0 - 19 * DAY, rating: 4, durationMs: 4000 },
    ])
    expect(reversed?.reviews).toEqual([])
  })

  it('reads the zstd collection (collection.anki21b) ahead of the stub beside it', () => {
    const rows = parseApkg(modernApkg(), SQL)
    expect(rows).toHaveLength(4)
    expect(rows[0]?.value).toMatchObject({
      front: 'What does AES stand for?',
      deck: 'GSEC::Crypto',
    })
    // No note type JSON in schema 18: the cloze is known by its {{c1::…}} text.
    expect(rows[2]?.value?.kind).toBe('cloze')
  })

  it('gives a card with only an image a row that says why', () => {
    const rows = parseApkg(
      legacyApkg({ notes: [[5, 'img', BASIC, '', ['<img src="diagram.png">', 'back']]] }),
      SQL,
    )
    expect(rows[0]?.error).toMatch(/no text/)
    expect(rows[1]?.value?.front).toBe('back')
  })
})

describe('hostile packages', () => {
  it('refuses a zip without a collection, a truncated zip and a non-database', () => {
    expect(() => parseApkg(zipSync({ 'readme.txt': strToU8('hi') }), SQL)).toThrow(
      /no Anki collection/,
    )
    const whole = legacyApkg()
    expect(() => parseApkg(whole.slice(0, whole.length / 2), SQL)).toThrow(AnkiFileError)
    expect(() =>
      parseApkg(zipSync({ 'collection.anki2': strToU8('not sqlite at all'.repeat(100)) }), SQL),
    ).toThrow(/not a readable Anki database/)
    expect(() =>
      parseApkg(zipSync({ 'collection.anki21b': new Uint8Array([1, 2, 3, 4, 5]) }), SQL),
    ).toThrow(/compressed collection in this package is damaged/)
  })

  it('refuses binary and 50 MB of noise as not a package, quickly', async () => {
    const noise = new Uint8Array(50 * 1024 * 1024).fill(7)
    expect(looksLikeApkg('deck.apkg', noise)).toBe(false)
    await expect(
      ankiParser.parse({ fileName: 'deck.apkg', bytes: noise, options: {} }),
    ).rejects.toThrow(/not an Anki package/)
    expect(() => parseApkg(noise, SQL)).toThrow(AnkiFileError)
  })

  it('keeps __proto__ in fields, tags and deck JSON as plain data', () => {
    const rows = parseApkg(
      legacyApkg({
        notes: [[7, '__proto__', BASIC, '__proto__ constructor', ['__proto__', '{"__proto__":1}']]],
      }),
      SQL,
    )
    expect(rows[0]?.value).toMatchObject({ front: '__proto__', tags: ['__proto__', 'constructor'] })
    expect(({} as Record<string, unknown>).front).toBeUndefined()
  })
})

describe('plainText', () => {
  it('turns field HTML into text', () => {
    expect(plainText('a&nbsp;&amp;&#x41;&#66;<br/>b<div>c</div>[sound:a.mp3]<img src=x>')).toBe(
      'a &AB\nb\nc',
    )
  })

  it('never leaves a tag or throws, whatever the field holds', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (html) => {
        expect(plainText(html)).not.toMatch(/<[a-z/][^>]*>/i)
      }),
      { numRuns: 300 },
    )
  })
})

describe('replaying the history into the scheduler', () => {
  it('ends with the memory four answers give, one log row per answer, in order', () => {
    const [basic] = parseApkg(legacyApkg(), SQL).map((row) => row.value!)
    const { record, logs } = replay(basic!, T0)
    expect(logs.map((log) => [log.at, log.rating, log.durationMs])).toEqual([
      [T0 - 29 * DAY, 3, 8000],
      [T0 - 28 * DAY, 3, 5000],
      [T0 - 20 * DAY, 1, 12000],
      [T0 - 19 * DAY, 4, 4000],
    ])
    expect(record.memory).toMatchObject({ reps: 4, lapses: 1, lastReview: T0 - 19 * DAY })
    expect(record.memory.due).toBeGreaterThan(T0 - 19 * DAY)
    expect(record.tags).toEqual(['crypto', 'gsec', 'GSEC::Crypto'])
  })

  it('plans a card imported before, or one the user has with the same text, as a duplicate', () => {
    const rows = parseApkg(legacyApkg(), SQL)
    const fates = planAnkiCards(rows, [
      { id: 'anki-Ab1+xY-0', front: 'x', back: 'y' },
      { id: 'mine', front: 'advanced encryption STANDARD', back: 'What does AES stand for?' },
    ])
    expect(fates.map((fate) => fate.status)).toEqual(['duplicate', 'duplicate', 'new', 'new'])
    expect(fates[2]?.detail).toBe('never reviewed · deck GSEC::Crypto')
    expect(fates[3]?.detail).toBe('never reviewed · deck GSEC::Crypto · suspended')
  })
})
