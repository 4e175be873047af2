import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react'
import { clearDraft, writeDraft, type NoteFields } from './draft'

export type SaveState =
  { state: 'saved' } | { state: 'saving' } | { state: 'error'; message: string }

const debounceMs = 400

/**
 * The editor's fields with autosave: every change goes to a localStorage draft at once, and to
 * the database debounced, flushed early on blur, tab hide, page hide and unmount.
 */
export function useNoteAutosave(
  noteId: string,
  initial: NoteFields,
  recovered: boolean,
  save: (fields: NoteFields) => Promise<number>,
) {
  const [fields, setFields] = useState(initial)
  const [status, setStatus] = useState<SaveState>({ state: 'saved' })
  const latest = useRef(initial)
  const pending = useRef<NoteFields | null>(recovered ? initial : null)
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  const saveRef = useRef(save)
  useLayoutEffect(() => {
    saveRef.current = save
  })

  const flush = useCallback(() => {
    clearTimeout(timer.current)
    const value = pending.current
    if (!value) return
    pending.current = null
    setStatus({ state: 'saving' })
    saveRef.current(value).then(
      (savedAt) => {
        clearDraft(noteId, savedAt)
        if (!pending.current) setStatus({ state: 'saved' })
      },
      (error: unknown) => {
        // Keep the unsaved text queued (the draft has it too) and say why.
        pending.current ??= value
        const message = error instanceof Error ? error.message : String(error)
        setStatus({ state: 'error', message })
      },
    )
  }, [noteId])

  const update = useCallback(
    (patch: Partial<NoteFields>) => {
      const next = { ...latest.current, ...patch }
      latest.current = next
      setFields(next)
      writeDraft(noteId, { fields: next, at: Date.now() })
      pending.current = next
      setStatus((current) => (current.state === 'error' ? current : { state: 'saving' }))
      clearTimeout(timer.current)
      timer.current = setTimeout(flush, debounceMs)
    },
    [noteId, flush],
  )

  useEffect(() => {
    if (recovered) flush()
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
  }, [flush, recovered])

  return { fields, update, flush, status }
}

export function saveStateText(status: SaveState): string {
  if (status.state === 'saving') return 'Saving…'
  if (status.state === 'saved') return 'Saved'
  return `Not saved: ${status.message}`
}
