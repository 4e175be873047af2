import { SelectField } from '../../ui/SelectField'
import { countOf } from '../../domain/numbers'
import { useState } from 'react'
import type { ProgressEventRecord, ProgressStatus } from '../../db/records'
import { formatIsoDay, todayIso } from '../../domain/dates'
import { statusLabels, toPercent, unitLabels } from '../../domain/progress'
import { countsUnits, resourceProgress } from '../../domain/path-progress'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { ExternalLink } from '../../ui/ExternalLink'
import { useResource } from '../catalog'
import { CompleteForm } from './CompleteForm'
import { useProgress, useProgressHistory, useSessions, useSetStatus } from './hooks'
import { ProgressBar } from './ProgressBar'
import { SessionForm } from './SessionForm'
import { formatMinutes } from '../../domain/durations'
import { TimerControl } from './TimerControl'
import { UnitsForm } from './UnitsForm'
import './log.css'

const statuses = Object.keys(statusLabels) as ProgressStatus[]

function describeEvent(event: ProgressEventRecord): string {
  const parts: string[] = []
  if (event.status) parts.push(statusLabels[event.status])
  if (event.status === 'done' && event.completedOn)
    parts.push(`on ${formatIsoDay(event.completedOn)}`)
  if (event.unit && event.unitsDone !== undefined) {
    parts.push(
      event.unit === 'percent'
        ? `${event.unitsDone}%`
        : `${event.unitsDone}${event.unitsTotal ? ` of ${event.unitsTotal}` : ''} ${unitLabels[event.unit].toLowerCase()}`,
    )
  }
  if (event.note) parts.push(`(${event.note})`)
  return parts.join(', ')
}

function Certificate({ value }: { value: string }) {
  return /^https?:\/\//i.test(value) ? (
    <ExternalLink href={value}>{value}</ExternalLink>
  ) : (
    <>{value}</>
  )
}

/**
 * Status, progress units, sessions, timer and completion for one resource (its detail page).
 * `plannedMinutes` is what the Plan counts for it (its own hours or the catalog estimate), so
 * this page and the Plan show the same figure.
 */
export function ResourceStudyPanel({
  resourceId,
  plannedMinutes,
}: {
  resourceId: string
  plannedMinutes: number | null
}) {
  const resource = useResource(resourceId)
  const progress = useProgress(resourceId)
  const history = useProgressHistory(resourceId)
  const sessions = useSessions({ resourceId })
  const setStatus = useSetStatus()
  const [open, setOpen] = useState<'log' | 'complete' | null>(null)
  const [message, setMessage] = useState('')
  const value = resource.data
  if (!value || progress.isLoading) return null
  const record = progress.data ?? null
  const status = record?.status ?? 'not-started'
  const studied = (sessions.data ?? []).reduce((sum, session) => sum + session.minutes, 0)
  // The one progress rule (domain/path-progress), against the Plan's planned minutes.
  const fraction = resourceProgress({
    status,
    units: record ?? undefined,
    plannedMinutes,
    loggedMinutes: studied,
  })
  const count = sessions.data?.length ?? 0
  const unitsDetail =
    record?.unit && record.unitsDone !== undefined
      ? record.unit === 'percent'
        ? `${record.unitsDone}% done`
        : `${record.unitsDone} of ${record.unitsTotal ?? '?'} ${unitLabels[record.unit].toLowerCase()}`
      : !countsUnits(record ?? undefined) && plannedMinutes && studied > 0
        ? `${formatMinutes(studied)} of ${formatMinutes(plannedMinutes)} planned`
        : null

  return (
    <section className="card stack study-panel" aria-labelledby="study-heading">
      <h2 id="study-heading">Your progress</h2>
      <div className="status-row">
        <SelectField
          id="study-status"
          label="Status"
          value={status}
          onChange={(value) =>
            setStatus.mutate({
              resourceId,
              status: value as ProgressStatus,
              today: todayIso(),
            })
          }
        >
          {statuses.map((option) => (
            <option key={option} value={option}>
              {statusLabels[option]}
            </option>
          ))}
        </SelectField>
        <button
          type="button"
          onClick={() => setOpen(open === 'log' ? null : 'log')}
          aria-expanded={open === 'log'}
        >
          Log session
        </button>
        <button
          type="button"
          onClick={() => setOpen(open === 'complete' ? null : 'complete')}
          aria-expanded={open === 'complete'}
          disabled={status === 'done'}
        >
          Mark completed
        </button>
      </div>
      <ErrorMessage error={setStatus.error} />
      <ProgressBar
        label={`Progress of ${value.title}`}
        fraction={fraction}
        detail={
          status === 'skipped'
            ? 'Skipped: left out of your path percentage.'
            : status === 'done'
              ? `Completed${record?.completedOn ? ` on ${formatIsoDay(record.completedOn)}` : ''}.`
              : `${toPercent(fraction ?? 0)}% done${unitsDetail ? `: ${unitsDetail}` : ''}.`
        }
      />
      {record?.certificate ? (
        <p>
          Certificate: <Certificate value={record.certificate} />
        </p>
      ) : null}
      <p className="muted">
        {count === 0
          ? 'No sessions logged for this resource yet.'
          : `Studied ${formatMinutes(studied)} in ${countOf(count, 'session', 'sessions')}.`}
      </p>
      <p role="status" className="muted">
        {message}
      </p>
      {open === 'log' ? (
        <SessionForm
          heading="Log a session"
          resourceId={resourceId}
          onDone={(text) => {
            setOpen(null)
            setMessage(text)
          }}
        />
      ) : null}
      {open === 'complete' ? <CompleteForm resource={value} onDone={() => setOpen(null)} /> : null}
      <TimerControl resourceId={resourceId} />
      {status !== 'skipped' ? (
        <UnitsForm resource={value} progress={record} onSaved={setMessage} />
      ) : null}
      <details>
        <summary>Progress history ({history.data?.length ?? 0})</summary>
        {history.data && history.data.length > 0 ? (
          <ol className="history">
            {history.data.map((event) => (
              <li key={event.id}>
                <time dateTime={new Date(event.at).toISOString()}>
                  {new Date(event.at).toLocaleString(undefined, {
                    dateStyle: 'medium',
                    timeStyle: 'short',
                  })}
                </time>
                : {describeEvent(event)}
              </li>
            ))}
          </ol>
        ) : (
          <p className="muted">No changes yet. Every status or progress update is kept here.</p>
        )}
      </details>
    </section>
  )
}
