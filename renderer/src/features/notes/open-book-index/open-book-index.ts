import type { IndexEntryRecord } from '../../../db/records'

const collators = new Map<string, Intl.Collator>()

/** Cached: building a collator costs more than a thousand comparisons. */
function baseCollator(locale?: string): Intl.Collator {
  const key = locale ?? ''
  let collator = collators.get(key)
  if (!collator) {
    collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true })
    collators.set(key, collator)
  }
  return collator
}

/**
 * The group an entry sits under: its first letter, folded to its base letter when the locale
 * treats them alike (É under E in English; Ö stays its own letter in Swedish); "#" for digits
 * and symbols.
 */
export function groupLetter(term: string, locale?: string): string {
  const first = [...term.trim()][0] ?? ''
  if (!/\p{L}/u.test(first)) return '#'
  const upper = first.toLocaleUpperCase(locale)
  const base = upper.normalize('NFD').replace(/\p{M}/gu, '')
  const collator = baseCollator(locale)
  return base && collator.compare(upper, base) === 0 ? base : upper
}

export interface IndexGroup<T> {
  letter: string
  entries: T[]
}

type Sortable = Pick<IndexEntryRecord, 'term' | 'pages' | 'id'> & { resourceTitle?: string }

/** A–Z groups ("#" first), ordered by the user's locale: case and accents ignored, numbers by value. */
export function groupIndex<T extends Sortable>(entries: T[], locale?: string): IndexGroup<T>[] {
  const collator = baseCollator(locale)
  const sorted = [...entries].sort(
    (a, b) =>
      collator.compare(a.term.trim(), b.term.trim()) ||
      collator.compare(a.resourceTitle ?? '', b.resourceTitle ?? '') ||
      collator.compare(a.pages, b.pages) ||
      a.id.localeCompare(b.id),
  )
  const groups = new Map<string, T[]>()
  for (const entry of sorted) {
    const letter = groupLetter(entry.term, locale)
    const group = groups.get(letter)
    if (group) group.push(entry)
    else groups.set(letter, [entry])
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '#' ? -1 : b === '#' ? 1 : collator.compare(a, b)))
    .map(([letter, list]) => ({ letter, entries: list }))
}

export type DuplicateReason = 'same' | 'acronym' | 'spelling'

export interface DuplicateFlag {
  otherId: string
  otherTerm: string
  reason: DuplicateReason
}

/** Lowercase, accents, punctuation and spaces removed: "Cross-site  Scripting" → "crosssitescripting". */
export function termKey(term: string): string {
  return term
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]/gu, '')
}

const stopWords = new Set(['of', 'and', 'the', 'for', 'in', 'on', 'to', 'a', 'an', 'by', 'with'])

/** The acronyms a multi-word term may be written as: "Cross-site scripting" → css, xss. */
export function acronymsOf(term: string): string[] {
  const words = term
    .toLocaleLowerCase('en')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !stopWords.has(word))
  if (words.length < 2) return []
  let variants = ['']
  for (const word of words) {
    // "cross" is written X in security acronyms (XSS, XSRF).
    const initials = word.startsWith('cross') ? [word[0] ?? '', 'x'] : [word[0] ?? '']
    variants = variants.flatMap((prefix) => initials.map((initial) => prefix + initial))
  }
  return [...new Set(variants)]
}

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1
  const cols = b.length + 1
  const d: number[][] = Array.from({ length: rows }, (_, i) =>
    Array.from({ length: cols }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  )
  for (let i = 1; i < rows; i += 1) {
    for (let j = 1; j < cols; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const row = d[i] as number[]
      const above = d[i - 1] as number[]
      let best = Math.min(
        (above[j] as number) + 1,
        (row[j - 1] as number) + 1,
        (above[j - 1] as number) + cost,
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
        best = Math.min(best, ((d[i - 2] as number[])[j - 2] as number) + 1)
      }
      row[j] = best
    }
  }
  return (d[rows - 1] as number[])[cols - 1] as number
}

const digitsOf = (key: string) => key.replace(/\D/g, '')

/**
 * Flags near-duplicate terms: equal apart from case, spaces and punctuation; an acronym and its
 * expansion; or one typo apart (terms of 5+ characters whose numbers agree, so IPv4/IPv6 are not
 * flagged). Linear in the number of entries: keys, acronyms and one-deletion neighbours are hashed.
 */
export function findNearDuplicates(
  entries: Pick<IndexEntryRecord, 'id' | 'term'>[],
): Map<string, DuplicateFlag[]> {
  const flags = new Map<string, DuplicateFlag[]>()
  const seen = new Set<string>()
  const byId = new Map(entries.map((entry) => [entry.id, entry]))
  const flag = (a: string, b: string, reason: DuplicateReason) => {
    if (a === b) return
    const pair = a < b ? `${a}|${b}` : `${b}|${a}`
    if (seen.has(pair)) return
    seen.add(pair)
    for (const [self, other] of [
      [a, b],
      [b, a],
    ] as const) {
      const list = flags.get(self) ?? []
      list.push({ otherId: other, otherTerm: byId.get(other)?.term ?? '', reason })
      flags.set(self, list)
    }
  }
  const byKey = new Map<string, string[]>()
  for (const entry of entries) {
    const key = termKey(entry.term)
    if (!key) continue
    byKey.set(key, [...(byKey.get(key) ?? []), entry.id])
  }
  for (const ids of byKey.values()) {
    for (let i = 1; i < ids.length; i += 1) flag(ids[0] as string, ids[i] as string, 'same')
  }
  // Acronyms: a one-word term whose key equals the initials of a multi-word term.
  for (const entry of entries) {
    for (const acronym of acronymsOf(entry.term)) {
      for (const other of byKey.get(acronym) ?? []) flag(entry.id, other, 'acronym')
    }
  }
  // Spelling: keys one edit apart share a one-deletion neighbour.
  const neighbours = new Map<string, Set<string>>()
  for (const key of byKey.keys()) {
    if (key.length < 5) continue
    const variants = new Set([key])
    for (let i = 0; i < key.length; i += 1) variants.add(key.slice(0, i) + key.slice(i + 1))
    for (const variant of variants) {
      const set = neighbours.get(variant) ?? new Set<string>()
      set.add(key)
      neighbours.set(variant, set)
    }
  }
  for (const keys of neighbours.values()) {
    if (keys.size < 2) continue
    const list = [...keys]
    for (let i = 0; i < list.length; i += 1) {
      for (let j = i + 1; j < list.length; j += 1) {
        const a = list[i] as string
        const b = list[j] as string
        if (digitsOf(a) !== digitsOf(b) || editDistance(a, b) > 1) continue
        flag((byKey.get(a) ?? [])[0] as string, (byKey.get(b) ?? [])[0] as string, 'spelling')
      }
    }
  }
  return flags
}

export const duplicateReasonLabels: Record<DuplicateReason, string> = {
  same: 'same term written differently',
  acronym: 'acronym and its expansion',
  spelling: 'spelled almost the same',
}
