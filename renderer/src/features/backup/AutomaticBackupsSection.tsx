import { useState } from 'react'
import { desktopApi } from '../../platform'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { MAX_BACKUPS_KEPT, MIN_BACKUPS_KEPT } from '../../../../electron/shared/backup-schemas'
import { useBackupActions, useBackupList, useBackupSettings, useRestoreFlow } from './hooks'
import { RestoreSteps } from './restore/RestoreSteps'
import { formatBytes } from './storage/storage'
import './backup.css'

const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })

function KeepField({
  keep,
  onSave,
  pending,
}: {
  keep: number
  onSave: (keep: number) => void
  pending: boolean
}) {
  const [text, setText] = useState(String(keep))
  const value = Number(text)
  const valid = Number.isInteger(value) && value >= MIN_BACKUPS_KEPT && value <= MAX_BACKUPS_KEPT
  return (
    <form
      className="field-row"
      onSubmit={(event) => {
        event.preventDefault()
        if (valid) onSave(value)
      }}
    >
      <div className="field">
        <label htmlFor="backups-kept">Backups to keep</label>
        <input
          id="backups-kept"
          type="number"
          inputMode="numeric"
          min={MIN_BACKUPS_KEPT}
          max={MAX_BACKUPS_KEPT}
          value={text}
          aria-invalid={valid ? undefined : true}
          aria-describedby={valid ? undefined : 'backups-kept-error'}
          onChange={(event) => setText(event.target.value)}
        />
        {valid ? null : (
          <small id="backups-kept-error" className="error-text">
            Enter a whole number from {MIN_BACKUPS_KEPT} to {MAX_BACKUPS_KEPT}.
          </small>
        )}
      </div>
      <button type="submit" disabled={!valid || pending || value === keep}>
        Save number kept
      </button>
    </form>
  )
}

function DesktopBackups() {
  const settings = useBackupSettings()
  const list = useBackupList()
  const actions = useBackupActions()
  const flow = useRestoreFlow()
  const restore = async (name: string) => {
    flow.start({ name, read: () => actions.readBackup.mutateAsync(name) })
  }
  return (
    <>
      <p className="muted">
        Bastion saves a backup every day it is used and when it quits, and keeps the newest ones.
      </p>
      {settings.data ? (
        <>
          <dl className="facts">
            <dt>Backups folder</dt>
            <dd>
              <code>{settings.data.folder}</code>
              {settings.data.isDefaultFolder ? ' (inside Bastion’s data)' : ''}
            </dd>
          </dl>
          <div className="toolbar">
            <button type="button" onClick={() => actions.chooseFolder.mutate()}>
              Choose backups folder
            </button>
            {settings.data.isDefaultFolder ? null : (
              <button type="button" onClick={() => actions.useDefaultFolder.mutate()}>
                Use the default folder
              </button>
            )}
            <button
              type="button"
              className="primary"
              disabled={actions.backUpNow.isPending}
              onClick={() => actions.backUpNow.mutate()}
            >
              Back up now
            </button>
          </div>
          <KeepField
            key={settings.data.keep}
            keep={settings.data.keep}
            pending={actions.setKeep.isPending}
            onSave={(keep) => actions.setKeep.mutate(keep)}
          />
        </>
      ) : null}
      {[settings.error, list.error, ...Object.values(actions).map((a) => a.error)].map(
        (error, i) => (
          <ErrorMessage key={i} error={error} />
        ),
      )}
      <h3>Saved backups</h3>
      {list.data && list.data.length === 0 ? (
        <p className="muted">No automatic backups yet.</p>
      ) : null}
      <ul className="backup-list" aria-label="Saved backups">
        {list.data?.map((backup) => (
          <li key={backup.name}>
            <span>
              {dateTime.format(backup.modifiedAt)}{' '}
              <span className="muted">· {formatBytes(backup.sizeBytes)}</span>
            </span>
            <button
              type="button"
              aria-label={`Restore backup from ${dateTime.format(backup.modifiedAt)}`}
              onClick={() => void restore(backup.name)}
            >
              Restore
            </button>
          </li>
        ))}
      </ul>
      <RestoreSteps flow={flow} />
    </>
  )
}

/** Settings: rolling automatic backups on the desktop; a reminder to export on the web. */
export function AutomaticBackupsSection() {
  return (
    <section className="card stack backup-card" aria-labelledby="automatic-backups-heading">
      <h2 id="automatic-backups-heading">Automatic backups</h2>
      {desktopApi.kind === 'desktop' ? (
        <DesktopBackups />
      ) : (
        <p className="notice">
          Automatic backups need the desktop app. In this web preview, use{' '}
          <strong>Export backup</strong> above once a week, and keep the file somewhere other than
          this browser: clearing the browser’s site data deletes everything Bastion stores here.
        </p>
      )}
    </section>
  )
}
