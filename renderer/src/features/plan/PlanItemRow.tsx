import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { formatIsoDay, isIsoDay } from '../../domain/dates'
import type { ProgressStatus } from '../../db/records'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { minutesToHoursInput, parseHoursInput } from './estimate'
import { useRemovePlanItem, useSetResourceStatus, useUpdatePlanItem } from './hooks'
import type { PlanRow } from './model'
import { formatMinutes } from './pace'
import type { ItemForecast } from './scheduler'

export const statusLabels: Record<ProgressStatus, string> = {
  'not-started': 'Not started',
  'in-progress': 'In progress',
  done: 'Done',
  skipped: 'Skipped',
}

interface Props {
  row: PlanRow
  forecast: ItemForecast | undefined
  index: number
  count: number
  onMove: (toIndex: number) => void
}

export function PlanItemRow({ row, forecast, index, count, onMove }: Props) {
  const { item } = row
  const sortable = useSortable({ id: item.id })
  const update = useUpdatePlanItem()
  const remove = useRemovePlanItem()
  const setStatus = useSetResourceStatus()
  const id = useId()
  const [hours, setHours] = useState<string | null>(null)
  const [hoursError, setHoursError] = useState<string | null>(null)
  const [dateError, setDateError] = useState<string | null>(null)
  const [confirmRemove, setConfirmRemove] = useState(false)
  // Keyboard users keep their place: after a move, focus returns to the moved item's button.
  const focusAfterMove = useRef<'up' | 'down' | null>(null)
  const upRef = useRef<HTMLButtonElement>(null)
  const downRef = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    const wanted = focusAfterMove.current
    if (!wanted) return
    focusAfterMove.current = null
    const first = wanted === 'up' ? upRef.current : downRef.current
    const other = wanted === 'up' ? downRef.current : upRef.current
    ;(first && !first.disabled ? first : other)?.focus()
  }, [index])
  const moveBy = (delta: -1 | 1) => {
    focusAfterMove.current = delta < 0 ? 'up' : 'down'
    onMove(index + delta)
  }
  const shownHours =
    hours ?? (row.plannedMinutes === null ? '' : minutesToHoursInput(row.plannedMinutes))
  const needsEstimate = row.plannedMinutes === null

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
      start: item.targetStart,
      finish: item.targetFinish,
      [field === 'targetStart' ? 'start' : 'finish']: value || undefined,
    }
    if (next.start && next.finish && next.finish < next.start) {
      return setDateError(
        'The target finish must be on or after the target start. Nothing was changed.',
      )
    }
    setDateError(null)
    update.mutate({ id: item.id, patch: { [field]: value || undefined } })
  }

  const style = {
    transform: CSS.Transform.toString(sortable.transform),
    transition: sortable.transition,
  }
  const titleId = `${id}-title`
  return (
    <li
      ref={sortable.setNodeRef}
      style={style}
      className={`card plan-item${sortable.isDragging ? ' dragging' : ''}`}
      aria-labelledby={titleId}
    >
      <div className="plan-item-head">
        <button
          type="button"
          className="drag-handle"
          aria-label={`Drag ${row.title}`}
          {...sortable.attributes}
          {...sortable.listeners}
        >
          <span aria-hidden="true">⋮⋮</span>
        </button>
        <span className="plan-item-number" aria-hidden="true">
          {index + 1}
        </span>
        <h3 id={titleId} className="plan-item-title">
          {row.resource ? (
            <Link to={`/catalog/${encodeURIComponent(row.resource.id)}`}>{row.title}</Link>
          ) : (
            row.title
          )}
        </h3>
        <span className={`badge status-${row.status}`}>{statusLabels[row.status]}</span>
      </div>
      <p className="plan-item-forecast">{forecastText(row, forecast)}</p>
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
            value={item.targetStart ?? ''}
            onChange={(e) => commitDate('targetStart', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-finish`}>Target finish</label>
          <input
            id={`${id}-finish`}
            type="date"
            value={item.targetFinish ?? ''}
            onChange={(e) => commitDate('targetFinish', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-status`}>Status</label>
          <select
            id={`${id}-status`}
            value={row.status}
            onChange={(e) =>
              setStatus.mutate({
                resourceId: item.resourceId,
                status: e.target.value as ProgressStatus,
              })
            }
          >
            {Object.entries(statusLabels).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      {dateError ? <p className="error-text">{dateError}</p> : null}
      <div className="plan-item-actions">
        <button ref={upRef} type="button" disabled={index === 0} onClick={() => moveBy(-1)}>
          Move up
        </button>
        <button
          ref={downRef}
          type="button"
          disabled={index === count - 1}
          onClick={() => moveBy(1)}
        >
          Move down
        </button>
        {!row.plannedIsDefault && row.resource && (row.resource.hours || row.resource.pages) ? (
          <button
            type="button"
            onClick={() => update.mutate({ id: item.id, patch: { plannedMinutes: undefined } })}
          >
            Use catalog estimate
          </button>
        ) : null}
        {confirmRemove ? (
          <span role="group" aria-label="Confirm remove" className="confirm">
            <span>Remove from the plan? Logged study is kept.</span>
            <button type="button" className="danger" onClick={() => remove.mutate(item.id)}>
              Yes, remove
            </button>
            <button type="button" onClick={() => setConfirmRemove(false)}>
              Cancel
            </button>
          </span>
        ) : (
          <button type="button" className="danger" onClick={() => setConfirmRemove(true)}>
            Remove
          </button>
        )}
      </div>
      <ErrorMessage error={update.error ?? remove.error ?? setStatus.error} />
    </li>
  )
}

function forecastText(row: PlanRow, forecast: ItemForecast | undefined): string {
  const logged = row.loggedMinutes > 0 ? ` · ${formatMinutes(row.loggedMinutes)} logged` : ''
  if (row.status === 'done') return `Done${logged}`
  if (row.status === 'skipped') return 'Skipped: left out of the forecast'
  if (row.remainingMinutes === null) return 'Not in the forecast until it has an estimate'
  if (row.remainingMinutes === 0) return `Nothing left to study${logged}`
  const left = `${formatMinutes(row.remainingMinutes)} left${logged}`
  if (!forecast?.start) return `${left} · no study time available to schedule it`
  if (!forecast.finish)
    return `${left} · starts ${formatIsoDay(forecast.start)}, does not finish within 5 years`
  const late =
    forecast.lateByDays > 0 ? ` · ${forecast.lateByDays} days after its target finish` : ''
  return `${left} · forecast ${formatIsoDay(forecast.start)} – ${formatIsoDay(forecast.finish)}${late}`
}
