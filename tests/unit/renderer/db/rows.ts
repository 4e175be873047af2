import { db, readRows } from '@renderer/db/database'
import type { StudySessionRecord } from '@renderer/db/records'
import { findSession, putSession } from '@renderer/features/log/session-store'

/** Test access to session rows, which are stored packed one record per day. */
export async function sessionRows(): Promise<StudySessionRecord[]> {
  return (await readRows('sessions')) as StudySessionRecord[]
}

export function sessionRow(id: string): Promise<StudySessionRecord | undefined> {
  return findSession(id)
}

export async function countSessions(): Promise<number> {
  return (await sessionRows()).length
}

/** Writes rows as another writer would: the Log's minutes cache is not told. */
export async function putSessionRows(rows: readonly StudySessionRecord[]): Promise<void> {
  await db.transaction('rw', db.sessionDays, async () => {
    for (const row of rows) await putSession(row)
  })
}
