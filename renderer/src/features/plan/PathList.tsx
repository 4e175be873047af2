import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type DragEndEvent,
} from '@dnd-kit/core'
import {
  SortableContext,
  sortableKeyboardCoordinates,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable'
import { useMemo, useRef, useState } from 'react'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ResourcePicker } from '../../ui/ResourcePicker'
import { compareResources, type Resource } from '../../db/resource'
import { AddToPlanButton } from './AddToPlanButton'
import { useMovePlanItem } from './hooks'
import type { PlanRow } from './model'
import { PlanItemRow } from './PlanItemRow'
import type { ItemForecast } from './scheduler'

export function AddResourcePicker({ resources, rows }: { resources: Resource[]; rows: PlanRow[] }) {
  const [chosen, setChosen] = useState('')
  const available = useMemo(() => {
    const inPlan = new Set(rows.map((row) => row.item.resourceId))
    return resources.filter((r) => !inPlan.has(r.id)).sort(compareResources)
  }, [resources, rows])
  const selected = available.some((r) => r.id === chosen) ? chosen : ''
  const picker = useRef<HTMLDivElement>(null)
  // Added, the resource leaves the picker and its button goes: focus returns to the picker.
  const focusPicker = () => picker.current?.querySelector<HTMLElement>('[role="combobox"]')?.focus()
  return (
    <div className="plan-picker" ref={picker}>
      <ResourcePicker
        label="Resource to add"
        resources={available}
        value={selected}
        onChange={setChosen}
        placeholder="Choose a catalog or custom resource…"
      />
      {selected ? (
        <AddToPlanButton key={selected} resourceId={selected} onAdded={focusPicker} />
      ) : null}
    </div>
  )
}

export function PathList({ rows, forecasts }: { rows: PlanRow[]; forecasts: ItemForecast[] }) {
  const move = useMovePlanItem()
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  )
  const byItem = new Map(forecasts.map((f) => [f.itemId, f]))
  const titles = new Map(rows.map((row) => [row.item.id, row.title]))
  const ids = rows.map((row) => row.item.id)
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return
    move.mutate({ id: String(active.id), toIndex: ids.indexOf(String(over.id)) })
  }
  const name = (id: string | number) => titles.get(String(id)) ?? 'item'
  return (
    <>
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{
          announcements: {
            onDragStart: ({ active }) => `Picked up ${name(active.id)}.`,
            onDragOver: ({ active, over }) =>
              over
                ? `${name(active.id)} is over position ${ids.indexOf(String(over.id)) + 1}.`
                : `${name(active.id)} is not over the list.`,
            onDragEnd: ({ active, over }) =>
              over
                ? `${name(active.id)} moved to position ${ids.indexOf(String(over.id)) + 1}.`
                : `${name(active.id)} was dropped.`,
            onDragCancel: ({ active }) => `Moving ${name(active.id)} was cancelled.`,
          },
          screenReaderInstructions: {
            draggable:
              'To reorder, press space or enter to pick up, use the arrow keys to move, then space or enter to drop. Or use Move up and Move down.',
          },
        }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol className="plan-path" aria-label="Study path">
            {rows.map((row, index) => (
              <PlanItemRow
                key={row.item.id}
                row={row}
                forecast={byItem.get(row.item.id)}
                index={index}
                count={rows.length}
                onMove={(toIndex) => move.mutate({ id: row.item.id, toIndex })}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      <ErrorMessage error={move.error} />
    </>
  )
}
