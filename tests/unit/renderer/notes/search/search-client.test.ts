import { describe, expect, it } from 'vitest'
import type { NoteRecord } from '@renderer/db/records'
import { noteDocument } from '@renderer/features/notes/search/search'
import { SearchClient } from '@renderer/features/notes/search/search-client'

const note = (id: string, body: string, updatedAt: number): NoteRecord => ({
  id,
  title: '',
  body,
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt,
})

describe('SearchClient (in this thread, as without a worker)', () => {
  it('sends only what changed and follows edits and deletions', async () => {
    const client = new SearchClient(null)
    expect(client.sync([noteDocument(note('a', 'firewall rules', 1))])).toBe(1)
    expect(client.sync([noteDocument(note('a', 'firewall rules', 1))])).toBe(0)
    expect((await client.search('firewall')).hits.map((hit) => hit.document.itemId)).toEqual(['a'])

    client.sync([
      noteDocument(note('a', 'proxy rules', 2)),
      noteDocument(note('b', 'firewalls', 1)),
    ])
    expect((await client.search('firewall')).hits.map((hit) => hit.document.itemId)).toEqual(['b'])
    expect((await client.search('proxy')).hits.map((hit) => hit.document.itemId)).toEqual(['a'])

    expect(client.sync([noteDocument(note('b', 'firewalls', 1))])).toBe(1)
    expect(await client.search('proxy')).toEqual({ hits: [], total: 0 })
  })

  it('falls back to this thread when the worker cannot start', async () => {
    const client = new SearchClient(() => {
      throw new Error('blocked by policy')
    })
    client.sync([noteDocument(note('a', 'kerberos', 1))])
    expect((await client.search('kerb')).hits).toHaveLength(1)
  })
})
