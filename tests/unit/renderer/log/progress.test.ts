import { describe, expect, it } from 'vitest'
import { pathProgress, resourceProgress } from '@renderer/domain/path-progress'
import { defaultUnit, toPercent, unitOptions } from '@renderer/domain/progress'

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
    const r = (status: 'done' | 'skipped' | 'not-started' | 'in-progress', units = {}) =>
      resourceProgress({ status, units, plannedMinutes: null, loggedMinutes: 0 })
    expect(r('done')).toBe(1)
    expect(r('skipped')).toBeNull()
    expect(r('not-started', { unitsDone: 3, unitsTotal: 6 })).toBe(0)
    expect(r('in-progress', { unit: 'modules', unitsDone: 3, unitsTotal: 6 })).toBe(0.5)
    expect(r('in-progress', { unit: 'percent', unitsDone: 40 })).toBe(0.4)
    expect(r('in-progress', { unit: 'pages', unitsDone: 500 })).toBe(0)
    expect(r('in-progress', { unit: 'pages', unitsDone: 900, unitsTotal: 300 })).toBe(1)
  })

  it('never shows 100% before everything is done', () => {
    expect(toPercent(0.996)).toBe(99)
    expect(toPercent(1)).toBe(100)
    expect(toPercent(0.094)).toBe(9)
  })
})

describe('path progress leaves skipped items out of top and bottom', () => {
  const item = (status: 'done' | 'skipped' | 'not-started' | 'in-progress', units = {}) => ({
    status,
    units,
    plannedMinutes: 60,
    loggedMinutes: 0,
  })

  it('counts done and partial items over the items not skipped', () => {
    const items = [
      item('done'),
      item('skipped'),
      item('in-progress', { unit: 'chapters', unitsDone: 1, unitsTotal: 2 }),
      item('not-started'),
    ]
    expect(pathProgress(items).fraction).toBeCloseTo(1.5 / 3)
  })

  it('moves up when an unstarted item is skipped, not down', () => {
    const before = pathProgress([item('done'), item('not-started'), item('not-started')])
    const after = pathProgress([item('done'), item('skipped'), item('not-started')])
    expect(before.fraction).toBeCloseTo(1 / 3)
    expect(after.fraction).toBe(0.5)
  })
})
