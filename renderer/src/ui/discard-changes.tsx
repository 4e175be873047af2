import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react'
import { useBlocker } from 'react-router'
import './discard-changes.css'

interface DiscardGuards {
  /** Marks a form as holding unsaved changes (or not). */
  setDirty: (formId: string, dirty: boolean) => void
  /** Asks "Discard changes?"; resolves true when the user discards. */
  confirm: () => Promise<boolean>
}

const DiscardContext = createContext<DiscardGuards | null>(null)

/** Asks before the window closes or reloads; listened to only while a form is unsaved. */
function holdUnload(event: BeforeUnloadEvent): void {
  event.preventDefault()
  // The older way, still what some engines look for: a truthy returnValue.
  event.returnValue = true
}

/**
 * The one "Discard changes?" of the saving rule: an in-app dialog (never the browser's) asked
 * when a record form with unsaved changes is closed, escaped, or left by navigating (which
 * includes opening another record on the same page, a change of the address's query).
 * Mount once, inside the router. Closing or reloading the window with unsaved changes cannot
 * show an in-app dialog: there the browser's own prompt asks (in Electron, a native one).
 */
export function DiscardChangesProvider({ children }: { children: ReactNode }) {
  const dirtyForms = useRef(new Set<string>())
  const [asking, setAsking] = useState<((discard: boolean) => void) | null>(null)
  const blocker = useBlocker(
    useCallback(
      ({ currentLocation, nextLocation }) =>
        dirtyForms.current.size > 0 &&
        (currentLocation.pathname !== nextLocation.pathname ||
          currentLocation.search !== nextLocation.search),
      [],
    ),
  )

  const setDirty = useCallback((formId: string, dirty: boolean) => {
    if (dirty) dirtyForms.current.add(formId)
    else dirtyForms.current.delete(formId)
    // Closing or reloading the window cannot wait for an in-app dialog: while anything is
    // unsaved, the browser asks with its own prompt (Electron's main process asks natively).
    // Adding the same listener twice is a no-op, so this follows the set as it changes.
    if (dirtyForms.current.size > 0) window.addEventListener('beforeunload', holdUnload)
    else window.removeEventListener('beforeunload', holdUnload)
  }, [])
  useEffect(() => () => window.removeEventListener('beforeunload', holdUnload), [])
  const confirm = useCallback(() => new Promise<boolean>((resolve) => setAsking(() => resolve)), [])
  const guards = useMemo(() => ({ setDirty, confirm }), [setDirty, confirm])

  const blocked = blocker.state === 'blocked'
  const answer = (discard: boolean) => {
    if (blocked) {
      // The page is left: whatever was unsaved on it goes with it.
      if (discard) {
        for (const formId of [...dirtyForms.current]) setDirty(formId, false)
        blocker.proceed()
      } else blocker.reset()
    }
    asking?.(discard)
    setAsking(null)
  }

  return (
    <DiscardContext.Provider value={guards}>
      {children}
      {blocked || asking ? <DiscardDialog onAnswer={answer} /> : null}
    </DiscardContext.Provider>
  )
}

function DiscardDialog({ onAnswer }: { onAnswer: (discard: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  useEffect(() => {
    const element = dialog.current
    const opener = document.activeElement
    if (element && !element.open) element.showModal()
    return () => {
      // Keep editing puts focus back where it was; Discard's own close decides otherwise.
      if (opener instanceof HTMLElement && opener.isConnected && !element?.contains(opener))
        opener.focus()
    }
  }, [])
  return (
    <dialog
      ref={dialog}
      className="discard-dialog"
      aria-labelledby={headingId}
      onCancel={(event) => {
        // Escape here means "not so fast": keep editing.
        event.preventDefault()
        onAnswer(false)
      }}
    >
      <h2 id={headingId}>Discard changes?</h2>
      <p>What you changed here has not been saved. Discarding it cannot be undone.</p>
      <div className="form-actions">
        <button type="button" autoFocus onClick={() => onAnswer(false)}>
          Keep editing
        </button>
        <button type="button" className="danger" onClick={() => onAnswer(true)}>
          Discard changes
        </button>
      </div>
    </dialog>
  )
}

/**
 * Guards a record form: while `dirty`, leaving the page asks first, and `confirmLeave()`
 * resolves whether closing may go ahead (true at once when nothing is unsaved). Call
 * `release()` right after a successful save, before the form closes or navigates.
 */
export function useDiscardGuard(dirty: boolean) {
  const guards = useContext(DiscardContext)
  const formId = useId()
  const dirtyRef = useRef(dirty)
  dirtyRef.current = dirty
  useEffect(() => {
    guards?.setDirty(formId, dirty)
    return () => guards?.setDirty(formId, false)
  }, [guards, formId, dirty])
  const confirmLeave = useCallback(async () => {
    if (!dirtyRef.current || !guards) return true
    const discard = await guards.confirm()
    if (discard) guards.setDirty(formId, false)
    return discard
  }, [guards, formId])
  const release = useCallback(() => guards?.setDirty(formId, false), [guards, formId])
  return { confirmLeave, release }
}

/** Whether `value` differs from its baseline (the value at mount, or the last `settle`). */
export function useDirty<T>(value: T) {
  const [baseline, setBaseline] = useState(() => JSON.stringify(value))
  const settle = useCallback((saved: T) => setBaseline(JSON.stringify(saved)), [])
  return { dirty: JSON.stringify(value) !== baseline, settle }
}
