import type { NoteRecord } from '@renderer/db/records'

/** The instant the grouped-keys tests write their notes at. */
export const now = Date.UTC(2026, 11, 1, 12)

/** Framework ids the grouped-keys tests ask for. */
export const ids = ['LLM01:2026', 'AML.T0051']

/** A note with these tags, written at `now`. */
export const note = (id: string, tags: string[]): NoteRecord => ({
  id,
  title: id,
  body: '',
  tags,
  objectiveIds: [],
  createdAt: now,
  updatedAt: now,
})
