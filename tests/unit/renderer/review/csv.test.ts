import { titleLookup } from '@renderer/domain/resource-titles'
import { describe, expect, it } from 'vitest'
import { reviewCardsCsv, reviewLogsCsv } from '@renderer/features/backup/csv/csv'
import { newMemory } from '@renderer/features/review/scheduling'

const at = Date.UTC(2026, 11, 4, 20, 0)

describe('review CSV exports', () => {
  it('writes one row per card, formulas defused', () => {
    const csv = reviewCardsCsv(
      [
        {
          id: 'c1',
          kind: 'qa',
          front: '=HYPERLINK("x")',
          back: '22',
          resourceId: 'r1',
          tags: ['net', 'ssh'],
          objectiveIds: ['LLM01'],
          suspended: false,
          memory: newMemory(at),
          createdAt: at,
          updatedAt: at,
        },
      ],
      titleLookup([{ id: 'r1', title: 'My book' }]),
    )
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n')
    expect(lines[0]).toBe(
      'Kind,Front,Back,Resource,Tags,Framework tags,State,Due,Reviews,Lapses,Suspended,Source,Card id',
    )
    expect(lines[1]).toBe(
      `Question,"'=HYPERLINK(""x"")",22,My book,net; ssh,LLM01,New,${new Date(at).toISOString()},0,0,no,,c1`,
    )
  })

  it('writes the review history with the answer in words', () => {
    const csv = reviewLogsCsv([
      {
        id: 'l1',
        cardId: 'c1',
        date: '2026-12-04',
        at,
        rating: 3,
        state: 0,
        due: at,
        stability: 0,
        difficulty: 0,
        scheduledDays: 0,
        learningSteps: 0,
        durationMs: 4250,
      },
    ])
    expect(csv).toContain(`2026-12-04,${new Date(at).toISOString()},Good,4.3,c1,l1`)
  })
})
