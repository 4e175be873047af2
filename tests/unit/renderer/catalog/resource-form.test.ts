import { describe, expect, it } from 'vitest'
import {
  draftFrom,
  emptyDraft,
  findDuplicate,
  readDraft,
} from '@renderer/features/catalog/resource-form'
import { toResource, type Resource } from '@renderer/db/resource'

const draft = (overrides: Partial<typeof emptyDraft>) => ({ ...emptyDraft, ...overrides })

describe('the resource form’s validation', () => {
  it('turns a complete draft into typed fields, trimmed and de-duplicated', () => {
    const result = readDraft(
      draft({
        title: '  Adversarial ML  ',
        authors: 'Ada Lovelace\n\n  Alan Turing ',
        year: '2024',
        hours: '12.5',
        pages: '',
        price: '49.99',
        currency: 'usd',
        tags: 'LLM01, LLM02 , LLM01,',
        url: 'https://example.com/course',
      }),
    )
    expect(result).toEqual({
      ok: true,
      fields: expect.objectContaining({
        title: 'Adversarial ML',
        authors: ['Ada Lovelace', 'Alan Turing'],
        year: 2024,
        hours: 12.5,
        pages: undefined,
        price: { amountMinor: 4999, currency: 'USD' },
        tags: ['LLM01:2026', 'LLM02:2026'],
        url: 'https://example.com/course',
      }),
    })
  })

  it('says what is wrong, field by field, in words a person can act on', () => {
    const result = readDraft(
      draft({ title: 'Book', year: '1492', hours: '-3', pages: '12.5', url: 'ftp://x' }),
    )
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toEqual({
      year: 'Enter a year between 1900 and 2100.',
      hours: 'Enter a positive number of hours.',
      pages: 'Enter a whole, positive number of pages.',
      url: 'Enter a full http or https address, like https://example.com.',
    })
  })

  it('asks for a title', () => {
    const result = readDraft(draft({ title: '   ' }))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.errors.title).toMatch(/\.$/)
  })

  it('checks the currency only when there is a price, and then the amount', () => {
    expect(readDraft(draft({ title: 'Free guide', currency: 'XX' })).ok).toBe(true)
    const badCurrency = readDraft(draft({ title: 'Course', price: '10', currency: 'XX' }))
    expect(badCurrency).toEqual({
      ok: false,
      errors: { currency: 'Use a three-letter currency code such as USD or EUR.' },
    })
    const badAmount = readDraft(draft({ title: 'Course', price: 'ten', currency: 'EUR' }))
    expect(badAmount.ok).toBe(false)
    if (!badAmount.ok) expect(Object.keys(badAmount.errors)).toEqual(['price'])
  })

  it('keeps the fields the form does not show, and round-trips a resource', () => {
    const result = readDraft(draft({ title: 'GSEC guide', kind: 'book' }), {
      isbn: '9780000000002',
    })
    expect(result.ok && result.fields.isbn).toBe('9780000000002')
    if (!result.ok) return
    const resource = toResource({
      id: 'r1',
      origin: 'custom',
      base: result.fields,
      overrides: {},
      createdAt: 0,
      updatedAt: 0,
    })
    expect(readDraft(draftFrom(resource), { isbn: '9780000000002' })).toEqual(result)
  })
})

describe('findDuplicate', () => {
  const book = { id: 'custom-1', kind: 'book', title: 'Red Team Field Notes' } as Resource
  const course = { id: 'custom-2', kind: 'course', title: 'Red Team Field Notes' } as Resource

  it('finds the same kind and title, trimmed and without case', () => {
    expect(findDuplicate([course, book], 'book', '  red team FIELD notes ')).toBe(book)
  })

  it('ignores another kind, an empty title and the resource being edited', () => {
    expect(findDuplicate([course], 'book', 'Red Team Field Notes')).toBeUndefined()
    expect(findDuplicate([book], 'book', '   ')).toBeUndefined()
    expect(findDuplicate([book], 'book', 'Red Team Field Notes', 'custom-1')).toBeUndefined()
  })
})
