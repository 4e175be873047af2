import { useId } from 'react'
import type { ObjectiveChoice } from './objectives'
import { MISSING_RESOURCE_LABEL } from '../../domain/resource-titles'
import { useSortedResources } from '../catalog'

/** The book or course something belongs to, or none. */
export function ResourceSelect({
  value,
  onChange,
  label = 'Resource',
}: {
  value: string | undefined
  onChange: (value: string | undefined) => void
  label?: string
}) {
  const id = useId()
  const sorted = useSortedResources().data ?? []
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ''} onChange={(e) => onChange(e.target.value || undefined)}>
        <option value="">None (free-standing)</option>
        {sorted.map((resource) => (
          <option key={resource.id} value={resource.id}>
            {resource.title}
          </option>
        ))}
        {value && !sorted.some((resource) => resource.id === value) ? (
          <option value={value}>{MISSING_RESOURCE_LABEL}</option>
        ) : null}
      </select>
    </div>
  )
}

/** Checkboxes for GSEC objectives and OWASP LLM items, folded away until needed. */
export function ObjectivePicker({
  choices,
  value,
  onChange,
}: {
  choices: ObjectiveChoice[]
  value: string[]
  onChange: (value: string[]) => void
}) {
  const selected = new Set(value)
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    onChange(choices.map((choice) => choice.id).filter((choiceId) => next.has(choiceId)))
  }
  const labels = choices.filter((choice) => selected.has(choice.id)).map((choice) => choice.label)
  return (
    <details className="objective-picker">
      <summary>
        Objectives and OWASP items{' '}
        <span className="muted">({labels.length === 0 ? 'none linked' : labels.join(', ')})</span>
      </summary>
      {(['GSEC', 'OWASP LLM Top 10'] as const).map((group) => (
        <fieldset key={group}>
          <legend>{group === 'GSEC' ? 'GSEC objectives' : group}</legend>
          <div className="objective-grid">
            {choices
              .filter((choice) => choice.group === group)
              .map((choice) => (
                <label key={choice.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={selected.has(choice.id)}
                    onChange={(e) => toggle(choice.id, e.target.checked)}
                  />
                  {choice.label}
                </label>
              ))}
          </div>
        </fieldset>
      ))}
    </details>
  )
}

/** Instants in the user's locale, at the edge. */
const instantFormat = new Intl.DateTimeFormat(undefined, {
  dateStyle: 'medium',
  timeStyle: 'short',
})

export function formatInstant(ms: number): string {
  return instantFormat.format(ms)
}
