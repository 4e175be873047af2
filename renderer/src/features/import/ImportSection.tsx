import { useRef, useState } from 'react'
import { Loading } from '../../ui/Loading'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { useImportHistory } from './hooks'
import { ImportPanel } from './ImportPanel'
import { ImportReport } from './ImportReport'
import './import.css'

/** Settings: bring a history in from elsewhere, and the history of what was brought in. */
export function ImportSection() {
  const [open, setOpen] = useState(false)
  const opener = useRef<HTMLButtonElement>(null)
  const history = useImportHistory()
  return (
    <section className="card stack" aria-labelledby="import-heading">
      <h2 id="import-heading">Import</h2>
      <p className="muted">
        Bring highlights, books and more in from other apps. You see every entry and what will
        happen to it before anything changes, and each import can be undone later.
      </p>
      {open ? (
        <ImportPanel
          onClose={() => {
            setOpen(false)
            requestAnimationFrame(() => opener.current?.focus())
          }}
        />
      ) : (
        <div className="toolbar">
          <button ref={opener} type="button" onClick={() => setOpen(true)}>
            Import
          </button>
        </div>
      )}
      <h3 id="import-history-heading">Import history</h3>
      {history.isPending ? <Loading>Loading the import history…</Loading> : null}
      {history.data?.length === 0 ? <p className="muted">Nothing imported yet.</p> : null}
      <div className="stack" aria-labelledby="import-history-heading" role="list">
        {history.data?.map((record) => (
          <div role="listitem" key={record.id}>
            <ImportReport record={record} headingLevel={4} />
          </div>
        ))}
      </div>
      <ErrorMessage error={history.error} />
    </section>
  )
}
