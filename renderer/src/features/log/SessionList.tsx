import {
  measureElement as measureFromLayout,
  useVirtualizer,
  type Virtualizer,
} from '@tanstack/react-virtual'
import { memo, useEffect, useRef } from 'react'
import { Link } from 'react-router'
import type { StudySessionRecord } from '../../db/records'
import { formatMinutes } from '../../domain/durations'

/** Rows this close to the end of what is read ask for the next page. */
const READ_AHEAD = 30
/** A row's height until it is measured: a one-line heading and one line of what was covered. */
const ESTIMATED_ROW = 84

/**
 * A row's height from the ResizeObserver, after the browser's own layout; never by reading the
 * layout as React attaches the row, which forced a whole-page layout inside the Log's first
 * commit. The rows flow one after another, so they are drawn right before they are measured.
 */
function measureAfterLayout(
  element: Element,
  entry: ResizeObserverEntry | undefined,
  instance: Virtualizer<HTMLDivElement, Element>,
): number {
  if (entry) return measureFromLayout(element, entry, instance)
  return instance.measurementsCache[instance.indexFromElement(element)]?.size ?? ESTIMATED_ROW
}

// Stored days are valid ISO days: read as UTC midnight and formatted in UTC, the calendar day
// never shifts, and one formatter serves every row.
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' })

interface RowProps {
  session: StudySessionRecord
  title: string
  onEdit: (session: StudySessionRecord) => void
  onDelete: (session: StudySessionRecord, from: HTMLElement) => void
}

/** One session; the query keeps unchanged sessions identical, so a save re-renders only new rows. */
const SessionRow = memo(function SessionRow({ session, title, onEdit, onDelete }: RowProps) {
  const day = dayFormat.format(new Date(`${session.date}T00:00:00Z`))
  return (
    <>
      <div className="session-main">
        <p className="session-head">
          <time dateTime={session.date}>{day}</time>
          <span className="session-minutes">{formatMinutes(session.minutes)}</span>
          <Link to={`/catalog/${encodeURIComponent(session.resourceId)}`}>{title}</Link>
          {session.unitsAdvanced ? (
            <span className="badge">
              +{session.unitsAdvanced} {session.unitsAdvanced === 1 ? 'unit' : 'units'}
            </span>
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
          onClick={(event) => onDelete(session, event.currentTarget)}
        >
          Delete
        </button>
      </div>
    </>
  )
})

/**
 * Sessions newest first, virtualized: only the rows in view are in the DOM (10,000 stay smooth).
 * Sessions are read a page at a time: a last row stands for the older ones and, as it comes
 * near, asks for the next page.
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
  onDelete: (session: StudySessionRecord, from: HTMLElement) => void
}) {
  const scrollRef = useRef<HTMLDivElement>(null)
  const more = sessions.length < total
  const virtualizer = useVirtualizer({
    count: sessions.length + (more ? 1 : 0),
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_ROW,
    measureElement: measureAfterLayout,
    overscan: 8,
    getItemKey: (index) => sessions[index]?.id ?? 'older',
    // The box's CSS height (min(70vh, 720px)), so the first render already holds the rows in
    // view instead of measuring, rendering again and laying the page out a second time.
    initialRect: { width: 0, height: Math.min(window.innerHeight * 0.7, 720) },
  })
  const items = virtualizer.getVirtualItems()
  const lastInView = items[items.length - 1]?.index ?? 0
  useEffect(() => {
    if (more && lastInView + READ_AHEAD >= sessions.length) onShowUpTo(lastInView + READ_AHEAD)
  }, [more, lastInView, sessions.length, onShowUpTo])
  return (
    <div ref={scrollRef} className="session-scroll" tabIndex={0} aria-label="Sessions, scrollable">
      {/* The rows in view flow from the first one's offset (the padding) within the full height. */}
      <ul
        className="session-list"
        aria-label="Sessions"
        style={{ height: virtualizer.getTotalSize(), paddingTop: items[0]?.start ?? 0 }}
      >
        {items.map((item) => {
          const session = sessions[item.index]
          return (
            <li
              key={item.key}
              ref={virtualizer.measureElement}
              data-index={item.index}
              aria-setsize={total}
              aria-posinset={item.index + 1}
              aria-busy={session ? undefined : true}
              className={session ? 'session-row' : 'session-row session-row-pending'}
            >
              {session ? (
                <SessionRow
                  session={session}
                  title={titleOf(session.resourceId)}
                  onEdit={onEdit}
                  onDelete={onDelete}
                />
              ) : (
                <span className="muted">Reading older sessions…</span>
              )}
            </li>
          )
        })}
      </ul>
    </div>
  )
}
