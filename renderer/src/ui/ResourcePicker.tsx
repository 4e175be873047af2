import { formatCount } from '../domain/numbers'
import { useCombobox, type UseComboboxState, type UseComboboxStateChangeOptions } from 'downshift'
import {
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type RefObject,
} from 'react'
import { matchResources, type PickableResource } from './resource-match'
import './resource-picker.css'

const { InputChange, InputBlur, InputKeyDownEscape } = useCombobox.stateChangeTypes

interface ResourcePickerProps {
  label: string
  /** Every resource that can be chosen, in the order to list them. */
  resources: readonly PickableResource[]
  /** The chosen resource's id; '' for none. */
  value: string
  onChange: (resourceId: string) => void
  /** A first choice meaning "no resource" (a filter's "All resources"), chosen when value is ''. */
  noneLabel?: string
  placeholder?: string
  error?: string
}

const titleOf = (item: PickableResource | null) => item?.title ?? ''
const idOf = (item: PickableResource | null) => item?.id ?? null

/** Whether the closed field cuts its title short (measured again as the field resizes). */
function useClipped(inputRef: RefObject<HTMLInputElement | null>, title: string, open: boolean) {
  const [clipped, setClipped] = useState(false)
  useLayoutEffect(() => {
    const input = inputRef.current
    if (!input || open) return
    const measure = () => setClipped(input.scrollWidth > input.clientWidth + 1)
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(input)
    return () => observer.disconnect()
  }, [inputRef, title, open])
  return clipped
}

/**
 * A resource picker for long catalogs: an ARIA 1.2 combobox (downshift) that shows the chosen
 * title, filters by title as you type and renders its options only while open, so a page with
 * 300 resources pays for none of them until the list is opened.
 */
export function ResourcePicker({
  label,
  resources,
  value,
  onChange,
  noneLabel,
  placeholder,
  error,
}: ResourcePickerProps) {
  const errorId = useId()
  const inputRef = useRef<HTMLInputElement>(null)
  const [query, setQuery] = useState('')
  const none = useMemo(() => (noneLabel ? { id: '', title: noneLabel } : null), [noneLabel])
  const selected = value ? (resources.find((resource) => resource.id === value) ?? null) : none
  const items = useMemo(() => {
    if (query.trim()) return [...matchResources(resources, query)]
    return none ? [none, ...resources] : [...resources]
  }, [query, resources, none])

  const stateReducer = useCallback(
    (
      state: UseComboboxState<PickableResource>,
      { type, changes, selectItem }: UseComboboxStateChangeOptions<PickableResource>,
    ): Partial<UseComboboxState<PickableResource>> => {
      switch (type) {
        // Typing highlights the first match, so Enter or Tab takes it; no match, nothing to take.
        case InputChange: {
          const typed = changes.inputValue ?? ''
          const first = typed.trim() && matchResources(resources, typed).length > 0 ? 0 : -1
          return { ...changes, highlightedIndex: first }
        }
        // Escape abandons what was typed; it never clears the choice.
        case InputKeyDownEscape:
          return {
            ...changes,
            selectedItem: state.selectedItem,
            inputValue: titleOf(state.selectedItem),
          }
        case InputBlur: {
          // Tab with a highlighted option takes it (downshift's own rule).
          if (selectItem && state.highlightedIndex >= 0) return changes
          // Text erased and left: no resource. Text that matches nothing chosen: back to the choice.
          if (!state.inputValue.trim())
            return { ...changes, selectedItem: none, inputValue: titleOf(none) }
          return { ...changes, inputValue: titleOf(state.selectedItem) }
        }
        default:
          return changes
      }
    },
    [resources, none],
  )

  // The choice is downshift's own state, not a controlled prop: a controlled one is applied to
  // every action, and one landing before the parent re-renders (the mouse leaving the closing
  // list) would undo a pick. Changes from outside are followed below.
  const {
    isOpen,
    highlightedIndex,
    selectedItem: shown,
    selectItem,
    getLabelProps,
    getInputProps,
    getMenuProps,
    getItemProps,
    getToggleButtonProps,
  } = useCombobox<PickableResource>({
    items,
    initialSelectedItem: selected,
    itemToString: titleOf,
    itemToKey: idOf,
    stateReducer,
    onSelectedItemChange: ({ selectedItem }) => onChange(selectedItem?.id ?? ''),
    onInputValueChange: ({ type, inputValue }) => {
      if (type === InputChange) setQuery(inputValue)
    },
    onIsOpenChange: ({ type, isOpen: open }) => {
      if (!open) setQuery('')
      // Opened by a click or the arrow keys, the shown title is selected: typing replaces it.
      else if (type !== InputChange) inputRef.current?.select()
    },
  })

  // Follow a choice made outside (a "Clear filters" button, a default that arrives later, the
  // resources loading): only when the value or its title changes, never on the user's own pick.
  const outside = `${value}\u0000${titleOf(selected)}`
  const lastOutside = useRef(outside)
  useEffect(() => {
    if (lastOutside.current === outside) return
    lastOutside.current = outside
    if (idOf(shown) !== idOf(selected) || titleOf(shown) !== titleOf(selected)) selectItem(selected)
  }, [outside, shown, selected, selectItem])

  const shownTitle = titleOf(shown)
  const clipped = useClipped(inputRef, shownTitle, isOpen)
  const typing = isOpen && query.trim() !== ''
  const found =
    items.length === 1 ? '1 resource matches.' : `${formatCount(items.length)} resources match.`
  return (
    <div className="field resource-picker">
      <label {...getLabelProps()}>{label}</label>
      <div className="resource-picker-control">
        <input
          {...getInputProps({
            ref: inputRef,
            placeholder,
            'aria-invalid': error ? true : undefined,
            // A title longer than the field is still readable in full on hover.
            title: shownTitle || undefined,
            'aria-describedby': error ? errorId : undefined,
            // Tabbing in selects the title, so typing starts a new search.
            onFocus: (event: FocusEvent<HTMLInputElement>) => event.currentTarget.select(),
          })}
        />
        <button
          type="button"
          className="resource-picker-toggle"
          aria-label="Show all resources"
          {...getToggleButtonProps()}
        >
          <span aria-hidden="true">▾</span>
        </button>
        <ul
          className="resource-picker-menu"
          hidden={!isOpen || items.length === 0}
          {...getMenuProps()}
        >
          {isOpen
            ? items.map((item, index) => (
                <li
                  key={item.id}
                  className={item.id === idOf(shown) ? 'is-current' : undefined}
                  data-highlighted={index === highlightedIndex ? true : undefined}
                  {...getItemProps({ item, index })}
                >
                  {item.title}
                </li>
              ))
            : null}
        </ul>
        {typing && items.length === 0 ? (
          <p className="resource-picker-empty">No resource matches “{query.trim()}”.</p>
        ) : null}
      </div>
      {clipped && !isOpen ? (
        // The field cannot wrap: a title longer than it is shown in full below, wrapping.
        <span className="resource-picker-full" aria-hidden="true">
          {shownTitle}
        </span>
      ) : null}
      <span role="status" className="resource-picker-status">
        {typing ? (items.length === 0 ? 'No resource matches.' : found) : ''}
      </span>
      {error ? (
        <small id={errorId} className="error-text">
          {error}
        </small>
      ) : null}
    </div>
  )
}
