import { beforeEach, describe, expect, it } from 'vitest'
import { COVERAGE_GROUPS_ID } from '@renderer/db/coverage-groups'
import { db } from '@renderer/db/database'
import { coverageKeyGroups } from '@renderer/features/coverage/key-groups'
import { GroupsReader } from '@renderer/features/coverage/groups-reader'
import { resetDatabase } from '../helpers/database'
import { ids, note } from './tagged-notes'

const counts = (groups: Awaited<ReturnType<GroupsReader['read']>>) =>
  groups.notes.map((group) => [group.tags, group.count])

beforeEach(async () => {
  await resetDatabase()
})

describe('the coverage worker’s reads (bare IndexedDB)', () => {
  it('groups the keys as the page would, keeps them, and reads them kept', async () => {
    await db.notes.bulkPut([note('n1', ['LLM01:2026']), note('n2', ['LLM01:2026', 'mine'])])
    const reader = new GroupsReader()
    const groups = await reader.read(db.name, ids)
    expect(groups).toEqual(coverageKeyGroups(await db.coverageKeys.toArray(), new Set(ids)))
    expect(counts(groups)).toEqual([[['LLM01:2026'], 2]])
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toEqual({
      id: COVERAGE_GROUPS_ID,
      ids: ids.join('\n'),
      groups,
    })

    // Kept groups are read as they are, not made again.
    await db.coverageGroups.update(COVERAGE_GROUPS_ID, { groups: { ...groups, notes: [] } })
    expect(counts(await reader.read(db.name, ids))).toEqual([])
  })

  it('groups the keys again after a write, or for other ids', async () => {
    await db.notes.put(note('n1', ['LLM01:2026']))
    const reader = new GroupsReader()
    await reader.read(db.name, ids)
    await db.notes.put(note('n2', ['AML.T0051']))
    expect(counts(await reader.read(db.name, ids))).toEqual([
      [['LLM01:2026'], 1],
      [['AML.T0051'], 1],
    ])
    expect(counts(await reader.read(db.name, ['AML.T0051']))).toEqual([[['AML.T0051'], 1]])
  })

  it('lets the page delete and upgrade the database, and opens it again after', async () => {
    await db.notes.put(note('n1', ['LLM01:2026']))
    const reader = new GroupsReader()
    await reader.read(db.name, ids)
    // Deleting waits for every connection to close: the reader's closes on request.
    await resetDatabase()
    await db.notes.put(note('n2', ['AML.T0051']))
    expect(counts(await reader.read(db.name, ids))).toEqual([[['AML.T0051'], 1]])
  })

  it('refuses to create a database that is not there', async () => {
    const reader = new GroupsReader()
    await expect(reader.read('bastion-not-there', ids)).rejects.toBeDefined()
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain('bastion-not-there')
  })
})
