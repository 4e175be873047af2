import { useState } from 'react'
import {
  isGap,
  untouchedCoverage,
  type AtlasColumn,
  type ItemCoverage,
} from '../../domain/coverage'
import type { FrameworkItem } from '../../domain/frameworks'
import { CoverageCell } from './CoverageCell'

/**
 * The ATLAS matrix: a column per tactic, its techniques beneath, each technique's
 * sub-techniques folded under a toggle (a technique's level includes theirs).
 */
export function AtlasMatrix({
  columns,
  coverage,
  selectedId,
  gapsOnly,
  onChoose,
}: {
  columns: readonly AtlasColumn[]
  coverage: ReadonlyMap<string, ItemCoverage>
  selectedId: string | null
  gapsOnly: boolean
  onChoose: (item: FrameworkItem, from: HTMLElement) => void
}) {
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set())
  const toggle = (key: string) =>
    setOpen((current) => {
      const next = new Set(current)
      if (next.has(key)) next.delete(key)
      else next.add(key)
      return next
    })
  const of = (id: string) => coverage.get(id) ?? untouchedCoverage(id)
  const shown = (id: string) => !gapsOnly || isGap(of(id).level)
  return (
    <div className="cov-matrix" role="group" aria-label="MITRE ATLAS matrix">
      {columns.map(({ tactic, techniques }) => {
        const visible = techniques.filter(
          (cell) => shown(cell.technique.id) || cell.subtechniques.some((sub) => shown(sub.id)),
        )
        return (
          <section key={tactic.id} className="cov-column" aria-labelledby={`tactic-${tactic.id}`}>
            <h3 id={`tactic-${tactic.id}`} className="cov-tactic">
              <span className="cov-code">{tactic.id}</span> {tactic.name}
            </h3>
            <ul>
              {visible.map(({ technique, subtechniques }) => {
                const key = `${tactic.id}/${technique.id}`
                const expanded = open.has(key)
                const subs = subtechniques.filter((sub) => shown(sub.id))
                return (
                  <li key={technique.id}>
                    <CoverageCell
                      item={technique}
                      coverage={of(technique.id)}
                      selected={selectedId === technique.id}
                      onChoose={onChoose}
                      compact
                    />
                    {subs.length > 0 ? (
                      <>
                        <button
                          type="button"
                          className="cov-fold"
                          aria-expanded={expanded}
                          aria-label={`${expanded ? 'Hide' : 'Show'} ${subs.length} sub-technique${subs.length === 1 ? '' : 's'} of ${technique.id} ${technique.name}`}
                          onClick={() => toggle(key)}
                        >
                          {expanded ? '▾' : '▸'} {subs.length} sub-technique
                          {subs.length === 1 ? '' : 's'}
                        </button>
                        {expanded ? (
                          <ul className="cov-subs">
                            {subs.map((sub) => (
                              <li key={sub.id}>
                                <CoverageCell
                                  item={sub}
                                  coverage={of(sub.id)}
                                  selected={selectedId === sub.id}
                                  onChoose={onChoose}
                                  compact
                                />
                              </li>
                            ))}
                          </ul>
                        ) : null}
                      </>
                    ) : null}
                  </li>
                )
              })}
              {visible.length === 0 ? <li className="muted">No gaps here.</li> : null}
            </ul>
          </section>
        )
      })}
    </div>
  )
}
