import { describe, expect, it } from 'vitest'
import {
  defaultUnit,
  pathProgress,
  progressItem,
  resourceFraction,
  toPercent,
  unitOptions,
} from '@renderer/domain/progress'

describe('progress units per kind', () => {
  it('counts a course in modules from its module list, or asks for the count', () => {
    expect(unitOptions({ kind: 'course', modules: ['a', 'b', 'c'] })).toEqual([
      { unit: 'modules', total: 3 },
      { unit: 'percent', total: 100 },
    ])
    expect(unitOptions({ kind: 'course' })[0]).toEqual({ unit: 'modules', total: null })
    expect(defaultUnit({ kind: 'course' })).toEqual({ unit: 'percent', total: 100 })
  })

  it('counts a book in chapters or pages', () => {
    expect(unitOptions({ kind: 'book', chapters: 29, pages: 1232 }).map((o) => o.unit)).toEqual([
      'chapters',
      'pages',
      'percent',
    ])
    expect(defaultUnit({ kind: 'book', pages: 300 })).toEqual({ unit: 'pages', total: 300 })
  })

  it('counts a guide in sections, and falls back to percent', () => {
    expect(defaultUnit({ kind: 'guide', sections: ['LLM01', 'LLM02'] })).toEqual({
      unit: 'sections',
      total: 2,
    })
    expect(unitOptions({ kind: 'guide' })).toEqual([{ unit: 'percent', total: 100 }])
    expect(unitOptions({ kind: 'certification' })).toEqual([{ unit: 'percent', total: 100 }])
  })
})

describe('a resource’s share done', () => {
  it('follows status, then units', () => {
    expect(resourceFraction(undefined)).toBe(0)
    expect(resourceFraction({ status: 'done' })).toBe(1)
    expect(resourceFraction({ status: 'skipped' })).toBeNull()
    expect(resourceFraction({ status: 'not-started', unitsDone: 3, unitsTotal: 6 })).toBe(0)
    expect(
      resourceFraction({ status: 'in-progress', unit: 'modules', unitsDone: 3, unitsTotal: 6 }),
    ).toBe(0.5)
    expect(resourceFraction({ status: 'in-progress', unit: 'percent', unitsDone: 40 })).toBe(0.4)
    expect(resourceFraction({ status: 'in-progress', unit: 'pages', unitsDone: 500 })).toBe(0)
    expect(
      resourceFraction({ status: 'in-progress', unit: 'pages', unitsDone: 900, unitsTotal: 300 }),
    ).toBe(1)
  })

  it('never shows 100% before everything is done', () => {
    expect(toPercent(0.996)).toBe(99)
    expect(toPercent(1)).toBe(100)
    expect(toPercent(0.094)).toBe(9)
  })
})

describe('path progress leaves skipped items out of top and bottom', () => {
  it('counts done and partial items over the items not skipped', () => {
    const items = [
      progressItem({ status: 'done' }),
      progressItem({ status: 'skipped' }),
      progressItem({ status: 'in-progress', unit: 'chapters', unitsDone: 1, unitsTotal: 2 }),
      progressItem(undefined),
    ]
    expect(pathProgress(items)).toBeCloseTo(1.5 / 3)
  })

  it('moves up when an unstarted item is skipped, not down', () => {
    const before = pathProgress([
      { status: 'done' },
      { status: 'not-started' },
      { status: 'not-started' },
    ])
    const after = pathProgress([
      { status: 'done' },
      { status: 'skipped' },
      { status: 'not-started' },
    ])
    expect(before).toBeCloseTo(1 / 3)
    expect(after).toBe(0.5)
  })

  it('is null when nothing counts', () => {
    expect(pathProgress([])).toBeNull()
    expect(pathProgress([{ status: 'skipped' }])).toBeNull()
  })
})
