import { useCallback, useEffect, useRef, type KeyboardEvent, type RefObject } from 'react'

/**
 * Escape closes an inline form and gives focus back to what opened it (the control focused
 * when the form appeared). Spread `onKeyDown` on the form. `returnFocus` does the same after
 * a save closed the form, so focus never falls to the page body.
 */
export function useEscapeToClose(onClose: () => void) {
  const opener = useRef<HTMLElement | null>(null)
  useEffect(() => {
    const active = document.activeElement
    opener.current = active instanceof HTMLElement && active !== document.body ? active : null
  }, [])
  const returnFocus = useCallback(() => {
    const back = opener.current
    requestAnimationFrame(() => {
      if (back?.isConnected) back.focus()
    })
  }, [])
  const close = useCallback(() => {
    onClose()
    returnFocus()
  }, [onClose, returnFocus])
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
  return { close, returnFocus, onKeyDown }
}

/** After a failed submit (new errors), focus moves to the first invalid field. */
export function useFocusFirstInvalid(form: RefObject<HTMLElement | null>, errors: object) {
  useEffect(() => {
    if (Object.keys(errors).length === 0) return
    form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus()
  }, [form, errors])
}
