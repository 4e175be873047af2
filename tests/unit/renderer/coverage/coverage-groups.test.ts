import { beforeEach, describe, expect, it } from 'vitest'
import { COVERAGE_GROUPS_ID } from '@renderer/db/coverage-groups'
import { db } from '@renderer/db/database'
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
    expect(await db.coverageGroups.count()).toBe(0)
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 2 })
    expect(await db.coverageGroups.get(COVERAGE_GROUPS_ID)).toMatchObject({ ids: ids.join('\n') })

    await db.notes.put(note('n3', ['AML.T0051']))
    expect(await db.coverageGroups.count()).toBe(0)
    expect(await noteCounts()).toEqual({ 'LLM01:2026': 2, 'AML.T0051': 1 })

    await db.notes.delete('n1')
    expect(await db.coverageGroups.count()).toBe(0)
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
