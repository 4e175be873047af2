import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { StudySessionRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { formatMinutes } from './stats'

/** Rows this close to the end of what is read ask for the next page. */
const READ_AHEAD = 30

/**
 * Sessions newest first, virtualized: only the rows in view are in the DOM (10,000 stay smooth).
 * The scrollbar spans all `total` sessions; rows not read yet ask for more as they come near.
 */
export function SessionList({
  sessions,
  total,
  onShowUpTo,
  titleOf,
  onEdit,
  onDelete,
}: {
  sessions: readonly StudySessionRecord[]
  total: number
  onShowUpTo: (rows: number) => void
  titleOf: (resourceId: string) => string
  onEdit: (session: StudySessionRecord) => void
  onDelete: (session: StudySessionRecord) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: Math.max(total, sessions.length),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 8,
    getItemKey: (index) => sessions[index]?.id ?? index,
  })
  const items = virtualizer.getVirtualItems()
  const lastInView = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    if (sessions.length < total && lastInView + READ_AHEAD >= sessions.length) {
      onShowUpTo(lastInView + READ_AHEAD)
    }
  }, [lastInView, sessions.length, total, onShowUpTo])
  return (
    <div ref={scrollRef} className="session-scroll" tabIndex={0} aria-label="Sessions, scrollable">
      <ul
        className="session-list"
        aria-label="Sessions"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {items.map((item) => {
          const session = sessions[item.index]
          if (!session) {
            return (
              <li
                key={item.key}
                ref={virtualizer.measureElement}
                data-index={item.index}
                aria-setsize={total}
                aria-posinset={item.index + 1}
                aria-busy="true"
                className="session-row session-row-pending"
                style={{ transform: `translateY(${item.start}px)` }}
              >
                <span className="muted">Reading older sessions…</span>
              </li>
            )
          }
          const day = formatIsoDay(session.date)
          const title = titleOf(session.resourceId)
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              className="session-row"
              style={{ transform: `translateY(${item.start}px)` }}
            >
              <div className="session-main">
                <p className="session-head">
                  <time dateTime={session.date}>{day}</time>
                  <span className="session-minutes">{formatMinutes(session.minutes)}</span>
                  <Link to={`/catalog/${encodeURIComponent(session.resourceId)}`}>{title}</Link>
                  {session.unitsAdvanced ? (
                    <span className="badge">+{session.unitsAdvanced} units</span>
                  ) : null}
                </p>
                <p className={session.covered ? 'session-covered' : 'session-covered muted'}>
                  {session.covered || 'Nothing noted about what was covered.'}
                </p>
              </div>
              <div className="session-actions">
                <button
                  type="button"
                  aria-label={`Edit session of ${day}, ${title}`}
                  onClick={() => onEdit(session)}
                >
                  Edit
                </button>
                <button
                  type="button"
                  className="danger"
                  aria-label={`Delete session of ${day}, ${title}`}
                  onClick={() => onDelete(session)}
                >
                  Delete
                </button>
              </div>
            </li>
          )
        })}
      </ul>
    </div>
  )
}
