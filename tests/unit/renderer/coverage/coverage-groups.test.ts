import { beforeEach, describe, expect, it } from 'vitest'
import { COVERAGE_GROUPS_ID, COVERAGE_RESOURCES_ID } from '@renderer/db/coverage-groups'
import { db } from '@renderer/db/database'
import type { ResourceRecord } from '@renderer/db/records'
import { readCoverageFacts } from '@renderer/features/coverage/keys-repository'
import { predictedRecall } from '@renderer/features/review'
import { resetDatabase } from '../helpers/database'
import { ids, note, now } from './tagged-notes'

const query = { ids, now, recallOf: predictedRecall }

const noteCounts = async (queryIds = ids) => {
  const facts = await readCoverageFacts({ ...query, ids: queryIds })
  return Object.fromEntries(
    [...facts].map(([tag, list]) => [
      tag,
      list.filter((fact) => fact.kind === 'note').reduce((sum, fact) => sum + (fact.count ?? 0), 0),
    ]),
  )
}

beforeEach(async () => {
  await resetDatabase()
})

describe('the grouped coverage keys kept in the database', () => {
  it('are kept by a read, and a write to a note or book stales them in its transaction', async () => {
    await db.notes.bulkPut([note('n1', ['LLM01:2026']), note('n2', ['LLM01:2026'])])
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toBeUndefined()
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 2 })
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toMatchObject({ ids: ids.join('\n') })

    await db.notes.put(note('n3', ['AML.T0051']))
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toBeUndefined()
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 2, 'AML.T0051': 1 })

    await db.notes.delete('n1')
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toBeUndefined()
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 1, 'AML.T0051': 1 })
    await db.notes.clear()
    expect(await noteCounts()).toEqual({})
  })

  it('are read, not made again, while nothing stales them', async () => {
    await db.notes.put(note('n1', ['LLM01:2026']))
    await noteCounts()
    // Whatever the kept record says is what a read answers: the keys are not grouped again.
    const kept = (await db.coverageGroups.get(COVERAGE_GROUPS_ID))!
    await db.coverageGroups.put({
      ...kept,
      groups: { notes: [], quoteBooks: [], indexBooks: [], reviewCardBooks: [] },
    })
    expect(await noteCounts()).toEqual({})
  })

  it('are made again for other framework ids', async () => {
    await db.notes.put(note('n1', ['LLM01:2026', 'AML.T0051']))
    expect(await noteCounts(['LLM01:2026'])).toEqual({ 'LLM01:2026': 1 })
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 1, 'AML.T0051': 1 })
    expect((await db.coverageGroups.get(COVERAGE_GROUPS_ID))!.ids).toBe(ids.join('\n'))
  })
})

const resource = (id: string, title: string, tags: string[], edited = {}): ResourceRecord => ({
  id,
  origin: 'custom',
  base: { kind: 'book', title, authors: [], price: null, free: true, tags },
  overrides: edited,
  createdAt: 0,
  updatedAt: 0,
})

/** How many resources Coverage counts for each framework id, from the facts a read gives. */
const resourceFacts = async (queryIds = ids) => {
  const facts = await readCoverageFacts({ ...query, ids: queryIds })
  return [...facts]
    .flatMap(([tag, list]) =>
      list.filter((fact) => fact.kind === 'resource').map((fact) => `${tag} ×${fact.count}`),
    )
    .sort()
}

describe('the tagged resources kept in the database', () => {
  it('are kept by a read; a write to a resource stales them, a note write does not', async () => {
    await db.resources.bulkPut([
      resource('r1', 'First', ['LLM01:2026', 'mine']),
      resource('r2', 'Untagged', ['mine']),
    ])
    expect(await resourceFacts()).toEqual(['LLM01:2026 ×1'])
    expect(await db.coverageResources.get(COVERAGE_RESOURCES_ID)).toEqual({
      id: COVERAGE_RESOURCES_ID,
      ids: `grouped\n${ids.join('\n')}`,
      groups: [{ tags: ['LLM01:2026'], ids: ['r1'] }],
    })

    await db.notes.put(note('n1', ['LLM01:2026']))
    expect(await db.coverageResources.get(COVERAGE_RESOURCES_ID)).toBeDefined()

    // An edit (the user's override of title and tags) stales them in its transaction.
    await db.resources.put(
      resource('r2', 'Untagged', ['mine'], { title: 'Now tagged', tags: ['AML.T0051'] }),
    )
    expect(await db.coverageResources.get(COVERAGE_RESOURCES_ID)).toBeUndefined()
    expect(await resourceFacts()).toEqual(['AML.T0051 ×1', 'LLM01:2026 ×1'])

    await db.resources.delete('r1')
    expect(await resourceFacts()).toEqual(['AML.T0051 ×1'])
    await db.resources.clear()
    expect(await resourceFacts()).toEqual([])
  })

  it('are read while nothing stales them, and made again for other framework ids', async () => {
    await db.resources.put(resource('r1', 'First', ['LLM01:2026', 'AML.T0051']))
    expect(await resourceFacts(['LLM01:2026'])).toEqual(['LLM01:2026 ×1'])
    expect(await resourceFacts()).toEqual(['AML.T0051 ×1', 'LLM01:2026 ×1'])
    // Whatever the kept record says is what a read answers: the resources are not read again.
    await db.coverageResources.put({
      id: COVERAGE_RESOURCES_ID,
      ids: `grouped\n${ids.join('\n')}`,
      groups: [],
    })
    expect(await resourceFacts()).toEqual([])
  })

  it('are grouped by their framework tags, one fact a group', async () => {
    await db.resources.bulkPut([
      resource('r1', 'First', ['LLM01:2026', 'AML.T0051', 'mine']),
      resource('r2', 'Second', ['AML.T0051', 'LLM01:2026']),
      resource('r3', 'Third', ['LLM01:2026']),
    ])
    expect(await resourceFacts()).toEqual(['AML.T0051 ×2', 'LLM01:2026 ×1', 'LLM01:2026 ×2'])
    expect((await db.coverageResources.get(COVERAGE_RESOURCES_ID))!.groups).toEqual([
      { tags: ['LLM01:2026', 'AML.T0051'], ids: ['r1', 'r2'] },
      { tags: ['LLM01:2026'], ids: ['r3'] },
    ])
  })

  it('are made again when the record was kept as a list of resources, before they were grouped', async () => {
    await db.resources.put(resource('r1', 'First', ['LLM01:2026']))
    await db.coverageResources.put({
      id: COVERAGE_RESOURCES_ID,
      ids: ids.join('\n'),
      resources: [{ id: 'gone', title: 'Gone', tags: ['AML.T0051'] }],
    } as never)
    expect(await resourceFacts()).toEqual(['LLM01:2026 ×1'])
  })
})
