import type { IndexEntryRecord } from '../../../db/records'
import { type ObjectiveChoice, objectiveLabel } from '../objectives'
import type { IndexCsvRow } from './csv'

/** An index entry with the labels the page shows. */
export interface IndexEntryView extends IndexEntryRecord {
  resourceTitle: string
}

export function toViews(
  entries: IndexEntryRecord[],
  titles: Map<string, string>,
): IndexEntryView[] {
  return entries.map((entry) => ({
    ...entry,
    resourceTitle: entry.resourceId ? (titles.get(entry.resourceId) ?? 'Unknown resource') : '',
  }))
}

export function toCsvRows(entries: IndexEntryView[], choices: ObjectiveChoice[]): IndexCsvRow[] {
  return entries.map((entry) => ({
    term: entry.term,
    pages: entry.pages,
    resource: entry.resourceTitle,
    note: entry.note,
    tags: entry.tags,
    objectives: entry.objectiveIds.map((id) => objectiveLabel(choices, id)),
  }))
}
