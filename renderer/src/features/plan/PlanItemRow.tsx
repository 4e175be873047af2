import { useSortable } from '@dnd-kit/sortable'
import { CSS } from '@dnd-kit/utilities'
import { useEffect, useId, useRef, useState } from 'react'
import { Link } from 'react-router'
import { formatIsoDay } from '../../domain/dates'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useRemovePlanItem, useUpdatePlanItem } from './hooks'
import type { PlanRow } from './model'
import { statusLabels } from '../../domain/progress'
import { PlanItemEditor } from './PlanItemEditor'
import { formatMinutes } from '../../domain/durations'
import type { ItemForecast } from './scheduler'

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
  const id = useId()
  // An item without an estimate opens with its editors: it needs planned hours to be forecast.
  const [editing, setEditing] = useState(row.plannedMinutes === null)
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
      <div className="plan-item-summary">
        <p className="plan-item-targets">{targetsText(row)}</p>
        <button
          type="button"
          className="plan-item-edit"
          // Named after its item: a screen reader's list of buttons is not forty "Edit"s.
          aria-label={`Edit ${row.title}`}
          aria-expanded={editing}
          aria-controls={editing ? `${id}-editor` : undefined}
          onClick={() => setEditing((open) => !open)}
        >
          Edit
        </button>
      </div>
      {editing ? <PlanItemEditor row={row} id={id} /> : null}
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
        <button
          type="button"
          className="danger"
          onClick={(event) => remove.run(item.id, event.currentTarget)}
        >
          Remove
        </button>
      </div>
      <ErrorMessage error={update.error ?? remove.error} />
    </li>
  )
}

/** What the closed row says about the values its editors change. */
function targetsText(row: PlanRow): string {
  const { targetStart, targetFinish } = row.item
  const planned =
    row.plannedMinutes === null
      ? 'No estimate yet'
      : `${formatMinutes(row.plannedMinutes)} planned (${row.plannedIsDefault ? 'catalog' : 'your'} estimate)`
  const targets =
    targetStart && targetFinish
      ? `target ${formatIsoDay(targetStart)} – ${formatIsoDay(targetFinish)}`
      : targetStart
        ? `target start ${formatIsoDay(targetStart)}`
        : targetFinish
          ? `target finish ${formatIsoDay(targetFinish)}`
          : 'no target dates'
  return `${planned} · ${targets}`
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
