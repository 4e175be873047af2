import { countOf } from '../../domain/numbers'
import { useRef } from 'react'
import { formatDistanceToNow } from 'date-fns'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useExportBackup, useLastExport, useRestoreFlow } from './hooks'
import { RestoreSteps } from './restore/RestoreSteps'
import { formatBytes } from './storage/storage'
import './backup.css'

function ExportBackup() {
  const lastExport = useLastExport()
  const exporter = useExportBackup(lastExport.save)
  const result = exporter.data
  return (
    <div className="stack">
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          disabled={exporter.isPending}
          onClick={() => exporter.mutate()}
        >
          Export backup
        </button>
        <span className="muted">
          {lastExport.value
            ? `Last exported ${formatDistanceToNow(lastExport.value, { addSuffix: true })}.`
            : 'Not exported from this device yet.'}
        </span>
      </div>
      {exporter.progress ? (
        <div className="backup-progress" role="status">
          <progress
            aria-label="Export progress"
            max={exporter.progress.total}
            value={exporter.progress.done}
          />
          <span>
            Reading your data ({exporter.progress.done} of {exporter.progress.total} tables read)…
          </span>
        </div>
      ) : null}
      {result && !exporter.isPending ? (
        <p role="status">
          {result.saved
            ? `Backup saved as ${result.fileName} (${formatBytes(result.bytes)}, ${countOf(result.records, 'record', 'records')}).`
            : 'Export cancelled: no file was saved.'}
        </p>
      ) : null}
      <ErrorMessage error={exporter.error} />
    </div>
  )
}

function RestoreBackup() {
  const flow = useRestoreFlow()
  const input = useRef<HTMLInputElement>(null)
  const onFile = (file: File | undefined) => {
    if (file) flow.start({ name: file.name, size: file.size, read: () => file.text() })
  }
  return (
    <div className="stack">
      <div className="toolbar">
        <button
          type="button"
          onClick={() => input.current?.click()}
          disabled={flow.apply.isPending}
        >
          Restore backup
        </button>
        <span className="muted">Checked completely before anything changes.</span>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          aria-label="Backup file to restore"
          className="visually-hidden"
          tabIndex={-1}
          onChange={(event) => {
            onFile(event.target.files?.[0])
            event.target.value = ''
          }}
        />
      </div>
      <RestoreSteps flow={flow} />
    </div>
  )
}

/** Settings: export the whole database to one file, and restore one. */
export function BackupSection() {
  return (
    <section className="card stack backup-card" aria-labelledby="backup-heading">
      <h2 id="backup-heading">Backup and restore</h2>
      <p className="muted">
        A backup is one JSON file with everything: resources, plan, sessions, notes, exam and costs.
        Keep copies somewhere other than this computer.
      </p>
      <ExportBackup />
      <RestoreBackup />
    </section>
  )
}
