import { describe, expect, it } from 'vitest'
import { readiness, type ReadinessInputs } from '@renderer/features/exam/readiness'

const base: ReadinessInputs = {
  practiceScores: [
    { date: '2027-01-01', scorePercent: 60 },
    { date: '2027-02-01', scorePercent: 72 },
  ],
  passMarkPercent: 72,
  confidences: [5, 3, null, 2],
  pathProgress: 0.5,
}

describe('readiness', () => {
  it('combines practice, confidence and path with their weights and explains each', () => {
    const result = readiness(base)
    // practice: (72*3 + 60*2)/5 = 67.2 → 75 + (67.2-72)*2.5 = 63; confidence: mean 10/3 → 66.7; path 50
    expect(result.parts.map((p) => p.value)).toEqual([63, 66.7, 50])
    expect(result.score).toBe(Math.round(63 * 0.5 + 66.7 * 0.3 + 50 * 0.2))
    expect(result.band).toBe('getting-there')
    expect(result.parts[0]!.explanation).toContain('67.2%')
    expect(result.parts[1]!.explanation).toContain('3 of 4 objectives rated')
  })
  it('says a missing input is missing and leaves it out instead of counting it as zero', () => {
    const result = readiness({ ...base, practiceScores: [], pathProgress: null })
    expect(result.parts[0]).toMatchObject({
      value: null,
      explanation: expect.stringMatching(/^Missing/),
    })
    expect(result.parts[2]!.value).toBeNull()
    expect(result.score).toBe(67)
  })
  it('has no score when every input is missing', () => {
    expect(
      readiness({
        practiceScores: [],
        passMarkPercent: 72,
        confidences: [null],
        pathProgress: null,
      }),
    ).toMatchObject({
      score: null,
      band: 'unknown',
    })
  })
  it('depends only on its inputs: same inputs, same result, whatever the clock or order', () => {
    const first = readiness(base)
    const shuffled = readiness({ ...base, practiceScores: [...base.practiceScores].reverse() })
    expect(shuffled).toEqual(first)
    expect(JSON.parse(JSON.stringify(base))).toEqual(base)
    expect(readiness(structuredClone(base))).toEqual(first)
  })
  it('caps each part between 0 and 100', () => {
    const high = readiness({ ...base, practiceScores: [{ date: '2027-01-01', scorePercent: 100 }] })
    const low = readiness({ ...base, practiceScores: [{ date: '2027-01-01', scorePercent: 10 }] })
    expect(high.parts[0]!.value).toBe(100)
    expect(low.parts[0]!.value).toBe(0)
  })
})
