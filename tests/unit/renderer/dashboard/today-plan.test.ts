import { describe, expect, it } from 'vitest'
import { todaysBlocks } from '@renderer/features/dashboard/TodayPlanCard'

const block = (date: string, resourceId: string, minutes: number) => ({
  date,
  itemId: `item-${resourceId}`,
  resourceId,
  title: `Title ${resourceId}`,
  minutes,
})

describe("today's planned study from the plan forecast", () => {
  it('is null while there is no path, so the card invites planning', () => {
    expect(todaysBlocks({ rows: [], forecast: { blocks: [] } }, '2026-11-27')).toBeNull()
    expect(todaysBlocks({}, '2026-11-27')).toBeNull()
  })

  it("keeps only today's blocks and sums them per resource", () => {
    const plan = {
      rows: [{}, {}],
      forecast: {
        blocks: [
          block('2026-11-26', 'a', 60),
          block('2026-11-27', 'a', 30),
          block('2026-11-27', 'b', 45),
          block('2026-11-27', 'a', 15),
          block('2026-11-28', 'b', 60),
        ],
      },
    }
    expect(todaysBlocks(plan, '2026-11-27')).toEqual([
      { resourceId: 'a', title: 'Title a', minutes: 45 },
      { resourceId: 'b', title: 'Title b', minutes: 45 },
    ])
  })

  it('is an empty list on a rest day of an existing plan', () => {
    expect(
      todaysBlocks(
        { rows: [{}], forecast: { blocks: [block('2026-11-28', 'a', 60)] } },
        '2026-11-27',
      ),
    ).toEqual([])
  })
})
