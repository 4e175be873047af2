import { memo, useState } from 'react'
import { useNotesSearch } from './hooks'
import { Highlight } from './Highlight'
import { excerpt, type NotesSearchHit } from './search'
import { noteTitle } from './draft'
import { minimumQueryLength } from './search'

const kindLabels = { note: 'Note', quote: 'Quote', index: 'Index entry' } as const

/** Search hits with matched words highlighted; choosing one opens its item. */
/**
 * The search box and its results, in their own component so a keystroke re-renders only
 * them, never the lists or the open editor.
 */
export const NotesSearchPanel = memo(function NotesSearchPanel({
  onOpen,
}: {
  onOpen: (hit: NotesSearchHit) => void
}) {
  const [query, setQuery] = useState('')
  const search = useNotesSearch(query)
  return (
    <>
      <div className="toolbar" role="search">
        <label className="field grow">
          <span>Search notes</span>
          <input
            type="search"
            value={query}
            placeholder="Notes, quotes and index entries"
            onChange={(event) => setQuery(event.target.value)}
          />
        </label>
      </div>
      {query.trim() ? (
        <SearchResults
          hits={search.hits}
          query={query}
          ready={search.ready}
          answeredQuery={search.query}
          pending={search.query !== query}
          onOpen={onOpen}
        />
      ) : null}
    </>
  )
})

function SearchResults({
  hits,
  query,
  ready,
  answeredQuery,
  pending,
  onOpen,
}: {
  hits: NotesSearchHit[]
  query: string
  ready: boolean
  /** The query the shown hits answer (the worker may still be on an older one). */
  answeredQuery: string
  pending: boolean
  onOpen: (hit: NotesSearchHit) => void
}) {
  const count = hits.length
  return (
    <section
      aria-label="Search results"
      className="search-results card"
      data-answered-query={ready ? answeredQuery : undefined}
    >
      <p role="status" className="muted">
        {query.trim().length < minimumQueryLength
          ? 'Type at least two characters.'
          : !ready || (pending && count === 0)
            ? 'Searching…'
            : count === 0
              ? `Nothing matches “${query.trim()}”.`
              : `${count === 50 ? '50+' : count} ${count === 1 ? 'result' : 'results'}`}
      </p>
      {count > 0 ? (
        <ul className="result-list">
          {hits.map((hit) => {
            const { document, terms } = hit
            const title =
              document.kind === 'note'
                ? noteTitle({ title: document.title, body: document.text })
                : document.kind === 'quote'
                  ? excerpt(document.text, terms, 90)
                  : document.title
            const detail =
              document.kind === 'quote'
                ? [document.title, document.extra].filter(Boolean).join(' · ')
                : document.kind === 'index'
                  ? [document.extra, document.text].filter(Boolean).join(' · ')
                  : excerpt(document.text, terms)
            return (
              <li key={document.id}>
                <button type="button" className="result" onClick={() => onOpen(hit)}>
                  <span className="badge">{kindLabels[document.kind]}</span>{' '}
                  <span className="result-title">
                    <Highlight text={title} terms={terms} />
                  </span>
                  {detail ? (
                    <span className="result-detail muted">
                      <Highlight text={excerpt(detail, terms)} terms={terms} />
                    </span>
                  ) : null}
                </button>
              </li>
            )
          })}
        </ul>
      ) : null}
    </section>
  )
}
