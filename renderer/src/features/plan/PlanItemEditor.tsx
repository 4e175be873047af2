import { SelectField } from '../../ui/SelectField'
import { useState } from 'react'
import { isIsoDay } from '../../domain/dates'
import { statusLabels } from '../../domain/progress'
import type { ProgressStatus } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { RecordConflictPanel, type ShownField } from '../../ui/RecordConflictPanel'
import { RevisionConflictError, type RevisionBase } from '../../db/revision'
import type { PlanItemRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { formatMinutes } from '../../domain/durations'
import { minutesToHoursInput, parseHoursInput } from './estimate'
import { useSetResourceStatus, useUpdatePlanItem } from './hooks'
import type { PlanRow } from './model'
import { planItemBase } from './repository'

/** A plan item's fields as a person reads them, for the conflict panel. */
function shownItem(item: PlanItemRecord): ShownField[] {
  return [
    {
      label: 'Planned hours',
      value:
        item.plannedMinutes === undefined ? 'Catalog estimate' : formatMinutes(item.plannedMinutes),
    },
    { label: 'Target start', value: item.targetStart ? formatIsoDay(item.targetStart) : '' },
    { label: 'Target finish', value: item.targetFinish ? formatIsoDay(item.targetFinish) : '' },
  ]
}

/** The newer of two bases: the item as shown, or what this editor's own last save stored. */
function newer(shown: RevisionBase, saved: RevisionBase | null): RevisionBase {
  return saved && saved.revision > shown.revision ? saved : shown
}

/**
 * One plan item's editors (planned hours, target dates, status). Rendered only while the
 * item's "Edit" disclosure is open: 40 rows of date inputs and selects made the Plan's first
 * layout the slowest page switch, and they are edited one item at a time.
 */
export function PlanItemEditor({ row, id }: { row: PlanRow; id: string }) {
  const { item } = row
  const update = useUpdatePlanItem()
  const setStatus = useSetResourceStatus()
  const [hours, setHours] = useState<string | null>(null)
  // Typed hours are held until Enter or leaving the field: they carry the revision they were
  // typed from, so a change saved meanwhile in another window is shown, never overwritten.
  const [savedBase, setSavedBase] = useState<RevisionBase | null>(null)
  const [typedFrom, setTypedFrom] = useState<RevisionBase | null>(null)
  const currentBase = newer(planItemBase(item), savedBase)
  const theirs =
    update.error instanceof RevisionConflictError ? (update.error.theirs as PlanItemRecord) : null
  const [hoursError, setHoursError] = useState<string | null>(null)
  const [dateError, setDateError] = useState<string | null>(null)
  const shownHours =
    hours ?? (row.plannedMinutes === null ? '' : minutesToHoursInput(row.plannedMinutes))
  const needsEstimate = row.plannedMinutes === null
  // The dates as last entered here: a second date typed before the first one's save comes back
  // from the database is still checked against it. Changes from elsewhere replace them.
  const stored = { start: item.targetStart, finish: item.targetFinish }
  const storedKey = `${stored.start ?? ''}|${stored.finish ?? ''}`
  const [dates, setDates] = useState({ key: storedKey, ...stored })
  if (dates.key !== storedKey && !update.isPending) setDates({ key: storedKey, ...stored })

  const commitHours = (base = typedFrom ?? currentBase) => {
    if (hours === null) return
    const parsed = parseHoursInput(hours)
    if (!parsed.ok) return setHoursError(parsed.error)
    setHoursError(null)
    return update
      .mutateAsync({ id: item.id, patch: { plannedMinutes: parsed.minutes }, base })
      .then((saved) => {
        setSavedBase(saved)
        setTypedFrom(null)
        setHours(null)
      })
  }
  // While a conflict is shown, leaving the field waits for the person's choice.
  const commitTypedHours = () => {
    if (!theirs) void commitHours()?.catch(() => undefined)
  }
  const typedMinutes = hours === null ? null : parseHoursInput(hours)

  const commitDate = (field: 'targetStart' | 'targetFinish', value: string) => {
    if (value !== '' && !isIsoDay(value)) return setDateError('Enter a whole date.')
    const next = {
      start: dates.start,
      finish: dates.finish,
      [field === 'targetStart' ? 'start' : 'finish']: value || undefined,
    }
    if (next.start && next.finish && next.finish < next.start) {
      return setDateError(
        'The target finish must be on or after the target start. Nothing was changed.',
      )
    }
    setDateError(null)
    setDates({ ...next, key: dates.key })
    update.mutate(
      { id: item.id, patch: { [field]: value || undefined } },
      { onSuccess: setSavedBase },
    )
  }

  return (
    <div id={`${id}-editor`} className="plan-item-editor">
      <div className="plan-item-fields">
        <div className="field">
          <label htmlFor={`${id}-hours`}>Planned hours</label>
          <input
            id={`${id}-hours`}
            inputMode="decimal"
            value={shownHours}
            placeholder="Hours"
            aria-invalid={hoursError || needsEstimate ? true : undefined}
            aria-describedby={`${id}-hours-note`}
            onChange={(event) => {
              if (hours === null) setTypedFrom(currentBase)
              setHours(event.target.value)
            }}
            onBlur={commitTypedHours}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitTypedHours()
            }}
          />
          <small
            id={`${id}-hours-note`}
            className={hoursError || needsEstimate ? 'error-text' : 'muted'}
          >
            {hoursError ??
              (needsEstimate
                ? 'No estimate: enter planned hours so the forecast can include it.'
                : row.plannedIsDefault
                  ? 'Catalog estimate'
                  : 'Your estimate')}
          </small>
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Target start</label>
          <input
            id={`${id}-start`}
            type="date"
            value={dates.start ?? ''}
            onChange={(e) => commitDate('targetStart', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-finish`}>Target finish</label>
          <input
            id={`${id}-finish`}
            type="date"
            value={dates.finish ?? ''}
            onChange={(e) => commitDate('targetFinish', e.target.value)}
          />
        </div>
        <SelectField
          id={`${id}-status`}
          label="Status"
          value={row.status}
          onChange={(value) =>
            setStatus.mutate({ resourceId: item.resourceId, status: value as ProgressStatus })
          }
        >
          {Object.entries(statusLabels).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      {dateError ? <p className="error-text">{dateError}</p> : null}
      {theirs ? (
        <RecordConflictPanel
          what="plan item"
          mine={shownItem({
            ...theirs,
            plannedMinutes: typedMinutes?.ok ? typedMinutes.minutes : theirs.plannedMinutes,
          })}
          theirs={shownItem(theirs)}
          onChoose={async (choice) => {
            if (choice === 'mine') return commitHours(planItemBase(theirs))
            setHours(null)
            setTypedFrom(null)
            update.reset()
          }}
        />
      ) : (
        <ErrorMessage error={update.error ?? setStatus.error} />
      )}
    </div>
  )
}
