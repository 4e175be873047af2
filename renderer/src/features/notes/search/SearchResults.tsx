import { formatCount } from '../../../domain/numbers'
import { memo, useMemo, useState } from 'react'
import { ResourcePicker } from '../../../ui/ResourcePicker'
import { SelectField } from '../../../ui/SelectField'
import { useSortedResources } from '../../catalog'
import { useNotesSearch, useSearchIndex, type SearchIndexState } from '../hooks'
import { Highlight } from './Highlight'
import {
  defaultResultLimit,
  minimumQueryLength,
  type NotesSearchHit,
  type SearchFilter,
  type SearchKind,
} from './search'

const kindLabels = { note: 'Note', quote: 'Quote', index: 'Index entry' } as const

/**
 * The search box and its results, in their own component so a keystroke re-renders only
 * them, never the lists or the open editor.
 */
export const NotesSearchPanel = memo(function NotesSearchPanel({
  onOpen,
}: {
  onOpen: (hit: NotesSearchHit) => void
}) {
  // The index follows the lists here, so a keystroke below does not re-read them.
  const index = useSearchIndex()
  return <SearchBox index={index} onOpen={onOpen} />
})

function SearchBox({
  index,
  onOpen,
}: {
  index: SearchIndexState
  onOpen: (hit: NotesSearchHit) => void
}) {
  // The best few results answer a keystroke quickly; "Show more results" asks for more.
  const [{ query, limit }, setSearch] = useState({ query: '', limit: defaultResultLimit })
  const [kind, setKind] = useState<SearchKind | ''>('')
  const [resourceId, setResourceId] = useState('')
  const [tag, setTag] = useState('')
  const filter = useMemo<SearchFilter>(
    () => ({ kind: kind || undefined, resourceId: resourceId || undefined, tag: tag.trim() }),
    [kind, resourceId, tag],
  )
  const filtered = Boolean(kind || resourceId || tag.trim())
  const search = useNotesSearch(query, limit, index, filter)
  const resources = useSortedResources().data ?? []
  // A new query or filter starts again from the best few.
  const refine = (apply: () => void) => {
    apply()
    setSearch((current) => ({ ...current, limit: defaultResultLimit }))
  }
  return (
    <>
      <div className="toolbar notes-search-toolbar" role="search">
        <label className="field grow">
          <span>Search notes</span>
          <input
            type="search"
            value={query}
            placeholder="Notes, quotes and index entries"
            onChange={(event) =>
              setSearch({ query: event.target.value, limit: defaultResultLimit })
            }
          />
        </label>
        <SelectField
          label="Kind"
          value={kind}
          onChange={(value) => refine(() => setKind(value as SearchKind | ''))}
        >
          <option value="">All kinds</option>
          <option value="note">Notes</option>
          <option value="quote">Quotes</option>
          <option value="index">Index entries</option>
        </SelectField>
        <ResourcePicker
          label="From resource"
          resources={resources}
          value={resourceId}
          noneLabel="All resources"
          onChange={(id) => refine(() => setResourceId(id))}
        />
        <label className="field">
          <span>Tag</span>
          <input value={tag} onChange={(event) => refine(() => setTag(event.target.value))} />
        </label>
        {filtered ? (
          <button
            type="button"
            onClick={() =>
              refine(() => {
                setKind('')
                setResourceId('')
                setTag('')
              })
            }
          >
            Clear filters
          </button>
        ) : null}
      </div>
      {query.trim() || filtered ? (
        <section
          aria-label="Search results"
          className="search-results card"
          data-answered-query={search.ready ? search.query : undefined}
        >
          <SearchStatus
            query={query}
            filtered={filtered}
            ready={search.ready}
            pending={search.query !== query}
            shown={search.hits.length}
            total={search.total}
          />
          {search.hits.length > 0 ? <ResultList hits={search.hits} onOpen={onOpen} /> : null}
          {search.query === query && search.total > search.hits.length ? (
            <button
              type="button"
              className="show-more"
              onClick={() => setSearch({ query, limit: limit + defaultResultLimit })}
            >
              Show more results
            </button>
          ) : null}
        </section>
      ) : null}
    </>
  )
}

function SearchStatus({
  query,
  filtered,
  ready,
  pending,
  shown,
  total,
}: {
  query: string
  /** A filter lists what passes it even with no query. */
  filtered: boolean
  ready: boolean
  /** The shown hits answer an older query (the worker is still on this one). */
  pending: boolean
  shown: number
  total: number
}) {
  const text = query.trim()
  return (
    <p role="status" className="muted">
      {text.length < minimumQueryLength && !(filtered && text.length === 0)
        ? 'Type at least two characters.'
        : !ready || (pending && shown === 0)
          ? 'Searching…'
          : total === 0
            ? text
              ? `Nothing matches “${text}”${filtered ? ' with these filters' : ''}.`
              : 'Nothing matches these filters.'
            : total === 1
              ? '1 result'
              : shown < total
                ? `${formatCount(total)} results, best ${formatCount(shown)} shown`
                : `${formatCount(total)} results`}
    </p>
  )
}

/** Search hits with matched words highlighted; choosing one opens its item. Redrawn only when
 * the hits change, not on the keystroke that asks for new ones. */
const ResultList = memo(function ResultList({
  hits,
  onOpen,
}: {
  hits: NotesSearchHit[]
  onOpen: (hit: NotesSearchHit) => void
}) {
  return (
    <ul className="result-list">
      {hits.map((hit) => (
        <li key={hit.document.id}>
          <button type="button" className="result" onClick={() => onOpen(hit)}>
            <span className="badge">{kindLabels[hit.document.kind]}</span>{' '}
            <span className="result-title">
              <Highlight segments={hit.lines.title} />
            </span>
            {hit.lines.detail.length > 0 ? (
              <span className="result-detail muted">
                <Highlight segments={hit.lines.detail} />
              </span>
            ) : null}
          </button>
        </li>
      ))}
    </ul>
  )
})
