import { beforeEach, describe, expect, it } from 'vitest'
import { db, readRows, tableNames } from '@renderer/db/database'
import { backupChecksum } from '@renderer/features/backup/format/format'
import type { Locator } from '@renderer/db/records'
import { objectiveId } from '@renderer/domain/objectives'
import { exportBackup, restoreBackupText } from '@renderer/features/backup/repository'
import {
  addCustomResource,
  deleteCustomResource,
  loadShippedCatalog,
  updateResource,
} from '@renderer/features/catalog/repository'
import { addExpense, setBudget } from '@renderer/features/costs/repository'
import {
  addAttempt,
  addCpe,
  addObjective,
  addPracticeTest,
  deleteAttempt,
  deleteObjective,
  listObjectives,
  seedObjectives,
  updateAttempt,
  updateObjective,
} from '@renderer/features/exam/repository'
import {
  addSession,
  markCompleted,
  setUnits,
  startTimer,
  stopTimer,
  updateSession,
} from '@renderer/features/log/repository'
import { loadStudyByResource, loadStudyDays, STUDY_DAYS_KEY } from '@renderer/db/derived'
import { createNote, saveIndexEntry, saveQuote } from '@renderer/features/notes/repository'
import { defaultPlanGoal, PLAN_GOAL_KEY, PlanGoal } from '@renderer/features/plan/goal'
import { addToPlan, updatePlanItem } from '@renderer/features/plan/repository'
import { writeSetting } from '@renderer/db/settings'
import { dumpJson, GSEC, resetDatabase } from './sample-data'
import { countSessions } from '../db/rows'
import { answerCard, createCard, updateCard } from '@renderer/features/review/repository'
import { mergeCatalogIfChanged } from '@renderer/features/catalog/startup-merge'
import { runImport } from '@renderer/features/import/repository'
import { defineFormat, defineParser } from '@renderer/features/import/formats/types'

const now = Date.UTC(2026, 10, 20, 19, 0)

/** A format that imports nothing: its report is what the import history keeps. */
const reportOnlyFormat = defineFormat({
  parser: defineParser({
    id: 'report-only',
    label: 'Report only',
    extensions: ['.txt'],
    accepts: () => false,
    parse: () => [],
  }),
  plan: async () => [],
  apply: async () => [],
})
const catalog = loadShippedCatalog()
const gsec = catalog.resources.find((entry) => entry.id === GSEC)!
const catalogBook = catalog.resources.find((entry) => entry.kind === 'book')!

async function expectRestored(text: string, mode: 'replace' | 'merge') {
  const check = await restoreBackupText(text, mode)
  expect(check.ok ? 'restored' : check.problems).toBe('restored')
}

