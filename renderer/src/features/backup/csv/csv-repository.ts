import { db, readRows } from '../../../db/database'
import type {
  IndexEntryRecord,
  ReviewCardRecord,
  ReviewLogRecord,
  StudySessionRecord,
} from '../../../db/records'
import { toResource } from '../../../db/resource'
import { expensesCsv, indexCsv, sessionsCsv } from '../../../domain/csv-exports'
import { attemptLabel } from '../../../domain/exam-name'
import { titleLookup } from '../../../domain/resource-titles'
import { loadShippedFrameworks } from '../../../domain/frameworks'
import { objectiveChoices, objectiveLabel } from '../../notes'
import { reviewCardsCsv, reviewLogsCsv } from './csv'

export type CsvKind = 'sessions' | 'expenses' | 'indexEntries' | 'reviewCards' | 'reviewLogs'

/**
 * Builds one CSV export from the database with the same exporter the table's own page uses
 * (Costs, Open-book index); the file name says what and when.
 */
export async function buildCsv(
  kind: CsvKind,
  today: string,
): Promise<{ name: string; content: string; rows: number }> {
  const resources = (await db.resources.toArray()).map(toResource)
  const resource = titleLookup(resources)
  switch (kind) {
    case 'sessions': {
      const rows = (await readRows('sessions')) as StudySessionRecord[]
      return {
        name: `bastion-sessions-${today}.csv`,
        content: sessionsCsv(rows, { resource }),
        rows: rows.length,
      }
    }
    case 'expenses': {
      const rows = await db.expenses.toArray()
      const titles = new Map(resources.map((r) => [r.id, r.title]))
      const attempts = new Map(
        (await db.attempts.toArray()).map((a) => [
          a.id,
          attemptLabel(titles.get(a.certificationId), a.startDate),
        ]),
      )
      return {
        name: `bastion-expenses-${today}.csv`,
        content: expensesCsv(rows, {
          resource,
          attempt: (id) => attempts.get(id) ?? 'Deleted attempt',
        }),
        rows: rows.length,
      }
    }
    case 'indexEntries': {
      const rows = (await readRows('indexEntries')) as IndexEntryRecord[]
      const choices = objectiveChoices(resources, loadShippedFrameworks())
      return {
        name: `bastion-index-${today}.csv`,
        content: indexCsv(
          rows,
          { resource, objective: (id) => objectiveLabel(choices, id) },
          globalThis.navigator?.language,
        ),
        rows: rows.length,
      }
    }
    case 'reviewCards': {
      const rows = (await readRows('reviewCards')) as ReviewCardRecord[]
      return {
        name: `bastion-review-cards-${today}.csv`,
        content: reviewCardsCsv(rows, resource),
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
