import { Loading } from '../../ui/Loading'
import { noResourceTitles } from '../../domain/resource-titles'
import { useResourceTitle } from '../catalog'
import { useState } from 'react'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { EmptyState } from '../../ui/EmptyState'
import { ErrorMessage } from '../../ui/ErrorMessage'
import { PageHeader } from '../../ui/PageHeader'
import { useCreateNote, useNote, useNotes, useQuotes } from './hooks'
import { NoteList, QuoteList } from './ItemLists'
import { NoteEditor } from './NoteEditor'
import { readDrafts, removeDrafts } from './draft'
import { QuoteEditor } from './QuoteEditor'
import type { NotesSearchHit } from './search/search'
import { NotesSearchPanel } from './search/SearchResults'
import './notes.css'

type Tab = 'notes' | 'quotes'

/** Unsaved text of a note deleted in another window: kept, and offered as a new note. */
function DeletedNote({ id, onRestored }: { id: string; onRestored: (id: string) => void }) {
  const [drafts] = useState(() => readDrafts(id))
  const create = useCreateNote()
  const draft = drafts[0]
  return (
    <div className="notice stack">
      <p>This note no longer exists (it may have been deleted in another window).</p>
      {draft ? (
        <>
          <p>Your unsaved text from it is kept:</p>
          <pre className="draft-copy">{draft.fields.body}</pre>
          <button
            type="button"
            className="primary"
            disabled={create.isPending}
            onClick={() =>
              create.mutate(draft.fields, {
                onSuccess: (newId) => {
                  removeDrafts(id)
                  onRestored(newId)
                },
              })
            }
          >
            Keep it as a new note
          </button>
        </>
      ) : null}
      <ErrorMessage error={create.error} />
    </div>
  )
}

function OpenNote({
  id,
  onDeleted,
  onOpen,
}: {
  id: string
  onDeleted: () => void
  onOpen: (id: string) => void
}) {
  const note = useNote(id)
  // Wait for this mount's own read: a cached copy may be older than the database.
  if (!note.isFetchedAfterMount && !note.error) return <Loading>Loading note…</Loading>
  if (!note.data) return <DeletedNote key={id} id={id} onRestored={onOpen} />
  return <NoteEditor key={note.data.id} note={note.data} onDeleted={onDeleted} />
}

export default function NotesPage() {
  const notes = useNotes()
  const quotes = useQuotes()
  const titles = useResourceTitle().data ?? noResourceTitles
  const create = useCreateNote()
  const navigate = useNavigate()
  const [params, setParams] = useSearchParams()
  const noteId = params.get('note')
  const quoteId = params.get('quote')
  const addingQuote = params.get('new') === 'quote'
  const [tab, setTab] = useState<Tab>(quoteId || addingQuote ? 'quotes' : 'notes')

  const open = (next: Record<string, string>) => setParams(new URLSearchParams(next))
  const newNote = () => create.mutate({}, { onSuccess: (id) => open({ note: id }) })
  const openHit = (hit: NotesSearchHit) => {
    const { kind, itemId } = hit.document
    if (kind === 'index') {
      void navigate(`/notes/index?entry=${encodeURIComponent(itemId)}`)
      return
    }
    setTab(kind === 'note' ? 'notes' : 'quotes')
    open(kind === 'note' ? { note: itemId } : { quote: itemId })
  }

  const quote = quoteId ? quotes.data?.find((item) => item.id === quoteId) : undefined
  const noteCount = notes.data?.length ?? 0
  const quoteCount = quotes.data?.length ?? 0
  const empty = notes.isSuccess && quotes.isSuccess && noteCount === 0 && quoteCount === 0

  return (
    <>
      <PageHeader
        title="Notes"
        intro="Notes and quotes on what you study, and the open-book index you will bring to the GIAC exam."
        primary={{ label: 'New note', onClick: newNote, disabled: create.isPending }}
        actions={
          <>
            <button
              type="button"
              onClick={() => {
                setTab('quotes')
                open({ new: 'quote' })
              }}
            >
              Add quote
            </button>
            <Link className="button" to="/notes/index">
              Open-book index
            </Link>
          </>
        }
      />
      <ErrorMessage error={notes.error ?? quotes.error ?? create.error} />
      <NotesSearchPanel onOpen={openHit} />
      {empty && !noteId && !addingQuote ? (
        <EmptyState title="No notes yet">
          <p>
            Write a note with <strong>New note</strong> (Markdown, with a live preview; it saves
            itself), keep a passage with <strong>Add quote</strong>, or start your{' '}
            <Link to="/notes/index">open-book index</Link>. Notes can also start from a book in the{' '}
            <Link to="/catalog">catalog</Link>.
          </p>
        </EmptyState>
      ) : (
        <div className="notes-layout">
          <aside className="card notes-side" aria-label="Your notes and quotes">
            <div className="segmented" role="group" aria-label="Show">
              <button type="button" aria-pressed={tab === 'notes'} onClick={() => setTab('notes')}>
                Notes ({noteCount})
              </button>
              <button
                type="button"
                aria-pressed={tab === 'quotes'}
                onClick={() => setTab('quotes')}
              >
                Quotes ({quoteCount})
              </button>
            </div>
            {tab === 'notes' ? (
              <NoteList
                notes={notes.data ?? []}
                titles={titles}
                selectedId={noteId}
                onOpen={(note) => open({ note: note.id })}
              />
            ) : (
              <QuoteList
                quotes={quotes.data ?? []}
                titles={titles}
                selectedId={quoteId}
                onOpen={(item) => open({ quote: item.id })}
              />
            )}
          </aside>
          <div className="notes-main">
            {noteId ? (
              <OpenNote
                key={noteId}
                id={noteId}
                onDeleted={() => open({})}
                onOpen={(id) => open({ note: id })}
              />
            ) : addingQuote ? (
              <QuoteEditor onDone={(id) => open(id ? { quote: id } : {})} />
            ) : quote ? (
              <QuoteEditor key={quote.id} quote={quote} onDone={() => open({})} />
            ) : (
              <p className="muted placeholder">Choose a note or a quote, or start a new one.</p>
            )}
          </div>
        </div>
      )}
    </>
  )
}
