import { useDeferredValue, useMemo } from 'react'
import './tag-suggestions.css'
import { suggestTagsForText } from '../../domain/coverage'
import { itemContext, itemLabel, NEW_TAG_EDITION } from '../../domain/frameworks'
import { useFrameworkItems } from '../frameworks'

function tagsOf(value: string): string[] {
  return value
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean)
}

/**
 * Framework tags the text mentions ("AML.T0051", "LLM01", "prompt injection"), each added to
 * the tag field by one click; nothing is tagged until the user clicks. Tags the record already
 * holds (in the field or in `held`, e.g. its objective links) are not offered.
 */
export function TagSuggestions({
  text,
  value,
  held = [],
  onAdd,
}: {
  /** The record's words: a note's title and body, a quote and its comment, a term. */
  text: string
  /** The tag field's text (comma separated). */
  value: string
  held?: readonly string[]
  /** The tag field's new text. */
  onAdd: (value: string) => void
}) {
  const { items } = useFrameworkItems()
  const words = useDeferredValue(text)
  const suggestions = useMemo(
    () => suggestTagsForText(items, words, [...tagsOf(value), ...held], NEW_TAG_EDITION),
    [items, words, value, held],
  )
  if (suggestions.length === 0) return null
  return (
    <div className="tag-suggestions-bar" role="group" aria-label="Suggested tags">
      <span className="muted">Suggested tags (mentioned in the text):</span>{' '}
      {suggestions.slice(0, 6).map(({ item, matched }) => (
        <button
          key={item.id}
          type="button"
          className="chip"
          title={`${itemContext(item)}; the text says “${matched}”`}
          onClick={() => onAdd([...tagsOf(value), item.id].join(', '))}
        >
          + {itemLabel(item)}
        </button>
      ))}
    </div>
  )
}
