import { beforeEach, describe, expect, it } from 'vitest'
import { resetDatabase } from '../helpers/database'
import { loadStudyDays } from '@renderer/db/derived'
import { putSessionRows } from '../db/rows'

describe('loadStudyDays', () => {
  beforeEach(async () => {
    await resetDatabase()
  })

  it('builds the per-day minutes once from every session', async () => {
    await putSessionRows(
      Array.from({ length: 1000 }, (_, index) => ({
        id: `s${index}`,
        resourceId: 'a',
        date: `2026-11-${String((index % 28) + 1).padStart(2, '0')}`,
        minutes: 10,
        covered: '',
        createdAt: index,
        updatedAt: index,
      })),
    )
    const days = await loadStudyDays()
    expect(days.sessionCount).toBe(1000)
    expect(days.totalMinutes).toBe(10_000)
    expect(days.byDay.size).toBe(28)
    expect(days.byDay.get('2026-11-01')).toBe(360)
  }, 20_000)
})
