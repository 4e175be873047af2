import { newId } from '../../../db/database'
import type { ResourceRecord } from '../../../db/records'
import type { ResourceFields } from '../../../db/resource-schema'

/** A new custom book resource for a book an import names and the catalog does not have. */
export function newBookRecord(
  fields: Pick<ResourceFields, 'title' | 'authors' | 'isbn' | 'pages' | 'year' | 'publisher'>,
  now: number,
): ResourceRecord {
  const known = Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  ) as typeof fields
  return {
    id: `custom-${newId()}`,
    origin: 'custom',
    base: { kind: 'book', ...known, price: null, free: false, tags: [] },
    overrides: {},
    createdAt: now,
    updatedAt: now,
  }
}
