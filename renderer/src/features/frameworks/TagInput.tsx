import { useId, useState, type KeyboardEvent } from 'react'
import './tag-input.css'
import { itemContext, itemLabel, suggestFrameworkItems } from '../../domain/frameworks'
import { Field, fieldDescribedBy } from '../../ui/TextField'
import { useFrameworkItems } from './hooks'

/** The tag being typed: the text after the last comma. */
function currentFragment(text: string): string {
  return text.slice(text.lastIndexOf(',') + 1).trim()
}

/**
 * A comma-separated tag field that knows the frameworks: typing "LLM03", "prompt inj" or
 * "AML.T0051" lists the matching items with their names and editions (the current edition
 * first); choosing one writes its edition-qualified id in place of what was typed.
 */
export function TagInput({
  label,
  value,
  onChange,
  hint,
  error,
  placeholder,
  readOnly,
  onBlur,
}: {
  label: string
  value: string
  onChange: (value: string) => void
  hint?: string
  error?: string
  placeholder?: string
  readOnly?: boolean
  onBlur?: () => void
}) {
  const id = useId()
  const { items } = useFrameworkItems()
  const [open, setOpen] = useState(false)
  const [active, setActive] = useState(0)
  const suggestions = open && !readOnly ? suggestFrameworkItems(items, currentFragment(value)) : []
  const listId = `${id}-suggestions`

  const choose = (index: number) => {
    const item = suggestions[index]
    if (!item) return
    const before = value.slice(0, value.lastIndexOf(',') + 1)
    onChange(`${before}${before ? ' ' : ''}${item.id}, `)
    setActive(0)
  }
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (suggestions.length === 0) return
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault()
      const step = event.key === 'ArrowDown' ? 1 : -1
      setActive((i) => (i + step + suggestions.length) % suggestions.length)
    } else if (event.key === 'Enter') {
      event.preventDefault()
      choose(active)
    } else if (event.key === 'Escape') {
      event.preventDefault()
      setOpen(false)
    }
  }

  return (
    <Field id={id} label={label} hint={hint} error={error} className="tag-input">
      <input
        id={id}
        value={value}
        placeholder={placeholder}
        readOnly={readOnly}
        autoComplete="off"
        aria-autocomplete="list"
        aria-controls={suggestions.length > 0 ? listId : undefined}
        aria-activedescendant={suggestions.length > 0 ? `${listId}-${active}` : undefined}
        aria-invalid={error ? true : undefined}
        aria-describedby={fieldDescribedBy(id, { error, hint })}
        onChange={(event) => {
          onChange(event.target.value)
          setOpen(true)
          setActive(0)
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => {
          setOpen(false)
          onBlur?.()
        }}
        onKeyDown={onKeyDown}
      />
      {suggestions.length > 0 ? (
        <ul
          id={listId}
          role="listbox"
          aria-label={`${label} from the frameworks`}
          className="tag-suggestions"
        >
          {suggestions.map((item, index) => (
            <li
              key={item.id}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              // Chosen before the input's blur closes the list.
              onMouseDown={(event) => {
                event.preventDefault()
                choose(index)
              }}
            >
              <span>{itemLabel(item)}</span> <span className="muted">{itemContext(item)}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </Field>
  )
}
