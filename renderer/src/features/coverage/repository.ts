import { db, type TableName } from '../../db/database'
import type { TaggedResource } from '../../db/coverage-groups'
import { loadStudyByResource } from '../../db/derived'
import type { NoteRecord, PracticeTestRecord, ReviewMemory, ResourceRecord } from '../../db/records'
import { toResource } from '../../db/resource'
import { localDayOf } from '../../domain/dates'
import type { Evidence, EvidenceFacts } from '../../domain/coverage'

/** The tables the evidence is read from: a write to any of them refreshes Coverage. */
export const coverageTables: readonly TableName[] = [
  'resources',
  'sessions',
  'meta',
  'notes',
  'quotes',
  'indexEntries',
  'reviewCards',
  'practiceTests',
]

export interface EvidenceQuery {
  /** Every framework item id: the tags that count as evidence. */
  ids: readonly string[]
  now: number
  /** Predicted recall (0–1) of a card's memory at an instant (review's FSRS curve). */
  recallOf: (memory: Pick<ReviewMemory, 'lastReview' | 'stability'>, at: number) => number
}

/** Evidence by the tag that links it; only framework tags appear. */
export type EvidenceByTag = Map<string, Evidence[]>

/** Adds a piece of evidence under each of its tags that is a framework id. */
export type AddEvidence<T> = (tags: readonly string[] | undefined, piece: Omit<T, 'tag'>) => void

/** A map by tag and the function that fills it, keeping only the tags in `ids`. */
export function evidenceCollector<T extends EvidenceFacts>(
  ids: ReadonlySet<string>,
): { byTag: Map<string, T[]>; add: AddEvidence<T> } {
  const byTag = new Map<string, T[]>()
  const add: AddEvidence<T> = (tags, piece) => {
    for (const tag of new Set(tags ?? [])) {
      if (!ids.has(tag)) continue
      const tagged = { ...piece, tag } as T
      const list = byTag.get(tag)
      if (list) list.push(tagged)
      else byTag.set(tag, [tagged])
    }
  }
  return { byTag, add }
}

function short(text: string, length = 90): string {
  const flat = text
    .replace(/\{\{|\}\}/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat
}

/**
 * Everything that links a record to a framework item, read through indexes: the notes, quote
 * books, index-entry books and card books whose `tags` (or a note's `objectiveIds`) hold a
 * framework id; resources (a small table) with the minutes logged on them from the study-days
 * cache and their last session day from the sessions' `resourceIds` index; practice tests (a
 * few rows), which speak for every area of their certification.
 */
export async function readEvidence(query: EvidenceQuery): Promise<EvidenceByTag> {
  const ids = new Set(query.ids)
  const { byTag, add } = evidenceCollector<Evidence>(ids)
  const read = await readTagged([...ids])
  await addResourceEvidence(taggedResources(read.resources, ids), add)
  for (const note of read.notes)
    add([...note.tags, ...note.objectiveIds], {
      kind: 'note',
      id: note.id,
      label: note.title.trim() || short(note.body) || 'Untitled note',
      resourceId: note.resourceId,
      day: localDayOf(note.updatedAt),
    })
  for (const quote of read.quotes)
    add(quote.tags, {
      kind: 'quote',
      id: quote.id,
      label: short(quote.text),
      resourceId: quote.resourceId,
      day: localDayOf(quote.updatedAt),
    })
  for (const entry of read.entries)
    add([...entry.tags, ...entry.objectiveIds], {
      kind: 'indexEntry',
      id: entry.id,
      label: entry.term,
      resourceId: entry.resourceId,
      day: localDayOf(entry.updatedAt),
    })
  for (const card of read.cards)
    add([...card.tags, ...card.objectiveIds], {
      kind: 'reviewCard',
      id: card.id,
      label: short(card.front),
      resourceId: card.resourceId,
      recall: card.suspended ? 0 : query.recallOf(card.memory, query.now),
      day: card.memory.lastReview === undefined ? undefined : localDayOf(card.memory.lastReview),
    })
  for (const test of read.tests) addPracticeTest(test, query.ids, add)
  return byTag
}

/** The resources among these records that carry one of the framework ids, as Coverage lists them. */
export function taggedResources(
  records: readonly ResourceRecord[],
  ids: ReadonlySet<string>,
): TaggedResource[] {
  const tagged: TaggedResource[] = []
  for (const record of records) {
    const resource = toResource(record)
    const tags = resource.tags.filter((tag) => ids.has(tag))
    if (tags.length > 0) tagged.push({ id: resource.id, title: resource.title, tags })
  }
  return tagged
}

/**
 * Resources tagged with a framework id, with the minutes logged on them and their last day
 * studied, both from the study-days cache (one small record, however many resources).
 */
export async function addResourceEvidence(
  tagged: readonly TaggedResource[],
  add: AddEvidence<Evidence>,
): Promise<void> {
  const { minutes, lastDays } = await loadStudyByResource()
  for (const resource of tagged)
    add(resource.tags, {
      kind: 'resource',
      id: resource.id,
      label: resource.title,
      minutes: minutes.get(resource.id) ?? 0,
      day: lastDays.get(resource.id),
    })
}

/** A practice test is evidence for every area of its certification, weak or not. */
export function addPracticeTest(
  test: PracticeTestRecord,
  ids: readonly string[],
  add: AddEvidence<Evidence>,
): void {
  const prefix = `${test.certificationId}:`
  const weak = new Set(test.weakObjectiveIds)
  const areas = ids.filter((id) => id.startsWith(prefix))
  for (const area of areas)
    add([area], {
      kind: 'practiceTest',
      id: test.id,
      label: test.label?.trim() || `Practice test of ${test.date}: ${test.scorePercent} %`,
      day: test.date,
      scorePercent: test.scorePercent,
      weak: weak.has(area),
    })
}

/** The records that carry a framework tag, each once, read in one transaction. */
async function readTagged(ids: readonly string[]) {
  return db.transaction(
    'r',
    [db.resources, db.notes, db.quoteBooks, db.indexBooks, db.reviewCardBooks, db.practiceTests],
    async () => {
      const [resources, tagged, linked, quoteBooks, indexBooks, cardBooks, tests] =
        await Promise.all([
          db.resources.toArray() as Promise<ResourceRecord[]>,
          db.notes.where('tags').anyOf(ids).distinct().toArray(),
          db.notes.where('objectiveIds').anyOf(ids).distinct().toArray(),
          db.quoteBooks.where('tags').anyOf(ids).distinct().toArray(),
          db.indexBooks.where('tags').anyOf(ids).distinct().toArray(),
          db.reviewCardBooks.where('tags').anyOf(ids).distinct().toArray(),
          db.practiceTests.toArray(),
        ])
      const notes = new Map<string, NoteRecord>()
      for (const note of [...tagged, ...linked]) notes.set(note.id, note)
      return {
        resources,
        notes: [...notes.values()],
        quotes: quoteBooks.flatMap((book) => book.quotes),
        entries: indexBooks.flatMap((book) => book.entries),
        cards: cardBooks.flatMap((book) => book.cards),
        tests,
      }
    },
  )
}
