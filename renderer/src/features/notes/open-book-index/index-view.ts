import type { IndexEntryRecord } from '../../../db/records'

/** An index entry with the labels the page shows. */
export interface IndexEntryView extends IndexEntryRecord {
  resourceTitle: string
}

export function toViews(
  entries: IndexEntryRecord[],
  titleOf: (id: string) => string,
): IndexEntryView[] {
  return entries.map((entry) => ({
    ...entry,
    resourceTitle: entry.resourceId ? titleOf(entry.resourceId) : '',
  }))
}