/** Uses every feature through its own repository, as the pages do. */
async function useEveryFeature(): Promise<void> {
  // Catalog: a custom resource and an edited catalog entry.
  const customId = await addCustomResource(
    {
      kind: 'book',
      title: 'Adversarial ML field notes',
      authors: ['Me'],
      pages: 320,
      price: { amountMinor: 4999, currency: 'USD' },
      free: false,
      tags: ['adversarial ML'],
    },
    now,
  )
  const bookRecord = (await db.resources.get(catalogBook.id))!
  await updateResource(catalogBook.id, { ...bookRecord.base, title: 'My edition' }, now)

  // Plan: items (one with its price as a planned expense) and the goal setting.
  const planId = await addToPlan({
    resource: { id: customId, title: 'Adversarial ML field notes', kind: 'book', price: null },
    addExpense: false,
    today: '2026-11-20',
    now,
  })
  await updatePlanItem(planId, { plannedMinutes: 600, targetFinish: '2027-01-31' })
  await addToPlan({
    resource: { id: gsec.id, title: gsec.title, kind: gsec.kind, price: gsec.price },
    addExpense: true,
    today: '2026-11-20',
    now,
  })
  await writeSetting(PLAN_GOAL_KEY, PlanGoal, { ...defaultPlanGoal, examDate: '2027-03-01' })

  // Log: sessions, the timer, progress and a completion with the amount paid.
  const sessionId = await addSession(
    { resourceId: customId, date: '2026-11-18', minutes: 50, covered: 'Ch. 1', unitsAdvanced: 20 },
    now,
  )
  await updateSession(
    sessionId,
    { resourceId: customId, date: '2026-11-18', minutes: 55, covered: 'Ch. 1 and 2' },
    now + 1,
  )
  await addSession({ resourceId: gsec.id, date: '2026-11-19', minutes: 90, covered: 'Crypto' }, now)
  await startTimer(gsec.id, now)
  await stopTimer(now + 25 * 60_000)
  await setUnits(gsec.id, { unit: 'modules', unitsDone: 3, unitsTotal: 20 }, now)
  await markCompleted(
    {
      resourceId: customId,
      title: 'Adversarial ML field notes',
      kind: 'book',
      completedOn: '2026-11-20',
      certificate: 'https://example.com/cert.pdf',
      paid: { amountMinor: 4999, currency: 'USD' },
    },
    now,
  )
  await startTimer(catalogBook.id, now + 60_000) // still running at export

  // Exam: objectives seeded, rated and linked; an attempt that failed; practice tests; CPE.
  await seedObjectives(GSEC, gsec.certification!.objectives, now)
  const [first, second] = await listObjectives(GSEC)
  await updateObjective(
    first!.id,
    { confidence: 4, resourceIds: [customId, gsec.id], lastReviewed: '2026-11-20' },
    now,
  )
  await updateObjective(second!.id, { confidence: 1 }, now)
  await addObjective(GSEC, 'AI system threat modelling', now)
  const attemptId = await addAttempt(
    {
      certificationId: GSEC,
      startDate: '2026-10-01',
      delivery: 'test-centre',
      status: 'scheduled',
      examDate: '2026-11-15',
      examTime: '09:30',
      timeZone: 'Europe/Berlin',
    },
    now,
  )
  const attempt = (await db.attempts.get(attemptId))!
  await updateAttempt(
    attemptId,
    {
      status: 'failed',
      failedOn: '2026-11-15',
      failures: 1,
      checklist: [
        ...attempt.checklist.map((item, index) => ({ ...item, done: index < 2 })),
        { id: 'own-item', label: 'Snacks', done: false },
      ],
    },
    now,
  )
  await addPracticeTest(
    {
      certificationId: GSEC,
      date: '2026-11-01',
      scorePercent: 72.5,
      label: 'Practice test 1',
      weakObjectiveIds: [first!.id, second!.id],
    },
    now,
  )
  await addPracticeTest(
    { certificationId: GSEC, date: '2026-11-10', scorePercent: 81, weakObjectiveIds: [] },
    now,
  )
  await addCpe(
    { certificationId: GSEC, date: '2026-11-12', description: 'Conference talk', credits: 2 },
    now,
  )

  // Notes: a note linked to a GSEC objective and an OWASP item, quotes with every locator
  // kind and none, index entries.
  const noteId = await createNote(
    {
      title: 'Prompt injection',
      body: '# Direct and indirect\n\n- ✓ Ünïcödé',
      tags: ['llm'],
      objectiveIds: [objectiveId(GSEC, gsec.certification!.objectives[0]!), 'LLM01'],
      resourceId: customId,
    },
    now,
  )
  await createNote({ title: 'Free-standing', body: '', tags: [], objectiveIds: [] }, now)
  const locators: (Locator | null)[] = [
    { kind: 'page', display: 'p. 42', from: 42 },
    { kind: 'pages', display: 'pp. 57–59', from: 57, to: 59 },
    { kind: 'chapter', display: 'ch. 3', from: 3 },
    { kind: 'percent', display: '35%', from: 35 },
    { kind: 'text', display: 'Appendix B' },
    null,
  ]
  for (const [index, locator] of locators.entries()) {
    await saveQuote(
      {
        text: `Quote ${index}`,
        locator,
        comment: index % 2 ? 'why it matters' : '',
        tags: ['quote'],
        resourceId: index === 5 ? undefined : customId,
      },
      undefined,
      now + index,
    )
  }
  await saveIndexEntry(
    {
      term: 'Kerberos',
      note: 'tickets',
      pages: 'p. 42, pp. 57–59',
      tags: ['auth'],
      objectiveIds: [first!.id, 'LLM06'],
      resourceId: catalogBook.id,
    },
    undefined,
    now,
  )
  await saveIndexEntry(
    { term: 'AES', note: '', pages: '', tags: [], objectiveIds: [] },
    undefined,
    now,
  )

  // Review: a cloze from the note, answered twice; a suspended question card of its own.
  const cardId = await createCard(
    {
      kind: 'cloze',
      front: 'Indirect {{prompt injection}} hides in content',
      back: '',
      source: { kind: 'note', id: noteId, seenUpdatedAt: now },
      resourceId: customId,
      tags: ['llm'],
      objectiveIds: ['LLM01'],
    },
    now,
  )
  await answerCard(cardId, 3, 3500, null, now)
  await answerCard(cardId, 1, 9000, null, now + 600_000)
  const own = await createCard(
    { kind: 'qa', front: 'SSH port?', back: '22', tags: [], objectiveIds: [] },
    now,
  )
  await updateCard(own, { suspended: true }, now)

  // Costs: an expense for the attempt, budgets.
  await addExpense(
    {
      date: '2026-10-01',
      description: 'GSEC attempt',
      category: 'exam-attempt',
      amountMinor: 94_900,
      currency: 'USD',
      status: 'paid',
      attemptId,
    },
    now,
  )
  await setBudget('USD', 250_000)
  await setBudget('EUR', 50_000)

  // Import: a file whose only entry could not be read, kept in the history with its report.
  await runImport({
    format: reportOnlyFormat,
    fileName: 'My Clippings.txt',
    options: {},
    rows: [
      {
        line: 3,
        kind: 'highlight',
        label: 'Cut short',
        error: 'No text',
        fate: { status: 'error', detail: 'No text' },
        ticked: false,
      },
    ],
    now,
  })

  // The Dashboard's derived cache, as it exists after the app has been used.
  await loadStudyDays()
}

