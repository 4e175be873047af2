import { useMemo } from 'react'
import {
  coverageGaps,
  untouchedCoverage,
  type GapOrder,
  type GapRow,
  type ItemCoverage,
} from '../../domain/coverage'
import type { FrameworkItem } from '../../domain/frameworks'
import { CoverageCell } from './CoverageCell'

/**
 * A framework's items as a grid of cells (GSEC areas, an OWASP edition); with gaps only, the
 * untouched and only-read ones, untouched first, by weight or position.
 */
export function CoverageList({
  label,
  items,
  coverage,
  weights,
  gapsOnly,
  order,
  selectedId,
  onChoose,
}: {
  label: string
  items: readonly FrameworkItem[]
  coverage: ReadonlyMap<string, ItemCoverage>
  weights?: ReadonlyMap<string, number>
  gapsOnly: boolean
  order: GapOrder
  selectedId: string | null
  onChoose: (item: FrameworkItem, from: HTMLElement) => void
}) {
  const rows = useMemo(() => {
    const all: GapRow[] = items.map((item, position) => ({
      item,
      position,
      weight: weights?.get(item.id),
      coverage: coverage.get(item.id) ?? untouchedCoverage(item.id),
    }))
    return gapsOnly ? coverageGaps(all, order) : all
  }, [items, coverage, weights, gapsOnly, order])
  if (rows.length === 0) return <p role="status">No gaps: every item here is past read.</p>
  return (
    <ul className="cov-grid" aria-label={label}>
      {rows.map((row) => (
        <li key={row.item.id}>
          <CoverageCell
            item={row.item}
            coverage={row.coverage}
            selected={selectedId === row.item.id}
            onChoose={onChoose}
          />
        </li>
      ))}
    </ul>
  )
}
