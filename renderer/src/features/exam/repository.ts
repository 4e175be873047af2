import { db, newId } from '../../db/database'
import { putBack, takeOut } from '../../db/take-out'
import type {
  ChecklistItem,
  CpeActivityRecord,
  ExamAttemptRecord,
  ObjectiveRecord,
  PracticeTestRecord,
} from '../../db/records'
import { objectiveId } from '../../domain/objectives'
import { DEFAULT_MINUTES_PER_PAGE } from '../../domain/path-progress'
import { loadMinutesByResource } from '../../db/derived'
import { checkedRevision, type RevisionBase } from '../../db/revision'
import {
  checklistLabelProblem,
  cpeDescriptionProblem,
  objectiveTitleProblem,
  practiceLabelProblem,
} from './limits'

/** Sets `changes` on a copy of `record`; a key set to undefined is removed, not stored empty. */
function withChanges<T extends object>(record: T, changes: Partial<T>): T {
  const next = { ...record }
  for (const [key, value] of Object.entries(changes) as [keyof T, T[keyof T] | undefined][]) {
    if (value === undefined) delete next[key]
    else next[key] = value
  }
  return next
}

function refuse(problem: string | undefined): void {
  if (problem) throw new Error(problem)
}

export const defaultChecklist = [
  'Proctor booked',
  'ID ready',
  'Index printed',
  'Books tabbed',
] as const

export function newChecklist(): ChecklistItem[] {
  return defaultChecklist.map((label) => ({ id: newId(), label, done: false }))
}

export type AttemptFields = Omit<ExamAttemptRecord, 'id' | 'createdAt' | 'updatedAt' | 'checklist'>

export async function listAttempts(): Promise<ExamAttemptRecord[]> {
  return (await db.attempts.orderBy('startDate').toArray()).reverse()
}

export async function addAttempt(fields: AttemptFields, now = Date.now()): Promise<string> {
  const id = newId()
  await db.attempts.add({
    ...fields,
    id,
    checklist: newChecklist(),
    createdAt: now,
    updatedAt: now,
  })
  return id
}

/**
 * Saves an attempt's changes. `base` is the revision the editing form started from: a save based
 * on an older one is refused with the stored attempt (db/revision.ts). The checklist's own saves
 * pass no base; they still count as a revision, so a form open elsewhere learns of them.
 */
export async function updateAttempt(
  id: string,
  changes: Partial<Omit<ExamAttemptRecord, 'id' | 'createdAt' | 'updatedAt' | 'revision'>>,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  for (const item of changes.checklist ?? []) refuse(checklistLabelProblem(item.label))
  await db.transaction('rw', db.attempts, async () => {
    const existing = await db.attempts.get(id)
    if (!existing) throw new Error('This attempt no longer exists.')
    const revision = checkedRevision(existing, base, 'attempt', now)
    await db.attempts.put({ ...withChanges<typeof existing>(existing, changes), ...revision })
  })
}

/** Deletes an attempt with its checklist (stored on it); hands it back for Undo. */
export async function deleteAttempt(id: string): Promise<ExamAttemptRecord> {
  return takeOut(db.attempts, id, 'attempt')
}

export async function restoreAttempt(record: ExamAttemptRecord): Promise<void> {
  await putBack(db.attempts, record)
}

const seededKey = (certificationId: string) => `exam.objectivesSeeded.${certificationId}`

/**
 * Seeds a certification's objectives once: after that the list is the user's, so removed
 * objectives stay removed. Ids come from objectiveId() so notes can link to them.
 */
export async function seedObjectives(
  certificationId: string,
  titles: readonly string[],
  now = Date.now(),
): Promise<void> {
  await db.transaction('rw', [db.objectives, db.meta], async () => {
    if (await db.meta.get(seededKey(certificationId))) return
    const existing = await db.objectives.where('certificationId').equals(certificationId).count()
    if (existing === 0) {
      await db.objectives.bulkPut(
        titles.map((title, position) => ({
          id: objectiveId(certificationId, title),
          certificationId,
          position,
          title,
          confidence: null,
          resourceIds: [],
          createdAt: now,
          updatedAt: now,
        })),
      )
    }
    await db.meta.put({ key: seededKey(certificationId), value: now })
  })
}

export async function listObjectives(certificationId: string): Promise<ObjectiveRecord[]> {
  return db.objectives.where('certificationId').equals(certificationId).sortBy('position')
}

export async function addObjective(certificationId: string, title: string, now = Date.now()) {
  const trimmed = title.trim()
  refuse(objectiveTitleProblem(title))
  await db.transaction('rw', db.objectives, async () => {
    const all = await listObjectives(certificationId)
    let id = objectiveId(certificationId, trimmed)
    if (all.some((o) => o.id === id)) id = `${id}-${newId().slice(0, 8)}`
    const position = all.reduce((max, o) => Math.max(max, o.position), -1) + 1
    await db.objectives.add({
      id,
      certificationId,
      position,
      title: trimmed,
      confidence: null,
      resourceIds: [],
      createdAt: now,
      updatedAt: now,
    })
  })
}

