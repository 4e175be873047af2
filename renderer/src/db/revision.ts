/**
 * Revisions: every save of a record a person edits counts up its `revision`. An editor carries
 * the revision (and update time) of the stored record it started from; a save based on an older
 * one is a conflict to show, never an overwrite. A restore can bring back a record with the same
 * revision number but other content, so the update time is compared too.
 */
export interface RevisionBase {
  revision: number
  updatedAt: number
}

export interface Revisioned {
  revision?: number
  updatedAt: number
}

/** The base an editor keeps for a stored record (records from before revisions count as 0). */
export function baseOf(record: Revisioned): RevisionBase {
  return { revision: record.revision ?? 0, updatedAt: record.updatedAt }
}

/**
 * The base of a form opened before its record existed (progress not yet recorded): any record
 * stored since is newer, so a save from it is a conflict rather than an overwrite.
 */
export const NOT_YET_STORED: RevisionBase = { revision: 0, updatedAt: 0 }

export function isSameRevision(record: Revisioned, base: RevisionBase): boolean {
  return (record.revision ?? 0) === base.revision && record.updatedAt === base.updatedAt
}

/** The next stored revision of a record saved now. */
export function nextRevision(record: Revisioned | undefined, now: number): RevisionBase {
  return { revision: (record?.revision ?? 0) + 1, updatedAt: now }
}

/** A save based on an older revision: `theirs` is the record as it is stored now. */
export class RevisionConflictError<T> extends Error {
  override name = 'RevisionConflictError'
  constructor(
    readonly theirs: T,
    what = 'record',
  ) {
    super(
      `This ${what} changed in another window, so your changes were not saved over it. Your text is still here.`,
    )
  }
}

/**
 * The one revision check, run inside a save's transaction: a save based on an older revision
 * throws RevisionConflictError with the stored record; otherwise it gives the revision and update
 * time to store. Without a base (a new record, or a save the user chose over theirs) it passes.
 */
export function checkedRevision<T extends Revisioned>(
  current: T | undefined,
  base: RevisionBase | undefined,
  what: string,
  now: number,
): RevisionBase {
  if (current && base && !isSameRevision(current, base)) {
    throw new RevisionConflictError(current, what)
  }
  return nextRevision(current, now)
}
