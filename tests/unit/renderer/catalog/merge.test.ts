import { describe, expect, it } from 'vitest'
import type { ResourceRecord } from '@renderer/db/records'
import { planCatalogMerge } from '@renderer/features/catalog/merge'
import { toResource } from '@renderer/db/resource'
import type { Catalog, CatalogEntry } from '@renderer/db/resource-schema'

const entry = (id: string, over: Partial<CatalogEntry> = {}): CatalogEntry => ({
  id,
  kind: 'course',
  title: `Course ${id}`,
  authors: [],
  price: null,
  free: true,
  tags: [],
  source: { name: 'test', asOf: '2026-11-01' },
  ...over,
})

const catalog = (version: number, entries: CatalogEntry[]): Catalog => ({
  catalogVersion: version,
  updated: '2026-11-01',
  sourceListDate: '2026-03-30',
  resources: entries,
})

function apply(
  stored: ResourceRecord[],
  plan: ReturnType<typeof planCatalogMerge>,
): ResourceRecord[] {
  const byId = new Map(stored.map((record) => [record.id, record]))
  for (const record of plan.put) byId.set(record.id, record)
  for (const id of plan.remove) byId.delete(id)
  return [...byId.values()]
}

describe('planCatalogMerge', () => {
  const v1 = catalog(1, [entry('a', { hours: 8 }), entry('b'), entry('gone')])
  const seeded = apply([], planCatalogMerge([], v1, new Set(), 1))

  it('seeds every entry on first run', () => {
    expect(seeded.map((record) => record.id).sort()).toEqual(['a', 'b', 'gone'])
  })

  it('adds a new entry and updates a changed field', () => {
    const v2 = catalog(2, [entry('a', { hours: 10 }), entry('b'), entry('gone'), entry('new')])
    const merged = apply(seeded, planCatalogMerge(seeded, v2, new Set(), 2))
    expect(merged.find((r) => r.id === 'new')).toBeDefined()
    expect(toResource(merged.find((r) => r.id === 'a')!).hours).toBe(10)
  })

  it('keeps the user override when the catalog changes the same field', () => {
    const edited = seeded.map((r) => (r.id === 'a' ? { ...r, overrides: { hours: 14 } } : r))
    const v2 = catalog(2, [entry('a', { hours: 10, title: 'Renamed' }), entry('b'), entry('gone')])
    const merged = apply(edited, planCatalogMerge(edited, v2, new Set(), 2))
    const a = toResource(merged.find((r) => r.id === 'a')!)
    expect(a.hours).toBe(14)
    expect(a.title).toBe('Renamed')
    expect(merged.find((r) => r.id === 'a')!.base.hours).toBe(10)
  })

  it('removes a dropped entry nobody used, keeps one in use and marks it', () => {
    const v2 = catalog(2, [entry('a', { hours: 8 })])
    const plan = planCatalogMerge(seeded, v2, new Set(['gone']), 2)
    expect(plan.remove).toEqual(['b'])
    const merged = apply(seeded, plan)
    expect(merged.find((r) => r.id === 'gone')?.removedFromCatalog).toBe(true)
  })

  it('keeps a dropped entry the user edited even if unused', () => {
    const edited = seeded.map((r) => (r.id === 'b' ? { ...r, overrides: { title: 'Mine' } } : r))
    const plan = planCatalogMerge(edited, catalog(2, [entry('a', { hours: 8 })]), new Set(), 2)
    expect(plan.remove).toEqual(['gone'])
  })

  it('never touches custom resources, even one with a colliding id', () => {
    const custom: ResourceRecord = {
      id: 'b',
      origin: 'custom',
      base: { kind: 'book', title: 'My book', authors: [], price: null, free: false, tags: [] },
      overrides: {},
      createdAt: 0,
      updatedAt: 0,
    }
    const plan = planCatalogMerge([custom], v1, new Set(), 3)
    expect(plan.put.map((r) => r.id).sort()).toEqual(['a', 'gone'])
    expect(plan.remove).toEqual([])
  })

  it('writes nothing when nothing changed', () => {
    expect(planCatalogMerge(seeded, v1, new Set(), 5)).toEqual({ put: [], remove: [] })
  })
})
