import { countOf } from '../../domain/numbers'
import { Loading } from '../../ui/Loading'
import { useCallback, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import type { StudySessionRecord } from '../../db/records'
import { isIsoDay } from '../../domain/dates'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { ResourcePicker } from '../../ui/ResourcePicker'
import { useResourceTitle, useSortedResources } from '../catalog'
import { useDeleteSession, useSessionPage, useSessionTotals } from './hooks'
import { SessionForm } from './SessionForm'
import { SessionList } from './SessionList'
import { formatHours } from '../../domain/durations'
import { noResourceTitles } from '../../domain/resource-titles'
import type { Resource } from '../../db/resource'
import { TimerControl } from './TimerControl'
import './log.css'

type Editing = { mode: 'new' } | { mode: 'edit'; session: StudySessionRecord } | null

/** Sessions read per page; scrolling toward the end reads the next ones. */
const PAGE_SIZE = 100

/** How many sessions to read: one page, more as the list scrolls, back to one on a new filter. */
function usePageLimit(filterKey: string) {
  const [paging, setPaging] = useState({ filterKey, limit: PAGE_SIZE })
  const limit = paging.filterKey === filterKey ? paging.limit : PAGE_SIZE
  const showUpTo = useCallback(
    (rows: number) => {
      const wanted = Math.ceil(rows / PAGE_SIZE) * PAGE_SIZE + PAGE_SIZE
      if (wanted > limit) setPaging({ filterKey, limit: wanted })
    },
    [filterKey, limit],
  )
  return { limit, showUpTo }
}

function useDateFilter() {
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const fromOk = from === '' || isIsoDay(from)
  const toOk = to === '' || isIsoDay(to)
  const error =
    !fromOk || !toOk
      ? 'Enter each date in full, or clear it.'
      : from && to && from > to
        ? '"From" is after "To": no session can match. Swap them.'
        : null
  return {
    from,
    to,
    setFrom,
    setTo,
    error,
    applied: { from: fromOk ? from : '', to: toOk ? to : '' },
  }
}

const noResources: Resource[] = []

export default function LogPage() {
  const sorted = useSortedResources().data ?? noResources
  const titleOf = useResourceTitle().data ?? noResourceTitles
  const [resourceId, setResourceId] = useState('')
  const dates = useDateFilter()
  const filter = { resourceId, ...dates.applied }
  const paging = usePageLimit(`${resourceId}|${filter.from}|${filter.to}`)
  const sessions = useSessionPage(filter, paging.limit)
  const totals = useSessionTotals(filter)
  const [editing, setEditing] = useState<Editing>(null)
  const [message, setMessage] = useState('')
  const remove = useDeleteSession()
  const formRef = useRef<HTMLDivElement>(null)

  const list = useMemo(() => sessions.data ?? [], [sessions.data])
  // Until the count arrives (or while it lags a save), the rows read so far are the floor.
  const count = Math.max(totals.data?.count ?? 0, list.length)
  const filtered = resourceId !== '' || dates.from !== '' || dates.to !== ''

  // Stable handlers, so the list's memoized rows do not re-render for nothing.
  const openForm = useCallback((next: Editing) => {
    setEditing(next)
    setMessage('')
    requestAnimationFrame(() =>
      formRef.current?.querySelector<HTMLElement>('input, select')?.focus(),
    )
  }, [])
  const onEdit = useCallback(
    (session: StudySessionRecord) => openForm({ mode: 'edit', session }),
    [openForm],
  )
  const removeSession = remove.run
  const onDelete = useCallback(
    (session: StudySessionRecord, from: HTMLElement) =>
      removeSession(session.id, from, () => setMessage('')),
    [removeSession],
  )

  return (
    <>
      <PageHeader
        title="Log"
        intro="Every study session, newest first. Logged time moves your progress, streak and plan."
        actions={
          <button type="button" className="primary" onClick={() => openForm({ mode: 'new' })}>
            Log session
          </button>
        }
      />
      <div className="stack">
        <section className="card" aria-label="Timer">
          <TimerControl />
        </section>
        <div ref={formRef}>
          {editing ? (
            <SessionForm
              key={editing.mode === 'edit' ? editing.session.id : 'new'}
              heading={editing.mode === 'edit' ? 'Edit session' : 'Log a session'}
              session={editing.mode === 'edit' ? editing.session : null}
              onDone={(text) => {
                setEditing(null)
                setMessage(text)
              }}
            />
          ) : null}
        </div>
        <div role="status" className="log-status">
          {message}
        </div>
        <ErrorMessage error={remove.error ?? sessions.error ?? totals.error} />
        <div role="search" className="toolbar" aria-label="Filter sessions">
          <ResourcePicker
            label="Filter by resource"
            resources={sorted}
            value={resourceId}
            onChange={setResourceId}
            noneLabel="All resources"
          />
          <div className="field">
            <label htmlFor="log-filter-from">From</label>
            <input
              id="log-filter-from"
              type="date"
              value={dates.from}
              aria-invalid={dates.error ? true : undefined}
              aria-describedby={dates.error ? 'log-filter-error' : undefined}
              onChange={(event) => dates.setFrom(event.target.value)}
            />
          </div>
          <div className="field">
            <label htmlFor="log-filter-to">To</label>
            <input
              id="log-filter-to"
              type="date"
              value={dates.to}
              aria-invalid={dates.error ? true : undefined}
              aria-describedby={dates.error ? 'log-filter-error' : undefined}
              onChange={(event) => dates.setTo(event.target.value)}
            />
          </div>
          {filtered ? (
            <button
              type="button"
              onClick={() => {
                setResourceId('')
                dates.setFrom('')
                dates.setTo('')
              }}
            >
              Clear filters
            </button>
          ) : null}
        </div>
        {dates.error ? (
          <p id="log-filter-error" className="error-text">
            {dates.error}
          </p>
        ) : null}
        {sessions.isLoading ? (
          <Loading>Loading sessions…</Loading>
        ) : list.length === 0 ? (
          filtered ? (
            <EmptyState title="No sessions match">
              <p>No session matches this resource and date range. Clear the filters to see all.</p>
            </EmptyState>
          ) : (
            <EmptyState
              title="No study sessions logged"
              action={<Link to="/catalog">Pick a resource to study</Link>}
            >
              <p>
                Log a session or start the timer. Every session appears here, newest first, with
                what you covered; logged time moves your progress and your plan's forecast.
              </p>
            </EmptyState>
          )
        ) : (
          <>
            <p className="muted" aria-live="polite">
              {countOf(count, 'session', 'sessions')}
              {totals.data ? `, ${formatHours(totals.data.minutes)}` : ''}
            </p>
            <SessionList
              sessions={list}
              total={count}
              onShowUpTo={paging.showUpTo}
              titleOf={titleOf}
              onEdit={onEdit}
              onDelete={onDelete}
            />
          </>
        )}
      </div>
    </>
  )
}
