import { SelectField } from '../../ui/SelectField'
import { useState } from 'react'
import { isIsoDay } from '../../domain/dates'
import { statusLabels } from '../../domain/progress'
import type { ProgressStatus } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { minutesToHoursInput, parseHoursInput } from './estimate'
import { useSetResourceStatus, useUpdatePlanItem } from './hooks'
import type { PlanRow } from './model'

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

  const commitHours = () => {
    if (hours === null) return
    const parsed = parseHoursInput(hours)
    if (!parsed.ok) return setHoursError(parsed.error)
    setHoursError(null)
    update.mutate(
      { id: item.id, patch: { plannedMinutes: parsed.minutes } },
      { onSuccess: () => setHours(null) },
    )
  }

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
    update.mutate({ id: item.id, patch: { [field]: value || undefined } })
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
            onChange={(event) => setHours(event.target.value)}
            onBlur={commitHours}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commitHours()
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
      <ErrorMessage error={update.error ?? setStatus.error} />
    </div>
  )
}
