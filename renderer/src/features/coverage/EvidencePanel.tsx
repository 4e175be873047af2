import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import {
  isGap,
  levelOfEvidence,
  type Evidence,
  type EvidenceKind,
  type ItemCoverage,
  type LevelThresholds,
} from '../../domain/coverage'
import { formatIsoDay } from '../../domain/dates'
import { formatMinutes } from '../../domain/durations'
import type { FrameworkItem } from '../../domain/frameworks'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ExternalLink } from '../../ui/ExternalLink'
import { Loading } from '../../ui/Loading'
import { AddToPlanButton } from '../plan'
import { useItemEvidence } from './hooks'
import { evidenceHeadings, itemTitle, levelLabels } from './labels'

const kindOrder: EvidenceKind[] = [
  'resource',
  'note',
  'quote',
  'indexEntry',
  'reviewCard',
  'practiceTest',
]

function linkOf(piece: Evidence): string {
  const id = encodeURIComponent(piece.id)
  switch (piece.kind) {
    case 'resource':
      return `/catalog/${id}`
    case 'note':
      return `/notes?note=${id}`
    case 'quote':
      return `/notes?quote=${id}`
    case 'indexEntry':
      return `/notes/index?entry=${id}`
    case 'reviewCard':
      return '/review'
    case 'practiceTest':
      return '/exam'
  }
}

/** What a piece of evidence adds, in a few words after its link. */
function detailOf(piece: Evidence, thresholds: LevelThresholds, item: FrameworkItem): string {
  const parts: string[] = []
  if (piece.kind === 'resource')
    parts.push(piece.minutes ? formatMinutes(piece.minutes) : 'no time logged yet')
  if (piece.kind === 'reviewCard' && piece.recall !== undefined)
    parts.push(`recall now ${Math.round(piece.recall * 100)} %`)
  if (piece.kind === 'practiceTest') {
    parts.push(`${piece.scorePercent} %, pass mark ${thresholds.passMarkPercent} %`)
    if (piece.weak) parts.push('named it weak')
  }
  if (piece.tag !== item.id) parts.push(`tagged ${piece.tag}`)
  if (piece.day) parts.push(`last ${formatIsoDay(piece.day)}`)
  const level = levelOfEvidence(piece, thresholds)
  parts.push(level === 'untouched' ? 'adds no level' : `makes it ${level}`)
  return parts.join(' · ')
}

/** Each record once, though it may be reached through two of the item's tags. */
function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>()
  return evidence.filter((piece) => {
    const key = `${piece.kind}:${piece.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/**
 * Everything behind the chosen item, each a link to the record (read when the item is chosen);
 * for a gap, the resources tagged with it, each with Add to plan.
 */
export function EvidencePanel({
  item,
  coverage,
  thresholds,
  onClose,
}: {
  item: FrameworkItem
  coverage: ItemCoverage
  thresholds: LevelThresholds
  onClose: () => void
}) {
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    heading.current?.focus()
  }, [item.id])
  const { evidence, error } = useItemEvidence(item.id)
  const headingId = `evidence-${item.id}`
  return (
    <section
      className="card cov-evidence"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose()
      }}
    >
      <div className="cov-evidence-head">
        <h2 id={headingId} ref={heading} tabIndex={-1}>
          {itemTitle(item)}
        </h2>
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
      <p>
        <strong>{levelLabels[coverage.level]}</strong>
        {coverage.minutes > 0 ? `, ${formatMinutes(coverage.minutes)} logged` : ''}
        {coverage.lastTouched ? `, last touched ${formatIsoDay(coverage.lastTouched)}` : ''}.{' '}
        <ExternalLink href={item.url}>
          About it on {item.framework === 'gsec' ? 'GIAC' : item.frameworkName}
        </ExternalLink>
      </p>
      <ErrorMessage error={error} />
      {evidence ? (
        <EvidenceLists
          item={item}
          coverage={coverage}
          evidence={uniqueEvidence(evidence)}
          thresholds={thresholds}
        />
      ) : error ? null : (
        <Loading>Reading its evidence…</Loading>
      )}
    </section>
  )
}

function EvidenceLists({
  item,
  coverage,
  evidence,
  thresholds,
}: {
  item: FrameworkItem
  coverage: ItemCoverage
  evidence: readonly Evidence[]
  thresholds: LevelThresholds
}) {
  const resources = evidence.filter((piece) => piece.kind === 'resource')
  return (
    <>
      {evidence.length === 0 ? (
        <p className="muted">
          Nothing is tagged with it yet. Tag a resource, note, quote or index entry with{' '}
          <code>{item.id}</code> and it shows here.
        </p>
      ) : (
        kindOrder.map((kind) => {
          const pieces = evidence.filter((piece) => piece.kind === kind)
          if (pieces.length === 0) return null
          return (
            <div key={kind}>
              <h3>{evidenceHeadings[kind]}</h3>
              <ul className="cov-evidence-list">
                {pieces.map((piece) => (
                  <li key={piece.id}>
                    <Link to={linkOf(piece)}>{piece.label}</Link>{' '}
                    <span className="muted">{detailOf(piece, thresholds, item)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )
        })
      )}
      {isGap(coverage.level) ? <GapPlan resources={resources} /> : null}
    </>
  )
}

/** "Add to plan" from a gap: the resources tagged with the item. */
function GapPlan({ resources }: { resources: readonly Evidence[] }) {
  return (
    <div className="cov-gap-plan">
      <h3>Add to plan</h3>
      {resources.length === 0 ? (
        <p className="muted">
          No resource in your catalog is tagged with it. Tag one in the{' '}
          <Link to="/catalog">Catalog</Link> to plan it from here.
        </p>
      ) : (
        <ul className="cov-evidence-list">
          {resources.map((piece) => (
            <li key={piece.id}>
              <Link to={linkOf(piece)}>{piece.label}</Link>
              <AddToPlanButton resourceId={piece.id} />
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
