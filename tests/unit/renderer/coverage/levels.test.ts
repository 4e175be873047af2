import { describe, expect, it } from 'vitest'
import {
  itemCoverage,
  levelOf,
  type Evidence,
  type LevelThresholds,
} from '@renderer/domain/coverage'

const thresholds: LevelThresholds = { recallTarget: 0.9, passMarkPercent: 72 }
const tag = 'LLM01:2026'
const piece = (fields: Partial<Evidence> & Pick<Evidence, 'kind'>): Evidence => ({
  id: `${fields.kind}-1`,
  label: 'a record',
  tag,
  ...fields,
})

describe('coverage levels, one step at a time', () => {
  it('is untouched without evidence', () => {
    expect(levelOf([], thresholds)).toBe('untouched')
  })

  it('stays untouched for a tagged resource with no time logged', () => {
    expect(levelOf([piece({ kind: 'resource', minutes: 0 })], thresholds)).toBe('untouched')
  })

  it('is read once time is logged on a resource tagged with it', () => {
    expect(levelOf([piece({ kind: 'resource', minutes: 25 })], thresholds)).toBe('read')
  })

  it('is noted with a note tagged with it', () => {
    expect(levelOf([piece({ kind: 'note' })], thresholds)).toBe('noted')
  })

  it('is noted with a quote tagged with it', () => {
    expect(levelOf([piece({ kind: 'quote' })], thresholds)).toBe('noted')
  })

  it('is indexed with an open-book index entry tagged with it', () => {
    expect(levelOf([piece({ kind: 'indexEntry' })], thresholds)).toBe('indexed')
  })

  it('is recalled with a card whose predicted recall is at the target', () => {
    expect(levelOf([piece({ kind: 'reviewCard', recall: 0.9 })], thresholds)).toBe('recalled')
  })

  it('is not recalled by a card below the target', () => {
    expect(levelOf([piece({ kind: 'reviewCard', recall: 0.89 })], thresholds)).toBe('untouched')
  })

  it('is tested by a practice test at the pass mark', () => {
    expect(levelOf([piece({ kind: 'practiceTest', scorePercent: 72 })], thresholds)).toBe('tested')
  })

  it('is not tested by a test below the pass mark, nor by one that named it weak', () => {
    const below = piece({ kind: 'practiceTest', scorePercent: 71.9 })
    const weak = piece({ kind: 'practiceTest', id: 't2', scorePercent: 90, weak: true })
    expect(levelOf([below, weak], thresholds)).toBe('untouched')
  })
})

describe('the highest level wins', () => {
  it('takes the highest whatever the order of the evidence', () => {
    const evidence = [
      piece({ kind: 'indexEntry' }),
      piece({ kind: 'resource', minutes: 30 }),
      piece({ kind: 'note' }),
    ]
    expect(levelOf(evidence, thresholds)).toBe('indexed')
    expect(levelOf([...evidence].reverse(), thresholds)).toBe('indexed')
  })

  it('is tested by a passed test even with nothing else behind it', () => {
    const evidence = [piece({ kind: 'practiceTest', scorePercent: 80 }), piece({ kind: 'quote' })]
    expect(levelOf(evidence, thresholds)).toBe('tested')
  })

  it('falls back to the next level when the higher evidence does not qualify', () => {
    const evidence = [piece({ kind: 'reviewCard', recall: 0.5 }), piece({ kind: 'note' })]
    expect(levelOf(evidence, thresholds)).toBe('noted')
  })
})

describe('minutes and last touched', () => {
  it('adds the minutes of tagged resources and takes the latest day of any evidence', () => {
    const coverage = itemCoverage(
      tag,
      [
        piece({ kind: 'resource', id: 'r1', minutes: 40, day: '2026-10-02' }),
        piece({ kind: 'resource', id: 'r2', minutes: 20, day: '2026-09-30' }),
        piece({ kind: 'note', id: 'n1', day: '2026-11-05' }),
        piece({ kind: 'note', id: 'n1', tag: 'LLM01:2025', day: '2026-11-05' }),
      ],
      thresholds,
    )
    expect(coverage).toMatchObject({ level: 'noted', minutes: 60, lastTouched: '2026-11-05' })
    // The note reached through two tags counts once.
    expect(coverage.counts).toMatchObject({ resource: 2, note: 1, quote: 0 })
  })

  it('counts a piece that stands for several alike records as that many, once', () => {
    const group = piece({ kind: 'quote', id: 'g1', count: 3, day: '2026-11-01' })
    const coverage = itemCoverage(
      tag,
      [group, { ...group, tag: 'LLM01:2025' }, piece({ kind: 'quote', id: 'q9' })],
      thresholds,
    )
    expect(coverage.counts).toMatchObject({ quote: 4 })
    expect(coverage).toMatchObject({ level: 'noted', lastTouched: '2026-11-01' })
  })

  it('has no last-touched day without evidence', () => {
    expect(itemCoverage(tag, [], thresholds)).toMatchObject({ minutes: 0, lastTouched: undefined })
  })
})
