import SearchableMap from 'minisearch/SearchableMap'

/**
 * A small inverted index ranked like MiniSearch (BM25 per field, prefix and fuzzy terms weighed
 * down), built for one thing: the top few documents of an AND query, per keystroke, over
 * thousands of items. MiniSearch's own search allocates match details for every matching
 * document and sorts them all; with a short prefix that is most of the index (about 20 ms for
 * 10,000 items). Here scores go into flat arrays and only the best `limit` are kept.
 */

/** Per field, document slot → how often the term occurs in that field. */
type Postings = Map<number, number>[]

export interface QueryTerm {
  term: string
  /** Also match longer words starting with `term` (the word being typed). */
  prefix: boolean
  /** Also match words this many edits away (0: none). */
  fuzzy: number
}

export interface RankedDocument {
  id: string
  score: number
  /** The indexed words this document matched (for highlighting). */
  terms: string[]
}

const wordSeparators = /[\n\r\p{Z}\p{P}]+/u
const bm25 = { k: 1.2, b: 0.7, d: 0.5 }
const weights = { prefix: 0.375, fuzzy: 0.45 }

/** Lower-cased words, split on spaces and punctuation (as MiniSearch does). */
export function tokenize(text: string): string[] {
  return text
    .split(wordSeparators)
    .filter(Boolean)
    .map((word) => word.toLowerCase())
}

interface DerivedTerm {
  term: string
  postings: Postings
  weight: number
}

export class TextIndex {
  private readonly terms = new SearchableMap<Postings>()
  private readonly slotById = new Map<string, number>()
  private readonly ids: (string | undefined)[] = []
  private readonly freeSlots: number[] = []
  /** Per slot, the distinct terms it holds, so removing it touches only those. */
  private readonly termsBySlot: string[][] = []
  /** Per field, per slot: the number of distinct words. */
  private readonly lengths: number[][]
  private readonly totalLengths: number[]

  constructor(private readonly boosts: readonly number[]) {
    this.lengths = boosts.map(() => [])
    this.totalLengths = boosts.map(() => 0)
  }

  get size(): number {
    return this.slotById.size
  }

  has(id: string): boolean {
    return this.slotById.has(id)
  }

  /** Indexes a document's fields (in the order of `boosts`); replaces one with the same id. */
  add(id: string, fields: readonly string[]): void {
    this.remove(id)
    const slot = this.freeSlots.pop() ?? this.ids.length
    this.ids[slot] = id
    this.slotById.set(id, slot)
    const distinct = new Set<string>()
    this.boosts.forEach((_, field) => {
      const words = tokenize(fields[field] ?? '')
      // A field's length is its number of distinct words, as MiniSearch counts it.
      const length = new Set(words).size
      this.lengths[field]![slot] = length
      this.totalLengths[field]! += length
      for (const word of words) {
        const postings = this.terms.fetch(word, () => this.boosts.map(() => new Map()))!
        const inField = postings[field]!
        inField.set(slot, (inField.get(slot) ?? 0) + 1)
        distinct.add(word)
      }
    })
    this.termsBySlot[slot] = [...distinct]
  }

  remove(id: string): void {
    const slot = this.slotById.get(id)
    if (slot === undefined) return
    for (const word of this.termsBySlot[slot] ?? []) {
      const postings = this.terms.get(word)
      if (!postings) continue
      for (const inField of postings) inField.delete(slot)
      if (postings.every((inField) => inField.size === 0)) this.terms.delete(word)
    }
    this.boosts.forEach((_, field) => {
      this.totalLengths[field]! -= this.lengths[field]![slot] ?? 0
      this.lengths[field]![slot] = 0
    })
    this.termsBySlot[slot] = []
    this.ids[slot] = undefined
    this.slotById.delete(id)
    this.freeSlots.push(slot)
  }

