import { useMemo } from 'react'
import { ResourcePicker } from '../../ui/ResourcePicker'
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
  const sorted = useSortedResources().data
  // A link to a resource no longer in the catalog stays chosen, under its plain label.
  const choices = useMemo(() => {
    const list = sorted ?? []
    return value && sorted && !list.some((resource) => resource.id === value)
      ? [...list, { id: value, title: MISSING_RESOURCE_LABEL }]
      : list
  }, [sorted, value])
  return (
    <ResourcePicker
      label={label}
      resources={choices}
      value={value ?? ''}
      noneLabel="None (free-standing)"
      onChange={(id) => onChange(id || undefined)}
    />
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
  const known = new Set(choices.map((choice) => choice.id))
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected)
    if (on) next.add(id)
    else next.delete(id)
    // Choices keep their list order; links to items no longer listed are kept as they are.
    onChange([
      ...choices.map((choice) => choice.id).filter((choiceId) => next.has(choiceId)),
      ...value.filter((choiceId) => !known.has(choiceId)),
    ])
  }
  const labels = choices.filter((choice) => selected.has(choice.id)).map((choice) => choice.label)
  const groups = [...new Set(choices.map((choice) => choice.group))]
  const group = (name: string) => {
    const inGroup = choices.filter((choice) => choice.group === name)
    const fieldset = (
      <fieldset key={name}>
        <legend>{name === 'GSEC' ? 'GSEC objectives' : name}</legend>
        <div className="objective-grid">
          {inGroup.map((choice) => (
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
    )
    if (inGroup.every((choice) => choice.current)) return fieldset
    // An older edition stays selectable, folded away unless something of it is linked.
    return (
      <details key={name} open={inGroup.some((choice) => selected.has(choice.id))}>
        <summary>{name} (older edition)</summary>
        {fieldset}
      </details>
    )
  }
  return (
    <details className="objective-picker">
      <summary>
        Objectives and OWASP items{' '}
        <span className="muted">({labels.length === 0 ? 'none linked' : labels.join(', ')})</span>
      </summary>
      {groups.map(group)}
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
