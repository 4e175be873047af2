import { SelectField } from '../../ui/SelectField'
import { formatCount } from '../../domain/numbers'
import { useState, type FormEvent } from 'react'
import type { ResourceProgressRecord } from '../../db/records'
import { unitLabels, unitOptions, type ProgressUnit } from '../../domain/progress'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { TextField } from '../../ui/TextField'
import type { Resource } from '../../db/resource'
import { useSetUnits } from './hooks'
import { useDirty, useDiscardGuard } from '../../ui/discard-changes'

/** Units done in the unit that fits the kind; the total is asked only when the resource lacks it. */
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
  const initialUnit =
    options.find((option) => option.unit === progress?.unit)?.unit ?? options[0]!.unit
  const [unit, setUnit] = useState<ProgressUnit>(initialUnit)
  const option = options.find((candidate) => candidate.unit === unit) ?? options[0]!
  const storedTotal = progress?.unit === unit ? progress.unitsTotal : undefined
  const [done, setDone] = useState(progress?.unit === unit ? String(progress.unitsDone ?? 0) : '0')
  const [total, setTotal] = useState(String(option.total ?? storedTotal ?? ''))
  const [errors, setErrors] = useState<{ done?: string; total?: string }>({})
  const save = useSetUnits()
  // Leaving with typed progress asks first (the saving rule's Discard check).
  const { dirty, settle } = useDirty({ unit, done, total })
  const guard = useDiscardGuard(dirty)

  const changeUnit = (next: ProgressUnit) => {
    const nextOption = options.find((candidate) => candidate.unit === next)
    setUnit(next)
    setDone(progress?.unit === next ? String(progress.unitsDone ?? 0) : '0')
    setTotal(
      String(nextOption?.total ?? (progress?.unit === next ? progress.unitsTotal : '') ?? ''),
    )
  }

  const submit = async (event: FormEvent) => {
    event.preventDefault()
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
    })
    settle({ unit, done, total })
    guard.release()
    onSaved('Progress saved.')
  }

  const noun = unitLabels[unit].toLowerCase()
  return (
    <form
      className="stack"
      noValidate
      onSubmit={(event) => void submit(event).catch(() => undefined)}
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
          onChange={setDone}
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
            onChange={setTotal}
            error={errors.total}
          />
        )}
      </div>
      <div className="form-actions">
        <button type="submit" disabled={save.isPending}>
          Save progress
        </button>
      </div>
      <ErrorMessage error={save.error} />
    </form>
  )
}
