import type { TableName } from './database'

type Row = Record<string, unknown>

/** OWASP IDs stored before editions existed: "LLM01" … "LLM10" (any case). */
const BARE_OWASP_ID = /^llm(0[1-9]|10)$/i

/** The edition every bare ID stored before 2026 meant: Bastion shipped the 2025 list. */
export const BARE_ID_EDITION = '2025'

export function isBareOwaspId(tag: string): boolean {
  return BARE_OWASP_ID.test(tag.trim())
}

/** "LLM01" → "LLM01:2025" (or the given edition); any other tag unchanged. */
export function qualifyOwaspId(tag: string, edition = BARE_ID_EDITION): string {
  const trimmed = tag.trim()
  return isBareOwaspId(trimmed) ? `${trimmed.toUpperCase()}:${edition}` : tag
}

/** Qualifies every bare OWASP ID in a list, dropping duplicates this creates; same order. */
export function qualifyOwaspIds(tags: readonly string[], edition = BARE_ID_EDITION): string[] {
  return dedupe(tags.map((tag) => qualifyOwaspId(tag, edition)))
}

/** True when a list holds a bare OWASP ID (so a record needs rewriting). */
export function hasBareOwaspId(tags: readonly string[] | undefined): boolean {
  return (tags ?? []).some(isBareOwaspId)
}

function dedupe(tags: readonly string[]): string[] {
  return [...new Set(tags)]
}

/** The fields of each table that hold tags or framework links (lists of strings). */
const listFields: Partial<Record<TableName, readonly string[]>> = {
  notes: ['tags', 'objectiveIds'],
  quotes: ['tags'],
  indexEntries: ['tags', 'objectiveIds'],
  practiceTests: ['weakObjectiveIds'],
  reviewCards: ['tags', 'objectiveIds'],
}

/** A list of tags as `change` rewrites it, or null when it stays as it is. */
export type TagListChange = (list: readonly string[]) => string[] | null

function changeLists(record: Row, fields: readonly string[], change: TagListChange): Row {
  let changed: Row | null = null
  for (const field of fields) {
    const list = record[field]
    if (!Array.isArray(list)) continue
    const next = change(list as string[])
    if (next) {
      changed ??= { ...record }
      changed[field] = next
    }
  }
  return changed ?? record
}

/**
 * A row with `change` applied to each of its tag and framework-link lists; the same object when
 * no list changed. Resources keep tags in `base` (custom entries) and `overrides` (edited
 * catalog ones).
 */
export function changeTagListsInRow(table: TableName, row: Row, change: TagListChange): Row {
  if (table === 'resources') {
    const base = row.base as Row | undefined
    const overrides = row.overrides as Row | undefined
    const newBase = base ? changeLists(base, ['tags'], change) : base
    const newOverrides = overrides ? changeLists(overrides, ['tags'], change) : overrides
    if (newBase === base && newOverrides === overrides) return row
    return { ...row, base: newBase, overrides: newOverrides }
  }
  const fields = listFields[table]
  return fields ? changeLists(row, fields, change) : row
}

/** Every tag and framework link a row holds, in all its lists. */
export function tagListsOfRow(table: TableName, row: Row): string[][] {
  const lists: string[][] = []
  changeTagListsInRow(table, row, (list) => {
    lists.push([...list])
    return null
  })
  return lists
}

/**
 * A row with every bare OWASP ID ("LLM01") in its tags and links written as the 2025 edition
 * Bastion shipped ("LLM01:2025"); the same object when there is none. Schema version 5's
 * upgrade and the backup upgrade from version 3 both use it, so a database and a backup end
 * up alike.
 */
export function qualifyBareOwaspIdsInRow(table: TableName, row: Row): Row {
  return changeTagListsInRow(table, row, (list) =>
    hasBareOwaspId(list) ? qualifyOwaspIds(list) : null,
  )
}

/** The tables that can hold OWASP IDs. */
export const tablesWithOwaspIds: readonly TableName[] = [
  'resources',
  ...(Object.keys(listFields) as TableName[]),
]
