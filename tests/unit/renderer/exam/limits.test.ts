import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { MAX_LINE } from '@renderer/domain/text-limits'
import {
  checklistLabelProblem,
  cpeDescriptionProblem,
  objectiveTitleProblem,
  practiceLabelProblem,
} from '@renderer/features/exam/limits'
import {
  addAttempt,
  addCpe,
  addObjective,
  addPracticeTest,
  seedObjectives,
  updateAttempt,
  updateObjective,
} from '@renderer/features/exam/repository'
import { resetDatabase } from '../helpers/database'

// The Exam page's one-line fields hold MAX_LINE characters, refused with the plain message
// every form uses, by the form and again by the repository: nothing longer is stored.

beforeEach(resetDatabase)

const cert = 'cert-giac-gsec'
const long = 'x'.repeat(10_000)
const atLimit = 'y'.repeat(MAX_LINE)

describe('exam text limits', () => {
  it.each([
    ['objective titles', objectiveTitleProblem],
    ['test names', practiceLabelProblem],
    ['activity descriptions', cpeDescriptionProblem],
    ['checklist items', checklistLabelProblem],
  ])('%s: 500 characters pass, more are refused in plain words', (what, problem) => {
    expect(problem(atLimit)).toBeUndefined()
    expect(problem(long)).toBe(`Keep ${what} under 500 characters; this one has 10,000.`)
  })

  it('empty titles, activities and checklist items are refused; an empty test name is fine', () => {
    expect(objectiveTitleProblem('  ')).toBe('Give the objective a title.')
    expect(cpeDescriptionProblem('')).toMatch(/Describe the activity/)
    expect(checklistLabelProblem(' ')).toBe('Type what to check first.')
    expect(practiceLabelProblem('')).toBeUndefined()
  })

  it('the repository refuses what the forms refuse, and stores nothing', async () => {
    await expect(addObjective(cert, long)).rejects.toThrow('Keep objective titles under 500')
    await seedObjectives(cert, ['Cryptography'])
    const [objective] = await db.objectives.toArray()
    await expect(updateObjective(objective!.id, { title: long })).rejects.toThrow(
      'Keep objective titles under 500',
    )
    expect((await db.objectives.get(objective!.id))?.title).toBe('Cryptography')
    await expect(
      addPracticeTest({
        certificationId: cert,
        date: '2026-01-05',
        scorePercent: 80,
        label: long,
        weakObjectiveIds: [],
      }),
    ).rejects.toThrow('Keep test names under 500')
    await expect(
      addCpe({ certificationId: cert, date: '2026-01-05', description: long, credits: 2 }),
    ).rejects.toThrow('Keep activity descriptions under 500')
    const id = await addAttempt({
      certificationId: cert,
      startDate: '2026-01-05',
      delivery: 'remote',
      status: 'planning',
    })
    await expect(
      updateAttempt(id, { checklist: [{ id: 'c1', label: long, done: false }] }),
    ).rejects.toThrow('Keep checklist items under 500')
    expect(await db.practiceTests.count()).toBe(0)
    expect(await db.cpeActivities.count()).toBe(0)
    expect((await db.attempts.get(id))?.checklist.map((i) => i.label)).not.toContain(long)
  })
})
