import { describe, expect, it } from 'vitest'
import type { ReviewLogRecord } from '@renderer/db/records'
import { recallRate, reviewsPerDay, withReviewMinutes } from '@renderer/features/review/stats'

function log(date: string, rating: 1 | 2 | 3 | 4, state: number, durationMs = 30_000) {
  return {
    id: `${date}-${rating}-${state}`,
    cardId: 'c',
    date,
    rating,
    state,
    durationMs,
  } as ReviewLogRecord
}

describe('review stats', () => {
  it('counts reviews and minutes per day, days without reviews at zero', () => {
    const days = reviewsPerDay(
      [log('2026-12-03', 3, 2), log('2026-12-04', 1, 2), log('2026-12-04', 3, 0, 90_000)],
      '2026-12-04',
      3,
    )
    expect(days).toEqual([
      { day: '2026-12-02', reviews: 0, minutes: 0 },
      { day: '2026-12-03', reviews: 1, minutes: 0.5 },
      { day: '2026-12-04', reviews: 2, minutes: 2 },
    ])
  })

  it('recall rate counts answers to learnt cards only', () => {
    expect(recallRate([log('2026-12-04', 1, 0)])).toBeNull()
    expect(
      recallRate([log('2026-12-04', 1, 2), log('2026-12-04', 3, 2), log('2026-12-04', 1, 0)]),
    ).toBe(0.5)
  })

  it('adds review time to study minutes per day', () => {
    const merged = withReviewMinutes(
      new Map([['2026-12-04', 30]]),
      new Map([
        ['2026-12-04', { reviews: 10, ms: 300_000 }],
        ['2026-12-05', { reviews: 1, ms: 20_000 }],
      ]),
    )
    expect([...merged]).toEqual([['2026-12-04', 35]])
  })
})
