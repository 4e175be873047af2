import { describe, expect, it } from 'vitest'
import {
  acronymsOf,
  findNearDuplicates,
  groupIndex,
  groupLetter,
} from '@renderer/features/notes/open-book-index/open-book-index'

const entry = (id: string, term: string, pages = '') => ({ id, term, pages })

describe('groupIndex', () => {
  it('groups A–Z ignoring case and accents, numbers by value, symbols under #', () => {
    const groups = groupIndex(
      [
        entry('1', 'zero trust'),
        entry('2', 'AES'),
        entry('3', 'access control'),
        entry('4', '802.11i'),
        entry('5', '3DES'),
        entry('6', '.htaccess'),
        entry('7', 'Élévation de privilèges'),
        entry('8', 'email'),
        entry('9', 'Port 443'),
        entry('10', 'port 80'),
        entry('11', 'Port 8080'),
      ],
      'en',
    )
    expect(groups.map((group) => group.letter)).toEqual(['#', 'A', 'E', 'P', 'Z'])
    expect(groups[0]?.entries.map((e) => e.term)).toEqual(['.htaccess', '3DES', '802.11i'])
    expect(groups[1]?.entries.map((e) => e.term)).toEqual(['access control', 'AES'])
    expect(groups[2]?.entries.map((e) => e.term)).toEqual(['Élévation de privilèges', 'email'])
    expect(groups[3]?.entries.map((e) => e.term)).toEqual(['port 80', 'Port 443', 'Port 8080'])
  })

  it('follows the locale: Swedish puts Ö after Z', () => {
    const terms = ['Öl', 'Zon', 'Ost']
    const sv = groupIndex(
      terms.map((t, i) => entry(String(i), t)),
      'sv',
    )
    expect(sv.flatMap((g) => g.entries.map((e) => e.term))).toEqual(['Ost', 'Zon', 'Öl'])
    expect(sv.map((g) => g.letter)).toEqual(['O', 'Z', 'Ö'])
    expect(groupLetter('Öl', 'en')).toBe('O')
  })
})

describe('findNearDuplicates', () => {
  const entries = [
    { id: 'a', term: 'XSS' },
    { id: 'b', term: 'xss' },
    { id: 'c', term: 'Cross-site scripting' },
    { id: 'd', term: 'cross site  scripting' },
    { id: 'e', term: 'Public Key Infrastructure' },
    { id: 'f', term: 'PKI' },
    { id: 'g', term: 'Kerberos' },
    { id: 'h', term: 'Kerberso' },
    { id: 'i', term: 'IPv4' },
    { id: 'j', term: 'IPv6' },
    { id: 'k', term: 'TCP' },
    { id: 'l', term: 'UDP' },
    { id: 'm', term: 'Firewall' },
  ]
  const flags = findNearDuplicates(entries)
  const others = (id: string) =>
    (flags.get(id) ?? []).map((flag) => `${flag.otherId}:${flag.reason}`)

  it('flags case and punctuation variants', () => {
    expect(others('a')).toContain('b:same')
    expect(others('c')).toContain('d:same')
  })
  it('flags an acronym and its expansion', () => {
    expect(others('c')).toContain('a:acronym')
    expect(others('f')).toContain('e:acronym')
    expect(acronymsOf('Cross-site request forgery')).toEqual(['csrf', 'xsrf'])
  })
  it('flags a typo', () => {
    expect(others('g')).toEqual(['h:spelling'])
  })
  it('leaves distinct terms alone', () => {
    expect(others('i')).toEqual([])
    expect(others('j')).toEqual([])
    expect(others('k')).toEqual([])
    expect(others('m')).toEqual([])
  })
})
