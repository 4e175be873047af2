import { ErrorMessage } from '../../../ui/ErrorMessage'
import { useRequestPersistence, useStorageStatus } from '../hooks'
import '../backup.css'
import { formatBytes } from './storage'

const persistenceText = {
  granted: 'Granted: the browser will not clear Bastion’s data to make room.',
  denied:
    'Not granted: when the disk is nearly full, the browser may clear Bastion’s data. Export backups regularly.',
  unsupported: 'This browser cannot promise to keep the data. Export backups regularly.',
} as const

/** Settings: persistent storage and how much is used. */
export function StorageSection() {
  const status = useStorageStatus()
  const request = useRequestPersistence()
  const data = status.data
  const usage = data?.usageBytes ?? null
  const quota = data?.quotaBytes ?? null
  return (
    <section className="card stack backup-card" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {data ? (
        <dl className="facts">
          <dt>Persistent storage</dt>
          <dd>{persistenceText[data.persisted]}</dd>
          <dt>Used</dt>
          <dd>
            {usage !== null && quota !== null ? (
              <>
                {formatBytes(usage)} of {formatBytes(quota)} available to Bastion
                <meter
                  className="storage-meter"
                  aria-label="Storage used"
                  min={0}
                  max={quota}
                  value={usage}
                />
              </>
            ) : (
              'This browser does not say.'
            )}
          </dd>
        </dl>
      ) : (
        <p className="muted">Reading storage…</p>
      )}
      {data?.persisted === 'denied' ? (
        <div className="toolbar">
          <button type="button" disabled={request.isPending} onClick={() => request.mutate()}>
            Request persistent storage
          </button>
          {request.data === 'denied' ? (
            <span role="status">
              The browser said no; it may agree once Bastion is used more or installed.
            </span>
          ) : null}
        </div>
      ) : null}
      <ErrorMessage error={status.error} />
    </section>
  )
}
