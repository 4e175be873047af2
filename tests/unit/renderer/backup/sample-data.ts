import { derivedMetaKeys } from '@renderer/db/derived'
import {
  db,
  readRows,
  recordsFor,
  storedTableOf,
  tableNames,
  type TableName,
} from '@renderer/db/database'
import { canonicalJson } from '@renderer/features/backup/format/format'
import { loadShippedCatalog, mergeCatalog } from '@renderer/features/catalog/repository'
import { resetDatabase as emptyDatabase } from '../helpers/database'

const t0 = Date.UTC(2026, 9, 1, 18, 0)
export const GSEC = 'cert-giac-gsec'

/** A small but complete data set: every table has rows, and every kind of reference is used. */
export function sampleRows(): Partial<Record<TableName, Record<string, unknown>[]>> {
  const custom = {
    id: 'custom-1',
    origin: 'custom',
    base: { kind: 'book', title: 'My own book', authors: [], price: null, free: true, tags: [] },
    overrides: {},
    createdAt: t0,
    updatedAt: t0,
  }
  return {
    resources: [custom],
    settings: [{ key: 'theme', value: 'dark' }],
    planItems: [{ id: 'p1', resourceId: 'custom-1', position: 0, addedAt: t0 }],
    sessions: [
      {
        id: 's1',
        date: '2026-10-01',
        minutes: 45,
        resourceId: 'custom-1',
        covered: 'Chapter 1, "threat models", commas',
        createdAt: t0,
        updatedAt: t0,
      },
      {
        id: 's2',
        date: '2026-10-02',
        minutes: 30,
        resourceId: GSEC,
        covered: '=HYPERLINK("http://evil")\nsecond line',
        unitsAdvanced: 2,
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    resourceProgress: [{ resourceId: 'custom-1', status: 'in-progress', updatedAt: t0 }],
    progressEvents: [{ id: 'e1', resourceId: 'custom-1', at: t0, status: 'in-progress' }],
    notes: [
      {
        id: 'n1',
        title: 'Prompt injection',
        body: '# Notes\nÜnïcödé ✓',
        tags: ['llm'],
        objectiveIds: [],
        createdAt: t0,
        updatedAt: t0,
      },
      {
        id: 'n2',
        resourceId: 'custom-1',
        title: 'On the book',
        body: '',
        tags: [],
        objectiveIds: [],
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    quotes: [
      {
        id: 'q1',
        resourceId: 'custom-1',
        text: 'Defence in depth',
        locator: { kind: 'page', display: 'p. 12', from: 12 },
        comment: '',
        tags: [],
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    indexEntries: [
      {
        id: 'i1',
        term: '+cmd',
        note: 'a, b',
        resourceId: 'custom-1',
        pages: '12-14',
        tags: ['net'],
        objectiveIds: [`${GSEC}:access-control`, 'LLM01'],
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    attempts: [
      {
        id: 'a1',
        certificationId: GSEC,
        startDate: '2026-11-01',
        delivery: 'remote',
        status: 'planning',
        checklist: [{ id: 'k1', label: 'ID ready', done: false }],
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    objectives: [
      {
        id: `${GSEC}:access-control`,
        certificationId: GSEC,
        position: 0,
        title: 'Access control',
        confidence: 3,
        resourceIds: ['custom-1'],
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    practiceTests: [
      {
        id: 'pt1',
        certificationId: GSEC,
        date: '2026-11-10',
        scorePercent: 78,
        weakObjectiveIds: [`${GSEC}:access-control`],
        createdAt: t0,
      },
    ],
    cpeActivities: [
      {
        id: 'c1',
        certificationId: GSEC,
        date: '2026-11-12',
        description: 'Talk',
        credits: 1,
        createdAt: t0,
      },
    ],
    expenses: [
      {
        id: 'x1',
        date: '2026-10-01',
        description: 'Exam attempt',
        category: 'exam-attempt',
        amountMinor: 94900,
        currency: 'USD',
        status: 'paid',
        attemptId: 'a1',
        createdAt: t0,
        updatedAt: t0,
      },
    ],
    budgets: [{ currency: 'USD', amountMinor: 200000 }],
  }
}

/** A fresh database holding the shipped catalog, as the app has it after its first start. */
export async function resetDatabase(): Promise<void> {
  await emptyDatabase()
  await mergeCatalog(loadShippedCatalog())
}

export async function seedSample(): Promise<void> {
  const rows = sampleRows()
  await db.transaction(
    'rw',
    tableNames.map((name) => db.table(storedTableOf(name))),
    async () => {
      for (const [name, list] of Object.entries(rows) as [TableName, unknown[]][]) {
        await db.table(storedTableOf(name)).bulkPut([...recordsFor(name, list)])
      }
    },
  )
}

/**
 * Every table's rows sorted, as JSON (packed tables unpacked): equal dumps mean equal data.
 * Derived meta caches (`derivedMetaKeys`: rebuilt or rewritten by a restore) are left out.
 */
export async function dumpJson(): Promise<string> {
  const dump: Record<string, unknown[]> = {}
  const derived = new Set(derivedMetaKeys)
  for (const name of tableNames) {
    let rows = await readRows(name)
    if (name === 'meta') rows = rows.filter((row) => !derived.has((row as { key: string }).key))
    dump[name] = rows.map((row) => canonicalJson(row)).sort()
  }
  return JSON.stringify(dump)
}
