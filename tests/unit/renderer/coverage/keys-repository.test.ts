import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { db } from '@renderer/db/database'
import { packIndexEntries, packQuotes, packReviewCards } from '@renderer/db/packed'
import type {
  IndexEntryRecord,
  NoteRecord,
  QuoteRecord,
  ResourceRecord,
  ReviewCardRecord,
} from '@renderer/db/records'
import { relatedTags } from '@renderer/domain/coverage'
import { editionMapping, frameworkItems, loadShippedFrameworks } from '@renderer/domain/frameworks'
import { readCoverageFacts } from '@renderer/features/coverage/keys-repository'
import { buildModel } from '@renderer/features/coverage/model'
import { readEvidence } from '@renderer/features/coverage/repository'
import { predictedRecall } from '@renderer/features/review'
import { resetDatabase } from '../helpers/database'
import { putSessionRows } from '../db/rows'

const frameworks = loadShippedFrameworks()
const items = frameworkItems(frameworks)
const ids = items.map((item) => item.id)
const related = relatedTags(items, editionMapping(frameworks.owasp))
const now = Date.UTC(2026, 11, 1, 12)
const year = 365 * 86_400_000

// Tags that meet: an ATLAS technique and its sub-technique, both OWASP editions of one risk,
// a GSEC area, and tags that are no framework item.
const tagPool = [
  'AML.T0051',
  'AML.T0051.001',
  'LLM01:2026',
  'LLM01:2025',
  'LLM02:2026',
  'cert-giac-gsec:cryptography',
  'cert-giac-gsec:defense-in-depth',
  'prompt injection',
  'mine',
]
// Few tags a row, many rows a book: alike rows (same tags) in one book are common.
const tags = fc.uniqueArray(fc.constantFrom(...tagPool), { maxLength: 2 })
const instant = fc.integer({ min: now - 2 * year, max: now })
const resourceId = fc.constantFrom('r1', 'r2')

const row = fc.record({ id: fc.uuid(), tags, updatedAt: instant, resourceId })
const dataset = fc.record({
  notes: fc.array(fc.record({ base: row, objectiveIds: tags }), { maxLength: 16 }),
  quotes: fc.array(row, { maxLength: 16 }),
  entries: fc.array(fc.record({ base: row, objectiveIds: tags }), { maxLength: 16 }),
  cards: fc.array(
    fc.record({
      base: row,
      objectiveIds: tags,
      suspended: fc.boolean(),
      stability: fc.double({ min: 0.1, max: 400, noNaN: true }),
      lastReview: fc.option(instant, { nil: undefined }),
    }),
    { maxLength: 16 },
  ),
  recallTarget: fc.double({ min: 0.5, max: 0.99, noNaN: true }),
  // Resources with framework tags or none, and sessions logged on them (or on none of them).
  resources: fc.uniqueArray(fc.record({ id: fc.constantFrom('r1', 'r2', 'r3', 'r4'), tags }), {
    selector: (resource) => resource.id,
    maxLength: 4,
  }),
  sessions: fc.array(
    fc.record({
      resourceId: fc.constantFrom('r1', 'r2', 'r3', 'r4', 'r5'),
      minutes: fc.integer({ min: 1, max: 120 }),
      daysAgo: fc.integer({ min: 0, max: 60 }),
    }),
    { maxLength: 8 },
  ),
})

type Dataset = typeof dataset extends fc.Arbitrary<infer T> ? T : never

async function store(data: Dataset): Promise<void> {
  const notes: NoteRecord[] = data.notes.map(({ base, objectiveIds }) => ({
    ...base,
    title: 'n',
    body: '',
    objectiveIds,
    createdAt: base.updatedAt,
  }))
  const quotes: QuoteRecord[] = data.quotes.map((base) => ({
    ...base,
    text: 'q',
    locator: null,
    comment: '',
    createdAt: base.updatedAt,
  }))
  const entries: IndexEntryRecord[] = data.entries.map(({ base, objectiveIds }) => ({
    ...base,
    term: 't',
    note: '',
    pages: '',
    objectiveIds,
    createdAt: base.updatedAt,
  }))
  const cards: ReviewCardRecord[] = data.cards.map((c) => ({
    ...c.base,
    kind: 'qa',
    front: 'f',
    back: 'b',
    objectiveIds: c.objectiveIds,
    suspended: c.suspended,
    memory: {
      due: now,
      stability: c.stability,
      difficulty: 5,
      elapsedDays: 0,
      scheduledDays: 0,
      learningSteps: 0,
      reps: 1,
      lapses: 0,
      state: 2,
      ...(c.lastReview === undefined ? {} : { lastReview: c.lastReview }),
    },
    createdAt: c.base.updatedAt,
  }))
  const resources: ResourceRecord[] = data.resources.map(({ id, tags: resourceTags }) => ({
    id,
    origin: 'custom',
    base: { kind: 'book', title: id, authors: [], price: null, free: true, tags: resourceTags },
    overrides: {},
    createdAt: 0,
    updatedAt: 0,
  }))
  await db.resources.bulkPut(resources)
  await putSessionRows(
    data.sessions.map((session, index) => ({
      id: `s${index}`,
      date: new Date(now - session.daysAgo * 86_400_000).toISOString().slice(0, 10),
      minutes: session.minutes,
      resourceId: session.resourceId,
      covered: '',
      createdAt: now,
      updatedAt: now,
    })),
  )
  await db.notes.bulkPut(notes)
  await db.quoteBooks.bulkPut(packQuotes(quotes))
  await db.indexBooks.bulkPut(packIndexEntries(entries))
  await db.reviewCardBooks.bulkPut(packReviewCards(cards))
}

beforeEach(async () => {
  await resetDatabase()
})

describe('levels from coverage keys', () => {
  it('equal the levels computed from the full records, on any data', async () => {
    await fc.assert(
      fc.asyncProperty(dataset, async (data) => {
        await resetDatabase()
        await store(data)
        const query = { ids, now, recallOf: predictedRecall }
        const thresholds = { recallTarget: data.recallTarget, passMarkPercent: 72 }
        const fromKeys = buildModel(items, related, await readCoverageFacts(query), thresholds)
        const fromRecords = buildModel(items, related, await readEvidence(query), thresholds)
        expect(fromKeys.coverage).toEqual(fromRecords.coverage)
      }),
      { numRuns: 40 },
    )
  }, 120_000)

  it('reads no record of the notes and books, only their index keys', async () => {
    await store({
      notes: [
        {
          base: { id: 'n1', tags: ['LLM01:2026'], updatedAt: now, resourceId: 'r1' },
          objectiveIds: [],
        },
      ],
      quotes: [],
      entries: [],
      cards: [],
      recallTarget: 0.9,
      resources: [],
      sessions: [],
    })
    const read: string[] = []
    const hook = (store: string) => () => void read.push(store)
    const unhook = ['notes', 'quoteBooks', 'indexBooks', 'reviewCardBooks'].map((name) => {
      const listener = hook(name)
      db.table(name).hook('reading', listener)
      return () => db.table(name).hook('reading').unsubscribe(listener)
    })
    try {
      const facts = await readCoverageFacts({ ids, now, recallOf: predictedRecall })
      expect(facts.get('LLM01:2026')).toEqual([
        { kind: 'note', id: '0', count: 1, day: expect.any(String), tag: 'LLM01:2026' },
      ])
      expect(read).toEqual([])
    } finally {
      for (const off of unhook) off()
    }
  })
})
