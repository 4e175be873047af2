import { hasBareOwaspId, qualifyOwaspIds } from '../domain/frameworks/owasp-editions'
import type { TableName } from './database'

type Row = Record<string, unknown>

/** The fields of each table that hold tags or framework links (lists of strings). */
const listFields: Partial<Record<TableName, readonly string[]>> = {
  notes: ['tags', 'objectiveIds'],
  quotes: ['tags'],
  indexEntries: ['tags', 'objectiveIds'],
  practiceTests: ['weakObjectiveIds'],
  reviewCards: ['tags', 'objectiveIds'],
}

function qualifyLists(record: Row, fields: readonly string[]): Row {
  let changed: Row | null = null
  for (const field of fields) {
    const list = record[field]
    if (Array.isArray(list) && hasBareOwaspId(list as string[])) {
      changed ??= { ...record }
      changed[field] = qualifyOwaspIds(list as string[])
    }
  }
  return changed ?? record
}

/**
 * A row with every bare OWASP ID ("LLM01") in its tags and links written as the 2025 edition
 * Bastion shipped ("LLM01:2025"); the same object when there is none. Schema version 4's
 * upgrade and the backup upgrade from version 3 both use it, so a database and a backup end
 * up alike. Resources keep tags in `base` (custom entries) and `overrides` (edited catalog ones).
 */
export function qualifyBareOwaspIdsInRow(table: TableName, row: Row): Row {
  if (table === 'resources') {
    const base = row.base as Row | undefined
    const overrides = row.overrides as Row | undefined
    const newBase = base ? qualifyLists(base, ['tags']) : base
    const newOverrides = overrides ? qualifyLists(overrides, ['tags']) : overrides
    if (newBase === base && newOverrides === overrides) return row
    return { ...row, base: newBase, overrides: newOverrides }
  }
  const fields = listFields[table]
  return fields ? qualifyLists(row, fields) : row
}

/** The tables that can hold OWASP IDs. */
export const tablesWithOwaspIds: readonly TableName[] = [
  'resources',
  ...(Object.keys(listFields) as TableName[]),
]
