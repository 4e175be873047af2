const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]'
const ROW = 'li, tr, [data-row]'

function firstFocusable(element: Element | null): HTMLElement | null {
  return element?.querySelector<HTMLElement>(FOCUSABLE) ?? null
}

/** The heading of the list or section holding `from`, made focusable; else the page's h1. */
function listHeading(from: HTMLElement): HTMLElement | null {
  const section = from.closest('section, [role="region"], .card')
  const heading =
    section?.querySelector<HTMLElement>('h2, h3, caption') ??
    document.querySelector<HTMLElement>('#main h1')
  if (heading && !heading.hasAttribute('tabindex')) heading.tabIndex = -1
  return heading
}

/**
 * Call before deleting the row that holds `from` (its Delete button); returns what to call
 * once the row is gone. Focus then goes to the next row (else the previous one), or to the
 * list's heading when the list is empty, never to the page body. The next row's first
 * control gets focus, not its Delete, so a second Enter cannot delete it too.
 */
export function focusAfterDelete(from: HTMLElement): () => void {
  const row = from.closest(ROW)
  const next = firstFocusable(row?.nextElementSibling ?? null)
  const previous = firstFocusable(row?.previousElementSibling ?? null)
  const heading = listHeading(from)
  return () => {
    requestAnimationFrame(() => {
      const target = [next, previous, heading].find((el) => el?.isConnected && el !== from)
      target?.focus()
    })
  }
}