export type ObjectiveChanges = Partial<
  Pick<ObjectiveRecord, 'title' | 'confidence' | 'resourceIds' | 'lastReviewed'>
>

/**
 * Saves an objective's changes. The rename form passes the `base` it started from: a save based
 * on an older revision is refused with the stored objective (db/revision.ts). The fields that
 * save on change (confidence, last reviewed, links) pass none.
 */
export async function updateObjective(
  id: string,
  changes: ObjectiveChanges,
  now = Date.now(),
  base?: RevisionBase,
): Promise<void> {
  if (changes.title !== undefined) {
    if (!changes.title.trim()) throw new Error('An objective needs a title; the old one was kept.')
    refuse(objectiveTitleProblem(changes.title))
  }
  await db.transaction('rw', db.objectives, async () => {
    const existing = await db.objectives.get(id)
    if (!existing) throw new Error('This objective no longer exists.')
    const revision = checkedRevision(existing, base, 'objective', now)
    await db.objectives.put({ ...withChanges<typeof existing>(existing, changes), ...revision })
  })
}

export async function deleteObjective(id: string): Promise<ObjectiveRecord> {
  return takeOut(db.objectives, id, 'objective')
}

export async function restoreObjective(record: ObjectiveRecord): Promise<void> {
  await putBack(db.objectives, record)
}

export interface LinkedNote {
  id: string
  title: string
  objectiveIds: string[]
}

/** Notes linked to any of the given objectives (the Notes feature writes objectiveIds). */
export async function notesForObjectives(ids: readonly string[]): Promise<LinkedNote[]> {
  if (ids.length === 0) return []
  const notes = await db.notes
    .where('objectiveIds')
    .anyOf([...ids])
    .distinct()
    .toArray()
  return notes.map((n) => ({ id: n.id, title: n.title, objectiveIds: n.objectiveIds }))
}

export async function listPracticeTests(certificationId: string): Promise<PracticeTestRecord[]> {
  return db.practiceTests.where('certificationId').equals(certificationId).sortBy('date')
}

export async function addPracticeTest(
  fields: Omit<PracticeTestRecord, 'id' | 'createdAt'>,
  now = Date.now(),
): Promise<void> {
  if (!(fields.scorePercent >= 0 && fields.scorePercent <= 100)) {
    throw new Error('A score is a percentage from 0 to 100.')
  }
  refuse(practiceLabelProblem(fields.label ?? ''))
  await db.practiceTests.add({ ...fields, id: newId(), createdAt: now })
}

export async function deletePracticeTest(id: string): Promise<PracticeTestRecord> {
  return takeOut(db.practiceTests, id, 'practice test')
}

export async function restorePracticeTest(record: PracticeTestRecord): Promise<void> {
  await putBack(db.practiceTests, record)
}

export async function listCpe(certificationId: string): Promise<CpeActivityRecord[]> {
  return db.cpeActivities.where('certificationId').equals(certificationId).sortBy('date')
}

export async function addCpe(
  fields: Omit<CpeActivityRecord, 'id' | 'createdAt'>,
  now = Date.now(),
): Promise<void> {
  if (!(fields.credits > 0)) throw new Error('Credits must be more than zero.')
  refuse(cpeDescriptionProblem(fields.description))
  await db.cpeActivities.add({ ...fields, id: newId(), createdAt: now })
}

export async function deleteCpe(id: string): Promise<CpeActivityRecord> {
  return takeOut(db.cpeActivities, id, 'CPE activity')
}

export async function restoreCpe(record: CpeActivityRecord): Promise<void> {
  await putBack(db.cpeActivities, record)
}

/** What readiness needs from the Plan and Log features' tables. */
/**
 * What the path's progress is computed from (domain/path-progress). Minutes per page is the
 * Plan goal's setting, read by its key so that exam does not import plan (plan reads exam's
 * attempts for the exam date).
 */
export async function readPathInputs() {
  const [planItems, progress, loggedByResource, goal] = await Promise.all([
    db.planItems.toArray(),
    db.resourceProgress.toArray(),
    loadMinutesByResource(),
    db.settings.get('plan.goal'),
  ])
  const stored = (goal?.value as { minutesPerPage?: unknown } | undefined)?.minutesPerPage
  const minutesPerPage =
    typeof stored === 'number' && stored > 0 ? stored : DEFAULT_MINUTES_PER_PAGE
  return { planItems, progress, loggedByResource, minutesPerPage }
}
