import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import type { NoteRecord } from '../../db/records'
import { baseOf, isSameRevision, RevisionConflictError, type RevisionBase } from '../../db/revision'
import { storageErrorMessage } from '../../db/storage-errors'
import {
  clearDraft,
  currentWindowId,
  discardDraft,
  editorStart,
  readDrafts,
  sameFields,
  storedFields,
  writeDraft,
  type NoteDraft,
  type NoteFields,
} from './draft'

export type SaveState =
  | { state: 'saved' }
  | { state: 'saving' }
  | { state: 'conflict' }
  | { state: 'error'; message: string }

/** Text that was not saved over the stored note, shown beside it until the person chooses. */
export interface NoteConflict {
  mine: NoteFields
  /** Where the text comes from: this editor, or a draft from another window or before a restore. */
  source: 'editor' | 'draft'
  draft?: NoteDraft
}

export interface NoteSaving {
  save: (fields: NoteFields, base: RevisionBase | null) => Promise<RevisionBase>
  saveCopy: (fields: NoteFields) => Promise<unknown>
  /** Why these fields cannot be saved yet (a title too long), or undefined when they can. */
  problem?: (fields: NoteFields) => string | undefined
}

const debounceMs = 400

/**
 * The editor's fields with autosave, always fresh: every change goes to this window's draft at
 * once and to the database debounced (flushed early on blur, tab hide, page hide and unmount),
 * based on the stored revision the editor holds. When the stored note changes (another window,
 * a restore), a clean editor takes it; an editor with unsaved text takes it too and keeps that
 * text as a visible conflict with Keep mine, Keep theirs and Keep both. Nothing is overwritten
 * silently, in either direction.
 */
export function useNoteAutosave(note: NoteRecord, saving: NoteSaving) {
  const noteId = note.id
  const [windowId] = useState(() => currentWindowId())
  const [start] = useState(() => editorStart(note, readDrafts(noteId), windowId))
  const [fields, setFields] = useState(start.fields)
  const [status, setStatus] = useState<SaveState>({ state: start.offered ? 'conflict' : 'saved' })
  const [conflict, setConflict] = useState<NoteConflict | null>(
    start.offered ? { mine: start.offered.fields, source: 'draft', draft: start.offered } : null,
  )
  const latest = useRef(start.fields)
  const base = useRef<RevisionBase>(baseOf(note))
  const pending = useRef<{ fields: NoteFields; at: number } | null>(
    start.recovered ? { fields: start.fields, at: Date.now() } : null,
  )
  const inFlight = useRef(0)
  const stored = useRef(note)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const savingRef = useRef(saving)
  useLayoutEffect(() => {
    savingRef.current = saving
  })

  /** Takes the stored note into the editor; unsaved text becomes a conflict to show. */
  const reconcile = useCallback(() => {
    const current = stored.current
    if (inFlight.current > 0 || isSameRevision(current, base.current)) return
    const theirs = storedFields(current)
    const unsaved = pending.current?.fields
    clearTimeout(timer.current)
    pending.current = null
    base.current = baseOf(current)
    latest.current = theirs
    setFields(theirs)
    if (unsaved && !sameFields(unsaved, theirs)) {
      setConflict({ mine: unsaved, source: 'editor' })
      setStatus({ state: 'conflict' })
    }
  }, [])

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const value = pending.current
    if (!value) return
    // Fields the form refuses stay typed (and in the draft) while the stored note is unchanged.
    const problem = savingRef.current.problem?.(value.fields)
    if (problem) {
      setStatus({ state: 'error', message: problem })
      return
    }
    pending.current = null
    inFlight.current += 1
    setStatus({ state: 'saving' })
    const from = base.current
    savingRef.current.save(value.fields, from).then(
      (next) => {
        inFlight.current -= 1
        base.current = next
        // What this window just stored is the stored note now, until the change feed says more.
        if (isSameRevision(stored.current, from)) {
          stored.current = { ...stored.current, ...value.fields, ...next }
        }
        clearDraft(noteId, windowId, value.at)
        if (!pending.current) setStatus({ state: 'saved' })
        reconcile()
      },
      (error: unknown) => {
        inFlight.current -= 1
        if (error instanceof RevisionConflictError) {
          // The stored note changed since this editor's base: take it, show the typed text.
          pending.current = { fields: latest.current, at: value.at }
          stored.current = error.theirs as NoteRecord
          reconcile()
          return
        }
        // Keep the unsaved text queued (the draft has it too) and say why, in plain words.
        pending.current ??= value
        const message = storageErrorMessage(error, 'Your text is kept in this window')
        setStatus({ state: 'error', message })
      },
    )
  }, [noteId, windowId, reconcile])

  const update = useCallback(
    (patch: Partial<NoteFields>) => {
      const next = { ...latest.current, ...patch }
      const at = Date.now()
      latest.current = next
      setFields(next)
      writeDraft(noteId, { fields: next, at, base: base.current, windowId })
      pending.current = { fields: next, at }
      setStatus((current) => (current.state === 'error' ? current : { state: 'saving' }))
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, debounceMs)
    },
    [noteId, windowId, flush],
  )

  useEffect(() => {
    stored.current = note
    reconcile()
  }, [note, reconcile])

  const resolve = useCallback(
    async (choice: 'mine' | 'theirs' | 'both') => {
      if (!conflict) return
      if (choice === 'both') await savingRef.current.saveCopy(conflict.mine)
      if (conflict.draft) discardDraft(noteId, conflict.draft)
      setConflict(null)
      setStatus({ state: 'saved' })
      if (choice === 'mine') update(conflict.mine)
      else discardDraft(noteId, { windowId })
    },
    [conflict, noteId, windowId, update],
  )

  useEffect(() => {
    if (start.recovered) flush()
    const onHide = () => {
      if (document.visibilityState === 'hidden') flush()
    }
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', flush)
    return () => {
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', flush)
      flush()
    }
  }, [flush, start.recovered])

  return { fields, update, flush, status, conflict, resolve, recovered: start.recovered }
}

export function saveStateText(status: SaveState): string {
  if (status.state === 'saving') return 'Saving…'
  if (status.state === 'saved') return 'Saved'
  if (status.state === 'conflict') return 'Not saved: this note changed in another window'
  return `Not saved: ${status.message}`
}
