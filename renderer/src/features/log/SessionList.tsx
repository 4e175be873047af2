import { useVirtualizer } from '@tanstack/react-virtual'
import { useRef } from 'react'
import { Link } from 'react-router'
import type { StudySessionRecord } from '../../db/records'
import { formatIsoDay } from '../../domain/dates'
import { formatMinutes } from './stats'

/** Sessions newest first, virtualized: only the rows in view are in the DOM (10,000 stay smooth). */
export function SessionList({
  sessions,
  titleOf,
  onEdit,
  onDelete,
}: {
  sessions: readonly StudySessionRecord[]
  titleOf: (resourceId: string) => string
  onEdit: (session: StudySessionRecord) => void
  onDelete: (session: StudySessionRecord) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const virtualizer = useVirtualizer({
    count: sessions.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 84,
    overscan: 8,
    getItemKey: (index) => sessions[index]?.id ?? index,
  })
  return (
    <div ref={scrollRef} className="session-scroll" tabIndex={0} aria-label="Sessions, scrollable">
      <ul
        className="session-list"
        aria-label="Sessions"
        style={{ height: virtualizer.getTotalSize() }}
      >
        {virtualizer.getVirtualItems().map((item) => {
          const session = sessions[item.index]!
          const day = formatIsoDay(session.date)
          const title = titleOf(session.resourceId)
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={sessions.length}
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
