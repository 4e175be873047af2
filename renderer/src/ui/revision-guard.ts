import { useState } from 'react'
import { baseOf, RevisionConflictError, type RevisionBase, type Revisioned } from '../db/revision'

/**
 * What a record form needs to save safely (db/revision.ts): the revision it started from, and
 * the stored record (`theirs`) when a save based on an older revision was refused.
 * `rebase(theirs)` makes the stored record the new base: after Keep mine or Keep theirs.
 */
export function useRevisionGuard<R extends Revisioned>(
  record: Revisioned | null | undefined,
  saveError: unknown,
) {
  const [base, setBase] = useState<RevisionBase | undefined>(() =>
    record ? baseOf(record) : undefined,
  )
  const theirs = saveError instanceof RevisionConflictError ? (saveError.theirs as R) : null
  const rebase = (stored: Revisioned): RevisionBase => {
    const next = baseOf(stored)
    setBase(next)
    return next
  }
  return { base, theirs, rebase }
}
