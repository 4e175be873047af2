import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import shipped from '../../../../data/catalog.json'
import committedJsonSchema from '../../../../data/catalog.schema.json'
import { Catalog, CatalogError, parseCatalog } from '@renderer/db/resource-schema'

const clone = () =>
  structuredClone(shipped) as unknown as Record<string, unknown> & {
    resources: Record<string, unknown>[]
  }

describe('the shipped catalog', () => {
  it('parses, with all eleven resources of the source list', () => {
    const catalog = parseCatalog(shipped)
    expect(catalog.resources).toHaveLength(11)
    const kinds = catalog.resources.map((entry) => entry.kind)
    expect(kinds.filter((kind) => kind === 'course')).toHaveLength(3)
    expect(kinds.filter((kind) => kind === 'book')).toHaveLength(3)
    expect(kinds.filter((kind) => kind === 'guide')).toHaveLength(4)
    expect(kinds.filter((kind) => kind === 'certification')).toHaveLength(1)
  })

  it('carries the corrections from the checked facts', () => {
    const catalog = parseCatalog(shipped)
    const byId = new Map(catalog.resources.map((entry) => [entry.id, entry]))
    expect(byId.get('book-not-with-a-bug')?.year).toBe(2023)
    expect(byId.get('book-adversarial-ml-cambridge')?.authors).toContain('J. D. Tygar')
    expect(byId.get('cert-giac-gsec')?.certification?.objectives).toHaveLength(26)
    expect(byId.get('cert-giac-gsec')?.certification?.examFacts.verified).toBe(false)
    for (const entry of catalog.resources) {
      expect(entry.source.asOf, entry.id).toMatch(/^\d{4}-\d{2}-\d{2}$/)
      if (entry.price) expect(Number.isInteger(entry.price.amountMinor), entry.id).toBe(true)
    }
  })

  it('matches the committed JSON Schema (regenerate data/catalog.schema.json when the zod schema changes)', () => {
    expect(z.toJSONSchema(Catalog, { io: 'input', unrepresentable: 'any' })).toEqual(
      committedJsonSchema,
    )
  })
})

describe('a malformed catalog fails loudly, naming the bad field', () => {
  const cases: [string, (catalog: ReturnType<typeof clone>) => void, RegExp][] = [
    ['a missing title', (c) => delete c.resources[2]!.title, /resources\.2\.title/],
    ['an unknown kind', (c) => (c.resources[0]!.kind = 'podcast'), /resources\.0\.kind/],
    [
      'a float price',
      (c) => (c.resources[0]!.price = { amountMinor: 90.5, currency: 'USD' }),
      /resources\.0\.price\.amountMinor/,
    ],
    [
      'a lower-case currency',
      (c) => (c.resources[0]!.price = { amountMinor: 9000, currency: 'usd' }),
      /resources\.0\.price\.currency/,
    ],
    [
      'a javascript: URL',
      (c) => (c.resources[1]!.url = 'javascript:alert(1)'),
      /resources\.1\.url/,
    ],
    [
      'a bad as-of date',
      (c) => ((c.resources[3]!.source as { asOf: string }).asOf = '1 Nov 2026'),
      /resources\.3\.source\.asOf/,
    ],
    [
      'a duplicate id',
      (c) => (c.resources[4]!.id = c.resources[5]!.id),
      /resources\.5\.id: duplicate id/,
    ],
    ['an unknown field', (c) => (c.resources[0]!.surprise = true), /resources\.0/],
    ['no version', (c) => delete c.catalogVersion, /catalogVersion/],
  ]
  it.each(cases)('%s', (_name, mutate, path) => {
    const catalog = clone()
    mutate(catalog)
    expect(() => parseCatalog(catalog)).toThrow(CatalogError)
    expect(() => parseCatalog(catalog)).toThrow(path)
  })
})
