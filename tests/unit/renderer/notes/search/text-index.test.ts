import { describe, expect, it } from 'vitest'
import { TextIndex, tokenize, type QueryTerm } from '@renderer/features/notes/search/text-index'

const exact = (term: string): QueryTerm => ({ term, prefix: false, fuzzy: 0 })
const prefix = (term: string): QueryTerm => ({ term, prefix: true, fuzzy: 0 })
const ids = (index: TextIndex, query: QueryTerm[], limit = 10) =>
  index.search(query, limit).ranked.map((doc) => doc.id)

describe('tokenize', () => {
  it('lower-cases and splits on spaces and punctuation', () => {
    expect(tokenize('Prompt-injection, (LLM01)\nSQL  injection.')).toEqual([
      'prompt',
      'injection',
      'llm01',
      'sql',
      'injection',
    ])
  })
})

describe('TextIndex', () => {
  it('keeps only documents holding every term, the last one as a prefix', () => {
    const index = new TextIndex([3, 1])
    index.add('a', ['Prompt injection', 'indirect injection via retrieval'])
    index.add('b', ['Injection', 'SQL injection in forms'])
    index.add('c', ['Prompts', 'writing good prompts'])
    expect(ids(index, [exact('prompt'), prefix('inj')])).toEqual(['a'])
    expect(ids(index, [prefix('prompt')]).sort()).toEqual(['a', 'c'])
    expect(ids(index, [exact('prompt')])).toEqual(['a'])
    expect(ids(index, [exact('missing'), prefix('inj')])).toEqual([])
  })

  it('ranks a heading match above a body match, and exact words above longer ones', () => {
    const index = new TextIndex([3, 1])
    index.add('body', ['Notes', 'kerberos tickets and kerberos delegation'])
    index.add('heading', ['Kerberos', 'tickets'])
    index.add('longer', ['Notes', 'kerberosv5 tickets and kerberosv5 delegation'])
    expect(ids(index, [prefix('kerberos')])).toEqual(['heading', 'body', 'longer'])
  })

  it('returns the best `limit` documents and how many match in all', () => {
    const index = new TextIndex([1])
    for (let i = 0; i < 30; i += 1) index.add(`d${i}`, [`firewall ${'rule '.repeat(i)}`])
    const { ranked, total } = index.search([prefix('fire')], 5)
    expect(total).toBe(30)
    expect(ranked.map((doc) => doc.id)).toEqual(['d0', 'd1', 'd2', 'd3', 'd4'])
    expect(ranked[0]!.score).toBeGreaterThan(ranked[4]!.score)
  })

  it('names the indexed words each document matched, for highlighting', () => {
    const index = new TextIndex([1])
    index.add('a', ['proxy and prompt'])
    index.add('b', ['privacy'])
    const terms = Object.fromEntries(
      index.search([prefix('pr')], 10).ranked.map((doc) => [doc.id, doc.terms.sort()]),
    )
    expect(terms).toEqual({ a: ['prompt', 'proxy'], b: ['privacy'] })
  })

  it('forgives typos only when asked', () => {
    const index = new TextIndex([1])
    index.add('a', ['kerberos golden ticket'])
    expect(ids(index, [exact('kerbreos')])).toEqual([])
    expect(ids(index, [{ term: 'kerbreos', prefix: false, fuzzy: 2 }])).toEqual(['a'])
  })

  it('forgets removed and replaced text, and reuses their slots', () => {
    const index = new TextIndex([1])
    index.add('a', ['firewall rules'])
    index.add('b', ['proxy rules'])
    index.add('a', ['proxy chains'])
    expect(ids(index, [exact('firewall')])).toEqual([])
    expect(ids(index, [exact('proxy')]).sort()).toEqual(['a', 'b'])
    index.remove('b')
    expect(index.size).toBe(1)
    expect(ids(index, [exact('rules')])).toEqual([])
    index.add('c', ['rules again'])
    expect(ids(index, [exact('rules')])).toEqual(['c'])
    expect(ids(index, [exact('proxy')])).toEqual(['a'])
  })
})
