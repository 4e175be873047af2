import { useId } from 'react'
import type { ItemCoverage } from '../../domain/coverage'
import { formatIsoDay } from '../../domain/dates'
import { formatMinutes } from '../../domain/durations'
import type { FrameworkItem } from '../../domain/frameworks'
import { cellName, levelLabels } from './labels'

/**
 * One item: its level by colour and by word, the minutes logged on it and when it was last
 * touched. Choosing it lists its evidence. Its accessible name states the item and its level.
 */
export function CoverageCell({
  item,
  coverage,
  selected,
  onChoose,
  compact = false,
}: {
  item: FrameworkItem
  coverage: ItemCoverage
  selected: boolean
  onChoose: (item: FrameworkItem, from: HTMLElement) => void
  compact?: boolean
}) {
  const detailsId = useId()
  const code = item.framework === 'gsec' ? null : item.id
  return (
    <button
      type="button"
      className={`cov-cell level-${coverage.level}${compact ? ' compact' : ''}`}
      aria-label={cellName(item, coverage.level)}
      aria-describedby={detailsId}
      aria-pressed={selected}
      data-item={item.id}
      onClick={(event) => onChoose(item, event.currentTarget)}
    >
      {code ? <span className="cov-code">{code}</span> : null}
      <span className="cov-name">{item.name}</span>
      <span className="cov-level">{levelLabels[coverage.level]}</span>
      <span className="cov-meta" id={detailsId}>
        {coverage.minutes > 0 ? formatMinutes(coverage.minutes) : 'no time'}
        {coverage.lastTouched ? ` · ${formatIsoDay(coverage.lastTouched)}` : ''}
      </span>
    </button>
  )
}
