import { SelectField } from '../../ui/SelectField'
import { formatCount } from '../../domain/numbers'
import { useState } from 'react'
import type { ResourceProgressRecord } from '../../db/records'
import { unitLabels, unitOptions, type ProgressUnit } from '../../domain/progress'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import type { Resource } from '../../db/resource'
import { useSetUnits } from './hooks'
import { useDirty, useDiscardGuard } from '../../ui/discard-changes'
import {
  RecordConflictPanel,
  type ConflictChoice,
  type ShownField,
} from '../../ui/RecordConflictPanel'
import { useRevisionGuard } from '../../ui/revision-guard'
import { NOT_YET_STORED, type RevisionBase } from '../../db/revision'

type UnitOption = ReturnType<typeof unitOptions>[number]

interface UnitsDraft {
  unit: ProgressUnit
  done: string
  total: string
}

/** The form's values for `unit` (by default the stored one, else the kind's first). */
function draftOf(
  progress: ResourceProgressRecord | null,
  options: UnitOption[],
  unit?: ProgressUnit,
): UnitsDraft {
  const chosen =
    unit ?? options.find((option) => option.unit === progress?.unit)?.unit ?? options[0]!.unit
  const option = options.find((candidate) => candidate.unit === chosen) ?? options[0]!
  const stored = progress?.unit === chosen ? progress : undefined
  return {
    unit: chosen,
    done: stored ? String(stored.unitsDone ?? 0) : '0',
    total: String(option.total ?? stored?.unitsTotal ?? ''),
  }
}

const shown = (draft: UnitsDraft): ShownField[] => [
  { label: 'Measure in', value: unitLabels[draft.unit] },
  { label: 'Done', value: draft.done },
  { label: 'Total', value: draft.total },
]

const storedKey = (progress: ResourceProgressRecord | null) =>
  progress ? `${progress.revision ?? 0}-${progress.updatedAt}` : ''

/**
 * Units done in the unit that fits the kind; the total is asked only when the resource lacks it.
 * While nothing is typed, the form follows the stored progress (a session logged here or
 * elsewhere moves it); typed units are never replaced, and a save based on an older revision
 * shows both versions (db/revision.ts).
 */
export function UnitsForm({
  resource,
  progress,
  onSaved,
}: {
  resource: Resource
  progress: ResourceProgressRecord | null
  onSaved: (message: string) => void
}) {
  const options = unitOptions(resource)
  const [draft, setDraft] = useState(() => draftOf(progress, options))
  const { unit, done, total } = draft
  const option = options.find((candidate) => candidate.unit === unit) ?? options[0]!
  const [errors, setErrors] = useState<{ done?: string; total?: string }>({})
  const save = useSetUnits()
  // Leaving with typed progress asks first (the saving rule's Discard check).
  const { dirty, settle } = useDirty(draft)
  const guard = useDiscardGuard(dirty)
  const revision = useRevisionGuard<ResourceProgressRecord>(progress, save.error)
  const [seen, setSeen] = useState(storedKey(progress))
  if (seen !== storedKey(progress) && !dirty && !save.isPending && !revision.theirs) {
    const stored = draftOf(progress, options)
    setSeen(storedKey(progress))
    setDraft(stored)
    settle(stored)
    if (progress) revision.rebase(progress)
  }
  const set = (key: 'done' | 'total') => (value: string) =>
    setDraft((d) => ({ ...d, [key]: value }))

  const changeUnit = (next: ProgressUnit) =>
    setDraft({ ...draftOf(progress, options, next), unit: next })

  const submit = async (base: RevisionBase = revision.base ?? NOT_YET_STORED) => {
    const next: typeof errors = {}
    const totalValue = option.total ?? Number(total)
    if (!Number.isInteger(totalValue) || totalValue < 1 || totalValue > 100_000) {
      next.total = `Enter how many ${unitLabels[unit].toLowerCase()} there are, a whole number.`
    }
    const doneValue = Number(done)
    if (done.trim() === '' || !Number.isInteger(doneValue) || doneValue < 0) {
      next.done = 'Enter a whole number, 0 or more.'
    } else if (!next.total && doneValue > totalValue) {
      next.done = `That is more than the ${totalValue} there are.`
    }
    setErrors(next)
    if (Object.keys(next).length > 0) return
    await save.mutateAsync({
      resourceId: resource.id,
      update: { unit, unitsDone: doneValue, unitsTotal: totalValue },
      base,
    })
    settle(draft)
    guard.release()
    onSaved('Progress saved.')
  }

  /** Keep theirs loads the stored progress; Keep mine saves these units over it. */
  const resolve = async (choice: ConflictChoice, theirs: ResourceProgressRecord) => {
    if (choice === 'mine') return submit(revision.rebase(theirs))
    const stored = draftOf(theirs, options)
    setDraft(stored)
    settle(stored)
    setSeen(storedKey(theirs))
    revision.rebase(theirs)
    save.reset()
  }

  const noun = unitLabels[unit].toLowerCase()
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        submit().catch(() => undefined)
      }}
    >
      <div className="field-row">
        {options.length > 1 ? (
          <SelectField
            id={`units-${resource.id}`}
            label="Measure in"
            value={unit}
            onChange={(value) => changeUnit(value as ProgressUnit)}
          >
            {options.map((candidate) => (
              <option key={candidate.unit} value={candidate.unit}>
                {unitLabels[candidate.unit]}
              </option>
            ))}
          </SelectField>
        ) : null}
        <TextField
          label={unit === 'percent' ? 'Percent done' : `${unitLabels[unit]} done`}
          inputMode="numeric"
          value={done}
          onChange={set('done')}
          error={errors.done}
          hint={
            option.total
              ? `of ${formatCount(option.total)} ${unit === 'percent' ? '%' : noun}`
              : undefined
          }
        />
        {option.total ? null : (
          <TextField
            label={`Total ${noun}`}
            inputMode="numeric"
            value={total}
            onChange={set('total')}
            error={errors.total}
          />
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          Save progress
        </button>
      </div>
      {revision.theirs ? (
        <RecordConflictPanel
          what="progress"
          mine={shown(draft)}
          theirs={shown(draftOf(revision.theirs, options))}
          onChoose={(choice) => resolve(choice, revision.theirs as ResourceProgressRecord)}
        />
      ) : (
        <ErrorMessage error={save.error} />
      )}
    </form>
  )
}
