import { NEW_TAG_EDITION, qualifyOwaspId } from '../../domain/frameworks'
import type { NoteRecord } from '../../db/records'
import { isSameRevision, type RevisionBase } from '../../db/revision'

/** The fields of a note the editor changes. */
export type NoteFields = Pick<NoteRecord, 'title' | 'body' | 'tags' | 'objectiveIds' | 'resourceId'>

export interface NoteDraft {
  fields: NoteFields
  /** When the last keystroke happened (epoch ms). */
  at: number
  /** The stored revision the typed text is based on (null: unknown, from an older Bastion). */
  base: RevisionBase | null
  /** The window (browser tab or Electron window) that typed it. */
  windowId: string
}

const prefix = 'bastion:note-draft:'
const windowKey = 'bastion:window-id'

/**
 * This window's id: kept in sessionStorage, which is per window and survives a reload or a
 * renderer crash of that window, so a window finds its own drafts again.
 */
export function currentWindowId(storage: Storage = sessionStorage): string {
  try {
    const known = storage.getItem(windowKey)
    if (known) return known
    const fresh = crypto.randomUUID()
    storage.setItem(windowKey, fresh)
    return fresh
  } catch {
    return 'window'
  }
}

const keyOf = (noteId: string, windowId: string) => `${prefix}${noteId}:${windowId}`

/**
 * A draft per note, per window, in localStorage, written synchronously on every keystroke, so a
 * crash or reload between debounced saves loses nothing, and two windows never share one.
 */
export function writeDraft(noteId: string, draft: NoteDraft, storage: Storage = localStorage) {
  try {
    storage.setItem(keyOf(noteId, draft.windowId), JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the debounced save still runs; the status shows if it fails.
  }
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : []
}

function parseBase(value: unknown): RevisionBase | null {
  const base = value as Partial<RevisionBase> | null | undefined
  if (!base || typeof base.revision !== 'number' || typeof base.updatedAt !== 'number') return null
  return { revision: base.revision, updatedAt: base.updatedAt }
}

function parseDraft(raw: string | null, windowId: string): NoteDraft | null {
  if (!raw) return null
  try {
    const value = JSON.parse(raw) as Partial<NoteDraft>
    const fields = value.fields as Partial<NoteFields> | undefined
    if (typeof value.at !== 'number' || !fields || typeof fields.body !== 'string') return null
    return {
      at: value.at,
      base: parseBase(value.base),
      windowId: typeof value.windowId === 'string' ? value.windowId : windowId,
      fields: {
        title: typeof fields.title === 'string' ? fields.title : '',
        body: fields.body,
        tags: stringList(fields.tags),
        objectiveIds: stringList(fields.objectiveIds),
        ...(typeof fields.resourceId === 'string' ? { resourceId: fields.resourceId } : {}),
      },
    }
  } catch {
    return null
  }
}

/** Every draft of a note, from every window (and the one-per-note key older versions wrote). */
export function readDrafts(noteId: string, storage: Storage = localStorage): NoteDraft[] {
  const drafts: NoteDraft[] = []
  for (let index = 0; index < storage.length; index += 1) {
    const key = storage.key(index)
    if (key === null) continue
    const windowId =
      key === prefix + noteId
        ? ''
        : key.startsWith(`${prefix}${noteId}:`)
          ? key.slice(prefix.length + noteId.length + 1)
          : null
    if (windowId === null) continue
    const draft = parseDraft(storage.getItem(key), windowId)
    if (draft) drafts.push(draft)
  }
  return drafts.sort((a, b) => b.at - a.at)
}

/** Drops this window's draft once what it held is saved (a later keystroke's draft is kept). */
export function clearDraft(
  noteId: string,
  windowId: string,
  savedUpTo: number,
  storage: Storage = localStorage,
): void {
  const draft = parseDraft(storage.getItem(keyOf(noteId, windowId)), windowId)
  if (draft && draft.at <= savedUpTo) storage.removeItem(keyOf(noteId, windowId))
}

/** Drops one draft, once its text is saved or the person chose not to keep it. */
export function discardDraft(
  noteId: string,
  draft: Pick<NoteDraft, 'windowId'>,
  storage: Storage = localStorage,
) {
  storage.removeItem(draft.windowId ? keyOf(noteId, draft.windowId) : prefix + noteId)
}

/** Drops every window's draft of a note (the note was deleted here). */
export function removeDrafts(noteId: string, storage: Storage = localStorage): void {
  for (const draft of readDrafts(noteId, storage)) discardDraft(noteId, draft, storage)
}

export function storedFields(note: NoteRecord): NoteFields {
  return {
    title: note.title,
    body: note.body,
    tags: note.tags,
    objectiveIds: note.objectiveIds,
    ...(note.resourceId ? { resourceId: note.resourceId } : {}),
  }
}

export function sameFields(a: NoteFields, b: NoteFields): boolean {
  return (
    a.title === b.title &&
    a.body === b.body &&
    (a.resourceId ?? '') === (b.resourceId ?? '') &&
    a.tags.join('\n') === b.tags.join('\n') &&
    a.objectiveIds.join('\n') === b.objectiveIds.join('\n')
  )
}

export interface EditorStart {
  fields: NoteFields
  /** This window's draft was applied: typed here on top of exactly the stored note. */
  recovered: boolean
  /** A draft that is not applied (another window's, or based on an older note): offered. */
  offered: NoteDraft | null
}

/**
 * What the editor starts from: the stored note, with this window's draft applied only when it
 * was typed on top of exactly the stored revision. Any other draft that differs is offered as
 * a visible copy, never applied; drafts equal to the stored note are dropped.
 */
export function editorStart(
  note: NoteRecord,
  drafts: readonly NoteDraft[],
  windowId: string,
  storage: Storage = localStorage,
): EditorStart {
  const stored = storedFields(note)
  let applied: NoteDraft | null = null
  let offered: NoteDraft | null = null
  for (const draft of drafts) {
    if (sameFields(draft.fields, stored)) {
      discardDraft(note.id, draft, storage)
    } else if (
      !applied &&
      draft.windowId === windowId &&
      draft.base &&
      isSameRevision(note, draft.base)
    ) {
      applied = draft
    } else {
      offered ??= draft
    }
  }
  return { fields: applied?.fields ?? stored, recovered: applied !== null, offered }
}

/** "llm01, prompt injection ,, gsec" → ["llm01", "prompt injection", "gsec"] (deduplicated). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of text.split(',')) {
    // A bare OWASP id typed now means the current edition (2026); 2025 must be written out.
    const tag = qualifyOwaspId(raw.trim().replace(/\s+/g, ' '), NEW_TAG_EDITION)
    if (!tag || seen.has(tag.toLocaleLowerCase())) continue
    seen.add(tag.toLocaleLowerCase())
    tags.push(tag)
  }
  return tags
}

/** A note's title as shown: its title, or its first line, or "Untitled note". */
export function noteTitle(note: Pick<NoteRecord, 'title' | 'body'>): string {
  if (note.title.trim()) return note.title.trim()
  const line = note.body
    .split('\n')
    .map((text) => text.replace(/^#+\s*/, '').trim())
    .find(Boolean)
  return line ? line.slice(0, 80) : 'Untitled note'
}
