import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { objectiveId } from '@renderer/domain/objectives'
import {
  addAttempt,
  addCpe,
  addPracticeTest,
  deleteObjective,
  listAttempts,
  listObjectives,
  notesForObjectives,
  seedObjectives,
  updateObjective,
} from '@renderer/features/exam/repository'
import { resetDatabase } from '../helpers/database'

const cert = 'cert-giac-gsec'

beforeEach(async () => {
  await resetDatabase()
})

describe('objectives', () => {
  it('are seeded once with shared ids; a removed objective stays removed', async () => {
    await seedObjectives(cert, ['Cryptography', 'Defense in Depth'])
    const seeded = await listObjectives(cert)
    expect(seeded.map((o) => o.id)).toEqual([
      objectiveId(cert, 'Cryptography'),
      objectiveId(cert, 'Defense in Depth'),
    ])
    expect(seeded[0]).toMatchObject({ confidence: null, resourceIds: [] })
    await deleteObjective(seeded[0]!.id)
    await seedObjectives(cert, ['Cryptography', 'Defense in Depth'])
    expect((await listObjectives(cert)).map((o) => o.title)).toEqual(['Defense in Depth'])
  })

  it('refuse an empty title and keep the old one', async () => {
    await seedObjectives(cert, ['Cryptography'])
    const id = objectiveId(cert, 'Cryptography')
    await expect(updateObjective(id, { title: '  ' })).rejects.toThrow(/old one was kept/)
    expect((await db.objectives.get(id))?.title).toBe('Cryptography')
  })

  it('find the notes linked to them', async () => {
    const id = objectiveId(cert, 'Cryptography')
    await db.notes.bulkAdd([
      {
        id: 'n1',
        title: 'AES modes',
        body: '',
        tags: [],
        objectiveIds: [id],
        createdAt: 0,
        updatedAt: 0,
      },
      {
        id: 'n2',
        title: 'Other',
        body: '',
        tags: [],
        objectiveIds: [],
        createdAt: 0,
        updatedAt: 0,
      },
    ])
    expect((await notesForObjectives([id])).map((n) => n.title)).toEqual(['AES modes'])
  })
})

describe('attempts, practice tests and CPE', () => {
  it('a new attempt gets the four default checklist items', async () => {
    await addAttempt({
      certificationId: cert,
      startDate: '2027-11-01',
      delivery: 'remote',
      status: 'planning',
    })
    const [attempt] = await listAttempts()
    expect(attempt!.checklist.map((i) => i.label)).toEqual([
      'Proctor booked',
      'ID ready',
      'Index printed',
      'Books tabbed',
    ])
  })

  it('a score outside 0–100 and credits of zero are refused, nothing stored', async () => {
    await expect(
      addPracticeTest({
        certificationId: cert,
        date: '2027-01-01',
        scorePercent: 101,
        weakObjectiveIds: [],
      }),
    ).rejects.toThrow(/0 to 100/)
    await expect(
      addCpe({ certificationId: cert, date: '2027-01-01', description: 'x', credits: 0 }),
    ).rejects.toThrow()
    expect(await db.practiceTests.count()).toBe(0)
    expect(await db.cpeActivities.count()).toBe(0)
  })
})
