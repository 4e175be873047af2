import type { CoverageLevel, EvidenceKind } from '../../domain/coverage'
import type { FrameworkItem } from '../../domain/frameworks'

/** A level as the cells say it (the same word as the accessible name, capitalised). */
export const levelLabels: Record<CoverageLevel, string> = {
  untouched: 'Untouched',
  read: 'Read',
  noted: 'Noted',
  indexed: 'Indexed',
  recalled: 'Recalled',
  tested: 'Tested',
}

/** What each level takes, for the legend. */
export const levelRules: Record<CoverageLevel, string> = {
  untouched: 'nothing yet',
  read: 'time logged on a resource tagged with it',
  noted: 'a note or quote tagged with it',
  indexed: 'an open-book index entry tagged with it',
  recalled: 'a review card tagged with it, recalled at or above your target',
  tested: 'a practice test at or above the pass mark that did not name it weak',
}

export const evidenceHeadings: Record<EvidenceKind, string> = {
  resource: 'Resources (time logged)',
  note: 'Notes',
  quote: 'Quotes',
  indexEntry: 'Index entries',
  reviewCard: 'Review cards',
  practiceTest: 'Practice tests',
}

/** "LLM01:2026 Prompt Injection", "AML.T0051 LLM Prompt Injection", "Cryptography". */
export function itemTitle(item: FrameworkItem): string {
  return item.framework === 'gsec' ? item.name : `${item.id} ${item.name}`
}

/** The cell's accessible name: "LLM01:2026 Prompt Injection: noted". */
export function cellName(item: FrameworkItem, level: CoverageLevel): string {
  return `${itemTitle(item)}: ${level}`
}
