import { useCallback, useEffect, useState, type KeyboardEvent, type RefObject } from 'react'
import { useDiscardGuard } from './discard-changes'

/**
 * Escape (or the form's Cancel/Close, calling `close`) closes an inline form and gives focus
 * back to what opened it (the control focused when the form appeared). With `dirty`, closing
 * or leaving the page first asks "Discard changes?"; call `release()` once a save succeeded.
 * `returnFocus` gives focus back the same way after a save closed the form, so focus never
 * falls to the page body. Spread `onKeyDown` on the form.
 */
export function useEscapeToClose(onClose: () => void, { dirty = false, restoreFocus = true } = {}) {
  // Read on the first render, before an autoFocus field of the form takes focus.
  const [opener] = useState(() => {
    const active = document.activeElement
    return active instanceof HTMLElement && active !== document.body ? active : null
  })
  const { confirmLeave, release } = useDiscardGuard(dirty)
  const returnFocus = useCallback(() => {
    requestAnimationFrame(() => {
      if (opener?.isConnected) opener.focus()
    })
  }, [opener])
  const close = useCallback(() => {
    void confirmLeave().then((leave) => {
      if (!leave) return
      onClose()
      if (restoreFocus) returnFocus()
    })
  }, [onClose, confirmLeave, restoreFocus, returnFocus])
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      // An open list (a picker's options) takes its own Escape first.
      if (event.key !== 'Escape' || event.defaultPrevented) return
      if ((event.target as HTMLElement).getAttribute('aria-expanded') === 'true') return
      event.preventDefault()
      close()
    },
    [close],
  )
  return { close, returnFocus, onKeyDown, release }
}

/** After a failed submit (new errors), focus moves to the first invalid field. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, errors: object) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [form, errors])
}
