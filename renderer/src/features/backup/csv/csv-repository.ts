import { db, readRows } from '../../../db/database'
import type {
  IndexEntryRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  StudySessionRecord,
} from '../../../db/records'
import { toResource } from '../../../db/resource'
import { expensesCsv, indexEntriesCsv, reviewCardsCsv, reviewLogsCsv, sessionsCsv } from './csv'

export type CsvKind = 'sessions' | 'expenses' | 'indexEntries' | 'reviewCards' | 'reviewLogs'

async function resourceTitles(): Promise<Map<string, string>> {
  const resources = await db.resources.toArray()
  return new Map(resources.map((record) => [record.id, toResource(record).title]))
}

/** Builds one CSV export from the database; the file name says what and when. */
export async function buildCsv(
  kind: CsvKind,
  today: string,
): Promise<{ name: string; content: string; rows: number }> {
  const titles = await resourceTitles()
  switch (kind) {
    case 'sessions': {
      const rows = (await readRows('sessions')) as StudySessionRecord[]
      return {
        name: `bastion-sessions-${today}.csv`,
        content: sessionsCsv(rows, titles),
        rows: rows.length,
      }
    }
    case 'expenses': {
      const rows = await db.expenses.toArray()
      return {
        name: `bastion-expenses-${today}.csv`,
        content: expensesCsv(rows, titles),
        rows: rows.length,
      }
    }
    case 'indexEntries': {
      const rows = (await readRows('indexEntries')) as IndexEntryRecord[]
      return {
        name: `bastion-index-${today}.csv`,
        content: indexEntriesCsv(rows, titles),
        rows: rows.length,
      }
    }
    case 'reviewCards': {
      const rows = (await readRows('reviewCards')) as ReviewCardRecord[]
      return {
        name: `bastion-review-cards-${today}.csv`,
        content: reviewCardsCsv(rows, titles),
        rows: rows.length,
      }
    }
    case 'reviewLogs': {
      const rows = (await readRows('reviewLogs')) as ReviewLogRecord[]
      return {
        name: `bastion-review-history-${today}.csv`,
        content: reviewLogsCsv(rows),
        rows: rows.length,
      }
    }
  }
}
