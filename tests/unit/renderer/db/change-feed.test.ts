import { QueryClient } from '@tanstack/react-query'
import { beforeEach, describe, expect, it } from 'vitest'
import { changedTables, invalidateOnStorageChange } from '@renderer/db/change-feed'
import { db } from '@renderer/db/database'
import { resetDatabase } from '../helpers/database'

describe('changedTables', () => {
  it('reads table names from Dexie storagemutated parts of our database only', () => {
    const parts = {
      'idb://bastion/sessions/': {},
      'idb://bastion/notes/id': {},
      'idb://other/notes/': {},
      all: {},
    }
    expect([...changedTables(parts)].sort()).toEqual(['notes', 'sessions'])
  })
})

describe('invalidateOnStorageChange', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('invalidates exactly the queries that read a table that changed', async () => {
    const client = new QueryClient()
    const stop = invalidateOnStorageChange(client)
    client.setQueryData(['settings', 'theme'], 'dark')
    client.setQueryData(['resources'], [])
    client
      .getQueryCache()
      .build(client, { queryKey: ['dashboard'], meta: { tables: ['settings', 'sessions'] } })
    await db.settings.put({ key: 'theme', value: 'light' })
    await expect.poll(() => client.getQueryState(['settings', 'theme'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['dashboard'])?.isInvalidated).toBe(true)
    expect(client.getQueryState(['resources'])?.isInvalidated).toBe(false)
    stop()
  })
})
