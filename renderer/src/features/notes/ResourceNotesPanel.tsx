import { countOf } from '../../domain/numbers'
import { SavedFileMessage, useSaveFile } from '../../ui/save-file'
import { useState } from 'react'
import { Link, useNavigate } from 'react-router'
import { desktopApi } from '../../platform'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { noteTitle } from './draft'
import { bookNotesMarkdown, markdownFileName } from './export-markdown'
import { useCreateNote, useObjectiveChoices, useResourceNotes } from './hooks'
import { objectiveLabel } from './objectives'
import { groupIndex } from './open-book-index/open-book-index'
import { indexPrefillPath } from './prefill'
import { QuoteEditor } from './QuoteEditor'
import { excerpt } from './search/search'
import './notes.css'

/** A resource's notes, quotes and index entries, with the actions to add to them. */
export function ResourceNotesPanel({ resourceId, title }: { resourceId: string; title: string }) {
  const data = useResourceNotes(resourceId)
  const create = useCreateNote()
  const choices = useObjectiveChoices()
  const navigate = useNavigate()
  const [addingQuote, setAddingQuote] = useState(false)
  const exportFile = useSaveFile()
  const notes = data.data?.notes ?? []
  const quotes = data.data?.quotes ?? []
  const entries = groupIndex(data.data?.entries ?? [], navigator.language).flatMap(
    (group) => group.entries,
  )

  const exportNotes = () =>
    exportFile.mutate({
      write: () =>
        desktopApi.saveFile({
          suggestedName: markdownFileName(title),
          content: bookNotesMarkdown(title, notes, quotes, (id) => objectiveLabel(choices, id)),
          mimeType: 'text/markdown',
        }),
      saved: `Exported ${countOf(notes.length, 'note', 'notes')} and ${countOf(quotes.length, 'quote', 'quotes')}`,
    })

  return (
    <section className="card stack" aria-labelledby="resource-notes-heading">
      <h2 id="resource-notes-heading">Notes on this resource</h2>
      <div className="form-actions">
        <button
          type="button"
          onClick={() =>
            create.mutate(
              { resourceId },
              { onSuccess: (id) => void navigate(`/notes?note=${encodeURIComponent(id)}`) },
            )
          }
        >
          New note
        </button>
        <button type="button" onClick={() => setAddingQuote(true)}>
          Add quote
        </button>
        <Link className="button" to={indexPrefillPath({ term: '', resourceId, pages: '' })}>
          Add index entry
        </Link>
        <button type="button" disabled={notes.length + quotes.length === 0} onClick={exportNotes}>
          Export notes
        </button>
      </div>
      <ErrorMessage error={data.error ?? create.error} />
      <SavedFileMessage save={exportFile} failed="Not exported" />
      {addingQuote ? (
        <QuoteEditor resourceId={resourceId} onDone={() => setAddingQuote(false)} />
      ) : null}
      {data.isSuccess && notes.length + quotes.length + entries.length === 0 ? (
        <p className="muted">No notes, quotes or index entries on this resource yet.</p>
      ) : null}
      {notes.length > 0 ? (
        <div>
          <h3>Notes ({notes.length})</h3>
          <ul className="plain-list">
            {notes.slice(0, 20).map((note) => (
              <li key={note.id}>
                <Link to={`/notes?note=${encodeURIComponent(note.id)}`}>{noteTitle(note)}</Link>
              </li>
            ))}
          </ul>
          {notes.length > 20 ? (
            <p className="muted">and {notes.length - 20} more on the Notes page.</p>
          ) : null}
        </div>
      ) : null}
      {quotes.length > 0 ? (
        <div>
          <h3>Quotes ({quotes.length})</h3>
          <ul className="plain-list">
            {quotes.slice(0, 20).map((quote) => (
              <li key={quote.id}>
                <Link to={`/notes?quote=${encodeURIComponent(quote.id)}`}>
                  “{excerpt(quote.text, [], 80)}”
                </Link>
                {quote.locator ? <span className="muted"> · {quote.locator.display}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {entries.length > 0 ? (
        <div>
          <h3>Index entries ({entries.length})</h3>
          <ul className="plain-list">
            {entries.slice(0, 20).map((entry) => (
              <li key={entry.id}>
                <Link to={`/notes/index?entry=${encodeURIComponent(entry.id)}`}>{entry.term}</Link>
                {entry.pages ? <span className="muted"> · {entry.pages}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}
