import type { NoteRecord } from '../../db/records'

/** The fields of a note the editor changes. */
export type NoteFields = Pick<NoteRecord, 'title' | 'body' | 'tags' | 'objectiveIds' | 'resourceId'>

export interface NoteDraft {
  fields: NoteFields
  /** When the last keystroke happened (epoch ms). */
  at: number
}

const prefix = 'bastion:note-draft:'

/**
 * A per-note draft in localStorage, written synchronously on every keystroke, so a crash or
 * reload between debounced saves loses nothing.
 */
export function writeDraft(
  noteId: string,
  draft: NoteDraft,
  storage: Storage = localStorage,
): void {
  try {
    storage.setItem(prefix + noteId, JSON.stringify(draft))
  } catch {
    // Storage full or disabled: the debounced save still runs; the status shows if it fails.
  }
}

export function readDraft(noteId: string, storage: Storage = localStorage): NoteDraft | null {
  try {
    const raw = storage.getItem(prefix + noteId)
    if (!raw) return null
    const value = JSON.parse(raw) as Partial<NoteDraft>
    const fields = value.fields as Partial<NoteFields> | undefined
    if (typeof value.at !== 'number' || !fields || typeof fields.body !== 'string') return null
    return {
      at: value.at,
      fields: {
        title: typeof fields.title === 'string' ? fields.title : '',
        body: fields.body,
        tags: Array.isArray(fields.tags) ? fields.tags.map(String) : [],
        objectiveIds: Array.isArray(fields.objectiveIds) ? fields.objectiveIds.map(String) : [],
        ...(typeof fields.resourceId === 'string' ? { resourceId: fields.resourceId } : {}),
      },
    }
  } catch {
    return null
  }
}

/** Drops the draft once the stored note is at least as new as it. */
export function clearDraft(noteId: string, savedAt: number, storage: Storage = localStorage): void {
  const draft = readDraft(noteId, storage)
  if (draft && draft.at <= savedAt) storage.removeItem(prefix + noteId)
}

export function removeDraft(noteId: string, storage: Storage = localStorage): void {
  storage.removeItem(prefix + noteId)
}

/** What the editor starts from: the draft when it is newer than the stored note. */
export function initialFields(
  note: NoteRecord,
  draft: NoteDraft | null,
): { fields: NoteFields; recovered: boolean } {
  const stored: NoteFields = {
    title: note.title,
    body: note.body,
    tags: note.tags,
    objectiveIds: note.objectiveIds,
    ...(note.resourceId ? { resourceId: note.resourceId } : {}),
  }
  if (draft && draft.at > note.updatedAt) return { fields: draft.fields, recovered: true }
  return { fields: stored, recovered: false }
}

/** "llm01, prompt injection ,, gsec" → ["llm01", "prompt injection", "gsec"] (deduplicated). */
export function parseTags(text: string): string[] {
  const seen = new Set<string>()
  const tags: string[] = []
  for (const raw of text.split(',')) {
    const tag = raw.trim().replace(/\s+/g, ' ')
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
