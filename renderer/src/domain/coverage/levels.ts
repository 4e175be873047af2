import type { IsoDay } from '../dates'

/**
 * How far a framework item has been studied, lowest first. Each step needs evidence of its own
 * kind; an item's level is the highest any of its evidence reaches (a practice test passed on
 * an area nobody took notes on is still "tested").
 */
export const coverageLevels = [
  'untouched',
  'read',
  'noted',
  'indexed',
  'recalled',
  'tested',
] as const
export type CoverageLevel = (typeof coverageLevels)[number]

/** What the Coverage page lists behind an item, each pointing at a record. */
export type EvidenceKind =
  'resource' | 'note' | 'quote' | 'indexEntry' | 'reviewCard' | 'practiceTest'

export interface Evidence {
  kind: EvidenceKind
  /** The record's id (a resource's id for time logged on it). */
  id: string
  /** What the user reads: a title, a quote's first words, a term. */
  label: string
  /** The tag that links the record to the item (may be another edition's id). */
  tag: string
  /** The last day the record was touched: its last session, edit, review or the test's date. */
  day?: IsoDay
  /** resource: minutes logged on it, all time. */
  minutes?: number
  /** resource: how many sessions. */
  sessions?: number
  /** resource: the resource the record belongs to (notes, quotes, index entries, cards). */
  resourceId?: string
  /** reviewCard: predicted recall now, 0–1. */
  recall?: number
  /** practiceTest: the score in percent. */
  scorePercent?: number
  /** practiceTest: the item was named a weak objective of this test. */
  weak?: boolean
  /**
   * How many alike records the piece stands for (same kind and tags; a card group at its best
   * recall, on its latest day): Coverage computes levels from such groups. 1 when absent.
   */
  count?: number
}

/** What a level, the minutes, the day and the counts are computed from: evidence without its words. */
export type EvidenceFacts = Omit<Evidence, 'label' | 'resourceId'>

/** The bars a card and a practice test have to clear. */
export interface LevelThresholds {
  /** Predicted recall (0–1) a card needs now: the review target (default 0.9). */
  recallTarget: number
  /** The certification's pass mark in percent. */
  passMarkPercent: number
}

/** The level one piece of evidence reaches on its own ('untouched' when it reaches none). */
export function levelOfEvidence(
  evidence: EvidenceFacts,
  thresholds: LevelThresholds,
): CoverageLevel {
  switch (evidence.kind) {
    case 'resource':
      return (evidence.minutes ?? 0) > 0 ? 'read' : 'untouched'
    case 'note':
    case 'quote':
      return 'noted'
    case 'indexEntry':
      return 'indexed'
    case 'reviewCard':
      return (evidence.recall ?? 0) >= thresholds.recallTarget ? 'recalled' : 'untouched'
    case 'practiceTest':
      return !evidence.weak && (evidence.scorePercent ?? 0) >= thresholds.passMarkPercent
        ? 'tested'
        : 'untouched'
  }
}

export function levelRank(level: CoverageLevel): number {
  return coverageLevels.indexOf(level)
}

/** The highest level the evidence reaches. */
export function levelOf(
  evidence: readonly EvidenceFacts[],
  thresholds: LevelThresholds,
): CoverageLevel {
  let best = 0
  for (const piece of evidence) best = Math.max(best, levelRank(levelOfEvidence(piece, thresholds)))
  return coverageLevels[best]!
}

export type EvidenceCounts = Record<EvidenceKind, number>

/** One item's coverage, as every view, the exports and the Dashboard read it. */
export interface ItemCoverage {
  itemId: string
  level: CoverageLevel
  /** Minutes logged on resources tagged with the item. */
  minutes: number
  /** The latest day any of its evidence was touched. */
  lastTouched?: IsoDay
  counts: EvidenceCounts
}

export function emptyCounts(): EvidenceCounts {
  return { resource: 0, note: 0, quote: 0, indexEntry: 0, reviewCard: 0, practiceTest: 0 }
}

/** Level, minutes, last-touched day and counts of an item from its evidence. */
export function itemCoverage(
  itemId: string,
  evidence: readonly EvidenceFacts[],
  thresholds: LevelThresholds,
): ItemCoverage {
  const counts = emptyCounts()
  let minutes = 0
  let lastTouched: IsoDay | undefined
  // A record reached through two tags (an item and its sub-technique) counts once.
  const seen = new Set<string>()
  for (const piece of evidence) {
    const key = `${piece.kind}:${piece.id}`
    if (seen.has(key)) continue
    seen.add(key)
    counts[piece.kind] += piece.count ?? 1
    minutes += piece.minutes ?? 0
    if (piece.day && (!lastTouched || piece.day > lastTouched)) lastTouched = piece.day
  }
  return { itemId, level: levelOf(evidence, thresholds), minutes, lastTouched, counts }
}

/** An item nothing speaks for yet. */
export function untouchedCoverage(itemId: string): ItemCoverage {
  return { itemId, level: 'untouched', minutes: 0, counts: emptyCounts() }
}