  /** Documents holding every query term, best first: at most `limit`, and how many in all. */
  search(query: readonly QueryTerm[], limit: number): { ranked: RankedDocument[]; total: number } {
    const slots = this.ids.length
    if (query.length === 0 || this.size === 0) return { ranked: [], total: 0 }
    const scores = new Float64Array(slots)
    // How many query terms each document has matched so far: AND keeps those at `index + 1`.
    const matched = new Uint8Array(slots)
    const derivedByTerm = query.map((queryTerm) => this.derive(queryTerm))
    const firstMatches: number[] = []
    derivedByTerm.forEach((derived, index) => {
      for (const { postings, weight } of derived) {
        postings.forEach((inField, field) =>
          this.score(
            inField,
            field,
            weight,
            index,
            scores,
            matched,
            index === 0 ? firstMatches : null,
          ),
        )
      }
    })
    const top: number[] = []
    let total = 0
    for (const slot of firstMatches) {
      if (matched[slot] !== query.length) continue
      total += 1
      keepBest(top, slot, scores, limit)
    }
    const ranked = top.map((slot) => ({
      id: this.ids[slot]!,
      score: scores[slot]!,
      terms: derivedByTerm.flatMap((derived) =>
        derived
          .filter(({ postings }) => postings.some((inField) => inField.has(slot)))
          .map(({ term }) => term),
      ),
    }))
    return { ranked, total }
  }

  /** The indexed words a query term stands for, each with its weight. */
  private derive({ term, prefix, fuzzy }: QueryTerm): DerivedTerm[] {
    const derived = new Map<string, DerivedTerm>()
    const exact = this.terms.get(term)
    if (exact) derived.set(term, { term, postings: exact, weight: 1 })
    if (prefix) {
      for (const [word, postings] of this.terms.atPrefix(term)) {
        const distance = word.length - term.length
        if (distance === 0) continue
        const weight = (weights.prefix * word.length) / (word.length + 0.3 * distance)
        derived.set(word, { term: word, postings, weight })
      }
    }
    if (fuzzy > 0) {
      for (const [word, [postings, distance]] of this.terms.fuzzyGet(term, fuzzy)) {
        if (distance === 0 || derived.has(word)) continue
        const weight = (weights.fuzzy * word.length) / (word.length + distance)
        derived.set(word, { term: word, postings, weight })
      }
    }
    return [...derived.values()]
  }

  /** Adds one term's BM25 score in one field to each document still in the running. */
  private score(
    inField: Map<number, number>,
    field: number,
    weight: number,
    index: number,
    scores: Float64Array,
    matched: Uint8Array,
    firstMatches: number[] | null,
  ): void {
    if (inField.size === 0) return
    const count = this.size
    const lengths = this.lengths[field]!
    const averageLength = this.totalLengths[field]! / count || 1
    const inverseFrequency = Math.log(1 + (count - inField.size + 0.5) / (inField.size + 0.5))
    const factor = weight * this.boosts[field]! * inverseFrequency
    const { k, b, d } = bm25
    // forEach, not for…of: no [key, value] array per posting, so no garbage per keystroke.
    inField.forEach((frequency, slot) => {
      const seen = matched[slot]!
      if (seen < index) return
      if (seen === index) {
        matched[slot] = index + 1
        firstMatches?.push(slot)
      }
      const norm = k * (1 - b + (b * lengths[slot]!) / averageLength)
      scores[slot]! += factor * (d + (frequency * (k + 1)) / (frequency + norm))
    })
  }
}

/** Keeps `top` as the best `limit` slots by score, best first. */
function keepBest(top: number[], slot: number, scores: Float64Array, limit: number): void {
  const score = scores[slot]!
  if (top.length >= limit && score <= scores[top[top.length - 1]!]!) return
  let at = top.length
  while (at > 0 && scores[top[at - 1]!]! < score) at -= 1
  top.splice(at, 0, slot)
  if (top.length > limit) top.pop()
}
