/**
 * Storage errors in plain words: what happened, what was kept, what to do. The browser's and
 * Dexie's names (QuotaExceededError, DatabaseClosedError…) are never shown to a person.
 */

/** The error's own name and those it wraps (Dexie keeps the browser's error as `inner`). */
function namesOf(error: unknown): string[] {
  const names: string[] = []
  for (let current = error, depth = 0; current && depth < 4; depth += 1) {
    const name = (current as { name?: unknown }).name
    if (typeof name === 'string') names.push(name)
    current = (current as { inner?: unknown }).inner
  }
  return names
}

export type StorageProblem = 'full' | 'blocked' | 'unavailable'

export function storageProblemOf(error: unknown): StorageProblem | null {
  const names = namesOf(error)
  if (names.includes('QuotaExceededError')) return 'full'
  if (names.some((name) => ['VersionError', 'BlockedError', 'DatabaseClosedError'].includes(name)))
    return 'blocked'
  if (names.some((name) => ['OpenFailedError', 'InvalidStateError', 'UnknownError'].includes(name)))
    return 'unavailable'
  return null
}

const problemText: Record<StorageProblem, string> = {
  full: 'The disk or the browser’s storage for Bastion is full, so this was not saved.',
  blocked:
    'Another Bastion window is holding the database (it may be an older version), so this was not saved. Close the other Bastion windows.',
  unavailable: 'Bastion could not reach its database, so this was not saved.',
}

/**
 * A person-readable message for a failed save. `kept` says where the unsaved work is, e.g.
 * "Your text is kept in this window".
 */
export function storageErrorMessage(
  error: unknown,
  kept = 'What you entered is kept here',
): string {
  const problem = storageProblemOf(error)
  if (problem) return `${problemText[problem]} ${kept}; it saves again when you next change it.`
  return error instanceof Error ? error.message : String(error)
}
