import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import './toast.css'

/** How long a delete can be undone: the deleting rule asks for at least 8 seconds. */
export const UNDO_WINDOW_MS = 10_000

export interface UndoOffer {
  /** What happened, e.g. "Quote deleted." (and what went with it). */
  message: string
  /** Puts back exactly what was deleted. */
  undo: () => Promise<unknown>
  /** Said once the undo is done; "Restored." by default. */
  restoredMessage?: string
}

type ToastState =
  | { kind: 'offer'; key: number; offer: UndoOffer }
  | { kind: 'note'; key: number; message: string }
  | null

const UndoContext = createContext<((offer: UndoOffer) => void) | null>(null)
const SayContext = createContext<((message: string) => void) | null>(null)

/** Offers Undo for something just deleted, in the app's one toast. */
export function useOfferUndo(): (offer: UndoOffer) => void {
  const offer = useContext(UndoContext)
  if (!offer) throw new Error('useOfferUndo needs an <UndoToastProvider> above it.')
  return offer
}

/**
 * Says a save succeeded ("Quote saved.") in the same quiet toast, for forms that close on
 * saving and so have nowhere of their own to say it. A pending Undo is never pushed out.
 */
export function useSayDone(): (message: string) => void {
  const say = useContext(SayContext)
  if (!say) throw new Error('useSayDone needs an <UndoToastProvider> above it.')
  return say
}

function isEditable(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)
}

/**
 * The one toast for deletes: a live region that says what was deleted, with Undo for
 * UNDO_WINDOW_MS (paused while the pointer or focus is on it). Ctrl+Z (⌘Z) undoes too,
 * unless focus is in a text field, where it undoes typing as usual.
 */
export function UndoToastProvider({ children }: { children: ReactNode }) {
  const [toast, setToast] = useState<ToastState>(null)
  const [error, setError] = useState('')
  const [paused, setPaused] = useState(false)
  const keyRef = useRef(0)
  const undoingRef = useRef(false)

  const offer = useCallback((next: UndoOffer) => {
    keyRef.current += 1
    setError('')
    // A new toast starts its own window (a removed button never reports its blur).
    setPaused(false)
    setToast({ kind: 'offer', key: keyRef.current, offer: next })
  }, [])

  const say = useCallback((message: string) => {
    setToast((current) => {
      if (current?.kind === 'offer') return current
      keyRef.current += 1
      return { kind: 'note', key: keyRef.current, message }
    })
  }, [])

  const undo = useCallback(async () => {
    if (toast?.kind !== 'offer' || undoingRef.current) return
    undoingRef.current = true
    const hadFocus = document.activeElement?.closest('.toast') != null
    try {
      await toast.offer.undo()
      keyRef.current += 1
      setToast({
        kind: 'note',
        key: keyRef.current,
        message: toast.offer.restoredMessage ?? 'Restored.',
      })
      setPaused(false)
      // The Undo button is gone: hand focus to the page rather than to nowhere.
      if (hadFocus) document.querySelector<HTMLElement>('#main h1')?.focus()
    } catch (cause) {
      setError(cause instanceof Error ? cause.message : String(cause))
    } finally {
      undoingRef.current = false
    }
  }, [toast])

  // The toast leaves on its own after the window, unless the user is on it.
  useEffect(() => {
    if (!toast || paused || error) return
    const ms = toast.kind === 'offer' ? UNDO_WINDOW_MS : 4_000
    const timer = window.setTimeout(() => setToast(null), ms)
    return () => window.clearTimeout(timer)
  }, [toast, paused, error])

  useEffect(() => {
    if (toast?.kind !== 'offer') return
    const onKey = (event: KeyboardEvent) => {
      const isUndo =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'z'
      if (!isUndo || isEditable(event.target)) return
      event.preventDefault()
      void undo()
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [toast, undo])

  const dismiss = () => {
    setToast(null)
    setPaused(false)
  }

  return (
    <UndoContext.Provider value={offer}>
      <SayContext.Provider value={say}>{children}</SayContext.Provider>
      <section
        className="toast-region"
        aria-label="Notifications"
        onPointerEnter={() => setPaused(true)}
        onPointerLeave={() => setPaused(false)}
        onFocus={() => setPaused(true)}
        onBlur={(event) => {
          if (!event.currentTarget.contains(event.relatedTarget)) setPaused(false)
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && toast) dismiss()
        }}
      >
        <div aria-live="polite" aria-atomic="true" className="toast-live">
          {toast ? (
            <div className="toast" key={toast.key}>
              <span className="toast-message">
                {toast.kind === 'offer' ? toast.offer.message : toast.message}
              </span>
              {toast.kind === 'offer' ? (
                <button type="button" aria-keyshortcuts="Control+Z" onClick={() => void undo()}>
                  Undo
                </button>
              ) : null}
              <button type="button" className="toast-close" aria-label="Dismiss" onClick={dismiss}>
                ×
              </button>
            </div>
          ) : null}
        </div>
        {error ? (
          <p role="alert" className="error-banner">
            Undo failed: {error}
          </p>
        ) : null}
      </section>
    </UndoContext.Provider>
  )
}