beforeEach(async () => {
  await resetDatabase()
})

describe('backup round trip of data written by every feature', () => {
  it('restores everything exactly, and a merge adds no duplicates', async () => {
    await useEveryFeature()
    for (const table of tableNames) {
      if (table === 'budgets' || table === 'meta') continue
      expect((await readRows(table)).length, table).toBeGreaterThan(0)
    }
    expect(await readRows('quotes')).toHaveLength(6)
    const before = await dumpJson()
    const { text } = await exportBackup()

    await resetDatabase()
    await expectRestored(text, 'replace')
    // The restore wrote the Log's cache from the rows: it equals what a read would rebuild.
    expect(await dumpJson()).toBe(before)

    await expectRestored(text, 'merge')
    await loadStudyDays()
    expect(await dumpJson()).toBe(before)
  })
})

describe('derived meta caches after a restore', () => {
  async function twoSessions() {
    const id = await addSession(
      { resourceId: GSEC, date: '2026-11-18', minutes: 90, covered: '' },
      now,
    )
    await addSession({ resourceId: GSEC, date: '2026-11-19', minutes: 30, covered: '' }, now)
    return id
  }

  it('merge: a cache with the same session count is dropped and rebuilt from the sessions', async () => {
    const id = await twoSessions()
    await loadStudyByResource() // writes the per-resource cache the backup then holds
    const { text } = await exportBackup() // 90 + 30 minutes
    await updateSession(id, { resourceId: GSEC, date: '2026-11-18', minutes: 10, covered: '' })
    expect((await loadStudyDays()).totalMinutes).toBe(40)

    await expectRestored(text, 'merge')
    expect(await db.meta.get(STUDY_DAYS_KEY)).toBeUndefined()
    const days = await loadStudyDays()
    expect(days.totalMinutes).toBe(120)
    expect(days.byDay.get('2026-11-18')).toBe(90)
  })

  it('replace: the cache is rewritten from the restored rows in the same transaction', async () => {
    const id = await twoSessions()
    await loadStudyByResource() // writes the per-resource cache the backup then holds
    const { text } = await exportBackup()
    expect(JSON.parse(text).tables.meta).toContainEqual(
      expect.objectContaining({ key: STUDY_DAYS_KEY }),
    )
    // The backup's own cache (120 minutes) must not come back over different rows.
    const file = JSON.parse(text)
    file.tables.sessions = file.tables.sessions.filter((row: { id: string }) => row.id !== id)
    file.checksum = await backupChecksum(file.tables, file.formatVersion)
    await expectRestored(JSON.stringify(file), 'replace')
    const written = await db.meta.get(STUDY_DAYS_KEY)
    expect(written?.value).toMatchObject({ sessions: 1, dayRecords: 1 })
    const kept = await loadStudyDays()
    expect(kept.totalMinutes).toBe(30)
    const byResource = await loadStudyByResource()
    await db.meta.delete(STUDY_DAYS_KEY)
    expect(await loadStudyDays()).toEqual(kept)
    expect(await loadStudyByResource()).toEqual(byResource)
  })

  it('keeps the catalog digest, so the next start does not merge the catalog again', async () => {
    const { text } = await exportBackup()
    await resetDatabase()
    await expectRestored(text, 'replace')
    expect(await mergeCatalogIfChanged(loadShippedCatalog())).toBe(false)
  })
})

describe('links the features leave dangling', () => {
  it('a backup made after deleting an attempt, an objective and a linked resource restores', async () => {
    await useEveryFeature()
    const attempt = (await db.attempts.toArray())[0]!
    const objective = (await listObjectives(GSEC))[0]!
    const lonely = await addCustomResource(
      {
        kind: 'guide',
        title: 'Only linked from an objective',
        authors: [],
        price: null,
        free: true,
        tags: [],
      },
      now,
    )
    await updateObjective(objective.id, { resourceIds: [...objective.resourceIds, lonely] }, now)
    await deleteCustomResource(lonely)
    await deleteAttempt(attempt.id)
    await deleteObjective(objective.id)
    expect(await db.expenses.where('attemptId').equals(attempt.id).count()).toBe(1)
    const before = await dumpJson()
    const { text } = await exportBackup()
    await resetDatabase()
    await expectRestored(text, 'replace')
    await loadStudyDays()
    expect(await dumpJson()).toBe(before)
  })

  it('a session whose resource is not in the backup nor the catalog is refused', async () => {
    await addSession({ resourceId: GSEC, date: '2026-11-18', minutes: 30, covered: '' }, now)
    const file = JSON.parse((await exportBackup()).text)
    file.tables.sessions[0].resourceId = 'custom-gone'
    file.checksum = await backupChecksum(file.tables, file.formatVersion)
    const check = await restoreBackupText(JSON.stringify(file), 'replace')
    expect(check.ok).toBe(false)
    expect(await countSessions()).toBe(1)
  })
})
