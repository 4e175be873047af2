import { formatCount } from '../../../domain/numbers'
import { CURRENT_SCHEMA_VERSION, tableNames } from '../../../db/database'
import { ErrorMessage } from '../../../ui/ErrorMessage'
import { useTimer } from '../../log'
import { describeProblem, useRecordCounts, useRestoreFlow } from '../hooks'
import { tableLabel } from './labels'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

type RestoreFlow = ReturnType<typeof useRestoreFlow>

function Problems({ flow }: { flow: RestoreFlow }) {
  const result = flow.check.data
  if (!result || result.ok) return null
  const more = result.total - result.problems.length
  return (
    <div role="alert" className="error-banner restore-problems">
      <h3>This backup cannot be restored</h3>
      <p>Nothing was changed. What is wrong:</p>
      <ul>
        {result.problems.map((problem, index) => (
          <li key={index}>{describeProblem(problem)}</li>
        ))}
      </ul>
      {more > 0 ? <p>…and {formatCount(more)} more problems.</p> : null}
    </div>
  )
}

/** What Replace would throw away, said before it does: the records now held, a running timer. */
function ReplaceDiscards({ current }: { current: Record<string, number> | undefined }) {
  const timer = useTimer()
  const held = current ? Object.values(current).reduce((sum, count) => sum + count, 0) : null
  return (
    <div className="notice" role="note" aria-label="What Replace discards">
      <p>
        Replace discards{' '}
        {held === null
          ? 'every record Bastion holds now'
          : `the ${formatCount(held)} records Bastion holds now`}{' '}
        (right column) and any text not yet saved in an open editor.
      </p>
      {timer.data ? (
        <p>
          <strong>A study timer is running</strong> (started {dateTime.format(timer.data.startedAt)}
          ): Replace stops it without logging a session. Stop it on the Log page first to keep that
          time.
        </p>
      ) : null}
    </div>
  )
}

function Review({ flow }: { flow: RestoreFlow }) {
  const source = flow.source
  const current = useRecordCounts(source !== null)
  if (!source) return null
  const { header, fromSchemaVersion, tables } = source.backup
  const total = tableNames.reduce((sum, name) => sum + tables[name].length, 0)
  const busy = flow.apply.isPending
  return (
    <section className="restore-review" aria-labelledby="restore-review-heading">
      <h3 id="restore-review-heading">Restore “{source.name}”?</h3>
      <p>
        Made {dateTime.format(new Date(header.exportedAt))} by Bastion {header.appVersion}:{' '}
        {formatCount(total)} records, checked and ready.
        {fromSchemaVersion < CURRENT_SCHEMA_VERSION
          ? ` It comes from an older version of Bastion's data (${fromSchemaVersion}) and will be upgraded.`
          : ''}
      </p>
      <table className="backup-counts">
        <caption>Records per table</caption>
        <thead>
          <tr>
            <th scope="col">Data</th>
            <th scope="col" className="number">
              In the backup
            </th>
            <th scope="col" className="number">
              In Bastion now
            </th>
          </tr>
        </thead>
        <tbody>
          {tableNames.map((name) => (
            <tr key={name}>
              <th scope="row">{tableLabel(name)}</th>
              <td className="number">{formatCount(tables[name].length)}</td>
              <td className="number">{current.data ? formatCount(current.data[name]) : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="restore-choices">
        <li>
          <strong>Replace</strong>: Bastion’s data becomes exactly what the backup holds; anything
          added since is removed.
          <ReplaceDiscards current={current.data} />
        </li>
        <li>
          <strong>Merge</strong>: the backup’s records are added; a record in both is taken from the
          backup; nothing is duplicated and records only Bastion has are kept.
        </li>
      </ul>
      <div className="confirm">
        <button
          type="button"
          className="danger"
          disabled={busy}
          onClick={() => flow.apply.mutate('replace')}
        >
          Replace my data
        </button>
        <button
          type="button"
          className="primary"
          disabled={busy}
          onClick={() => flow.apply.mutate('merge')}
        >
          Merge into my data
        </button>
        <button type="button" disabled={busy} onClick={flow.cancel}>
          Cancel
        </button>
      </div>
      {busy ? (
        <div className="backup-progress" role="status">
          {flow.progress ? (
            <progress
              aria-label="Restore progress"
              max={flow.progress.total}
              value={flow.progress.written}
            />
          ) : null}
          <span>
            {flow.progress
              ? `Restoring: ${formatCount(flow.progress.written)} of ${formatCount(flow.progress.total)} records written…`
              : 'Restoring…'}
          </span>
        </div>
      ) : null}
      <ErrorMessage error={flow.apply.error} />
    </section>
  )
}

/** The restore's summary and choice, its problems, or its outcome: whichever applies now. */
export function RestoreSteps({ flow }: { flow: RestoreFlow }) {
  const done = flow.apply.data
  const records = done ? Object.values(done.counts).reduce((sum, count) => sum + count, 0) : 0
  return (
    <>
      {flow.check.isPending ? <p role="status">Checking the backup…</p> : null}
      <ErrorMessage error={flow.check.error} />
      <Problems flow={flow} />
      <Review flow={flow} />
      {done ? (
        <p role="status" className="notice">
          Backup restored ({done.mode === 'replace' ? 'replaced' : 'merged'}):{' '}
          {formatCount(records)} records.
        </p>
      ) : null}
    </>
  )
}
