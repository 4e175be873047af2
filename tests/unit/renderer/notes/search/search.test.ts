import { describe, expect, it } from 'vitest'
import type { IndexEntryRecord, NoteRecord, QuoteRecord } from '@renderer/db/records'
import {
  excerpt,
  highlightSegments,
  indexEntryDocument,
  noteDocument,
  NotesSearch,
  quoteDocument,
} from '@renderer/features/notes/search/search'

const note = (id: string, title: string, body: string, updatedAt = 1): NoteRecord => ({
  id,
  title,
  body,
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt,
})
const quote: QuoteRecord = {
  id: 'q1',
  text: 'Defense in depth layers independent controls.',
  locator: { kind: 'page', display: 'p. 42', from: 42 },
  comment: 'Compare with zero trust',
  tags: ['architecture'],
  createdAt: 1,
  updatedAt: 1,
}
const entry: IndexEntryRecord = {
  id: 'i1',
  term: 'Kerberos',
  note: 'ticket granting',
  pages: 'p. 210',
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt: 1,
}

const ids = (search: NotesSearch, query: string) =>
  search.search(query).map((hit) => hit.document.id)

describe('NotesSearch', () => {
  it('finds notes, quotes and index entries, by prefix', () => {
    const search = new NotesSearch()
    search.sync([
      noteDocument(note('n1', 'Prompt injection', 'Indirect injection through retrieved pages')),
      noteDocument(note('n2', 'Hashing', 'SHA-256 and salts')),
      quoteDocument(quote),
      indexEntryDocument(entry),
    ])
    expect(ids(search, 'inject')).toEqual(['note:n1'])
    expect(ids(search, 'zero trust')).toEqual(['quote:q1'])
    expect(ids(search, 'kerb')).toEqual(['index:i1'])
    expect(ids(search, 'architecture')).toEqual(['quote:q1'])
    expect(search.search('')).toEqual([])
  })

  it('follows edits and deletions', () => {
    const search = new NotesSearch()
    const first = note('n1', 'Draft', 'about firewalls', 1)
    search.sync([noteDocument(first), indexEntryDocument(entry)])
    expect(ids(search, 'firewalls')).toEqual(['note:n1'])

    expect(
      search.sync([
        noteDocument({ ...first, body: 'about proxies', updatedAt: 2 }),
        indexEntryDocument(entry),
      ]),
    ).toBe(1)
    expect(ids(search, 'firewalls')).toEqual([])
    expect(ids(search, 'proxies')).toEqual(['note:n1'])

    // Unchanged items are not re-indexed.
    expect(
      search.sync([
        noteDocument({ ...first, body: 'about proxies', updatedAt: 2 }),
        indexEntryDocument(entry),
      ]),
    ).toBe(0)

    search.sync([indexEntryDocument(entry)])
    expect(ids(search, 'proxies')).toEqual([])
    expect(search.size).toBe(1)

    search.sync([indexEntryDocument(entry), noteDocument(note('n3', 'New', 'added later'))])
    expect(ids(search, 'later')).toEqual(['note:n3'])
  })

  it('returns matched terms for highlighting', () => {
    const search = new NotesSearch()
    search.sync([noteDocument(note('n1', 'Cryptography', 'symmetric ciphers'))])
    const [hit] = search.search('crypt')
    expect(hit?.terms).toEqual(['cryptography'])
  })
})

describe('highlightSegments', () => {
  it('marks whole words that start with a matched term, keeping the text intact', () => {
    const segments = highlightSegments('Prompt Injection: injections happen', ['injection'])
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Injection', 'injections'])
    expect(segments.map((s) => s.text).join('')).toBe('Prompt Injection: injections happen')
  })
  it('treats regex characters literally', () => {
    expect(highlightSegments('abc', ['.*'])).toEqual([{ text: 'abc', match: false }])
    expect(highlightSegments('x (c) y', ['(c']).filter((s) => s.match)).toEqual([
      { text: '(c', match: true },
    ])
  })
  it('cuts an excerpt around the first match', () => {
    const text = `${'word '.repeat(100)}needle ${'tail '.repeat(50)}`
    const cut = excerpt(text, ['needle'], 60)
    expect(cut).toContain('needle')
    expect(cut.startsWith('…')).toBe(true)
  })
})

describe('NotesSearch typing', () => {
  it('needs two characters, and forgives a typo when nothing matches exactly', () => {
    const search = new NotesSearch()
    search.sync([noteDocument(note('n1', 'Kerberos', 'golden ticket attacks'))])
    expect(ids(search, 'k')).toEqual([])
    expect(ids(search, 'ke')).toEqual(['note:n1'])
    expect(ids(search, 'kerbreos')).toEqual(['note:n1'])
    expect(ids(search, 'golden tick')).toEqual(['note:n1'])
  })
})

describe('NotesSearch filters', () => {
  const search = new NotesSearch()
  search.sync([
    noteDocument({ ...note('n1', 'Kerberos tickets', 'golden ticket', 3), resourceId: 'gsec' }),
    noteDocument({ ...note('n2', 'Kerberos delegation', 'unconstrained', 2), tags: ['AD'] }),
    quoteDocument({ ...quote, resourceId: 'gsec', text: 'Kerberos trusts the KDC.' }),
    indexEntryDocument(entry),
  ])
  const found = (query: string, filter: object) => {
    const result = search.find(query, 20, filter)
    return { ids: result.hits.map((hit) => hit.document.id), total: result.total }
  }

  it('narrows a search to one kind, one resource or one tag, with exact totals', () => {
    expect(found('kerberos', {}).total).toBe(4)
    expect(found('kerberos', { kind: 'quote' })).toEqual({ ids: ['quote:q1'], total: 1 })
    expect(found('kerberos', { kind: 'index' })).toEqual({ ids: ['index:i1'], total: 1 })
    expect(found('kerberos', { resourceId: 'gsec' }).ids.sort()).toEqual(['note:n1', 'quote:q1'])
    expect(found('kerberos', { tag: 'ad' })).toEqual({ ids: ['note:n2'], total: 1 })
    expect(found('kerberos', { kind: 'note', resourceId: 'gsec' })).toEqual({
      ids: ['note:n1'],
      total: 1,
    })
  })

  it('lists what passes a filter with no query, latest changed first, up to the limit', () => {
    expect(found('', { kind: 'note' })).toEqual({ ids: ['note:n1', 'note:n2'], total: 2 })
    expect(search.find('', 1, { kind: 'note' })).toMatchObject({ total: 2 })
    expect(search.find('', 1, { kind: 'note' }).hits).toHaveLength(1)
    expect(found('', {})).toEqual({ ids: [], total: 0 })
  })
})
