import type { ReviewCardRecord, ReviewLogRecord } from '../../../db/records'
import { toCsv } from '../../../domain/csv'

// Review cards and their history are exported only from Settings → CSV exports; the other
// tables' exporters live in domain/csv-exports.ts, shared with their pages.

const cardStates = ['New', 'Learning', 'Review', 'Relearning']
const ratings = ['', 'Again', 'Hard', 'Good', 'Easy']
const instantText = (at: number | undefined) => (at === undefined ? '' : new Date(at).toISOString())

export function reviewCardsCsv(
  cards: readonly ReviewCardRecord[],
  resource: (id: string) => string,
): string {
  const sorted = [...cards].sort((a, b) => a.createdAt - b.createdAt)
  return toCsv<ReviewCardRecord>(
    [
      { header: 'Kind', value: (c) => (c.kind === 'cloze' ? 'Cloze' : 'Question') },
      { header: 'Front', value: (c) => c.front },
      { header: 'Back', value: (c) => c.back },
      { header: 'Resource', value: (c) => (c.resourceId ? resource(c.resourceId) : '') },
      { header: 'Tags', value: (c) => c.tags.join('; ') },
      { header: 'Framework tags', value: (c) => c.objectiveIds.join('; ') },
      { header: 'State', value: (c) => cardStates[c.memory.state] ?? '' },
      { header: 'Due', value: (c) => instantText(c.memory.due) },
      { header: 'Reviews', value: (c) => c.memory.reps },
      { header: 'Lapses', value: (c) => c.memory.lapses },
      { header: 'Suspended', value: (c) => (c.suspended ? 'yes' : 'no') },
      { header: 'Source', value: (c) => (c.source ? `${c.source.kind} ${c.source.id}` : '') },
      { header: 'Card id', value: (c) => c.id },
    ],
    sorted,
  )
}

export function reviewLogsCsv(logs: readonly ReviewLogRecord[]): string {
  const sorted = [...logs].sort((a, b) => a.at - b.at)
  return toCsv<ReviewLogRecord>(
    [
      { header: 'Date', value: (l) => l.date },
      { header: 'Reviewed at', value: (l) => instantText(l.at) },
      { header: 'Answer', value: (l) => ratings[l.rating] ?? '' },
      { header: 'Seconds', value: (l) => Math.round(l.durationMs / 100) / 10 },
      { header: 'Card id', value: (l) => l.cardId },
      { header: 'Review id', value: (l) => l.id },
    ],
    sorted,
  )
}
