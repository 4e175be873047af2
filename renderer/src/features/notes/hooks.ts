import { useMutation, useQuery } from '@tanstack/react-query'
import { useEffect, useMemo, useState } from 'react'
import { useUndoableDelete } from '../../ui/undoable-delete'
import { useResources } from '../catalog'
import type { RevisionBase } from '../../db/revision'
import type { NoteFields } from './draft'
import { objectiveChoices, type ObjectiveChoice } from './objectives'
import {
  createNote,
  deleteIndexEntry,
  deleteNote,
  deleteQuote,
  restoreIndexEntry,
  restoreNote,
  restoreQuote,
  getNote,
  listForResource,
  listIndexEntries,
  listNotes,
  listQuotes,
  saveIndexEntry,
  saveQuote,
  updateNote,
  type IndexEntryFields,
  type QuoteFields,
} from './repository'
import {
  indexEntryDocument,
  noteDocument,
  quoteDocument,
  type NotesSearchResult,
  type SearchFilter,
} from './search/search'
import { SearchClient } from './search/search-client'
import { useFrameworks } from '../frameworks'

export function useNotes() {
  return useQuery({ queryKey: ['notes', 'all'], queryFn: listNotes })
}

/**
 * One note, read from the database on every mount (Back, Forward, a link): an editor never
 * starts from a cached copy. `isFetchedAfterMount` tells when that read is in.
 */
export function useNote(id: string | null) {
  return useQuery({
    queryKey: ['notes', 'one', id],
    queryFn: () => (id ? getNote(id) : null),
    enabled: id !== null,
    refetchOnMount: 'always',
  })
}

export function useQuotes() {
  return useQuery({ queryKey: ['quotes', 'all'], queryFn: listQuotes })
}

export function useIndexEntries() {
  return useQuery({ queryKey: ['indexEntries', 'all'], queryFn: listIndexEntries })
}

export function useResourceNotes(resourceId: string) {
  return useQuery({
    queryKey: ['notes', 'resource', resourceId],
    queryFn: () => listForResource(resourceId),
    meta: { tables: ['notes', 'quotes', 'indexEntries'] },
  })
}

export function useCreateNote() {
  return useMutation({ mutationFn: (fields: Partial<NoteFields>) => createNote(fields) })
}

export function useUpdateNote() {
  return useMutation({
    mutationFn: ({
      id,
      fields,
      base,
    }: {
      id: string
      fields: NoteFields
      base: RevisionBase | null
    }) => updateNote(id, fields, base),
  })
}

const noteDeleted = (n: { title: string }) => `Note "${n.title || 'Untitled'}" deleted.`

export function useDeleteNote() {
  return useUndoableDelete({
    remove: deleteNote,
    restore: restoreNote,
    message: noteDeleted,
    restoredMessage: 'Note restored.',
  })
}

export function useSaveQuote() {
  return useMutation({
    mutationFn: ({ fields, id, base }: { fields: QuoteFields; id?: string; base?: RevisionBase }) =>
      saveQuote(fields, id, Date.now(), base),
  })
}

const quoteDeleted = () => 'Quote deleted.'

export function useDeleteQuote() {
  return useUndoableDelete({
    remove: deleteQuote,
    restore: restoreQuote,
    message: quoteDeleted,
    restoredMessage: 'Quote restored.',
  })
}

export function useSaveIndexEntry() {
  return useMutation({
    mutationFn: ({
      fields,
      id,
      base,
    }: {
      fields: IndexEntryFields
      id?: string
      base?: RevisionBase
    }) => saveIndexEntry(fields, id, Date.now(), base),
  })
}

const entryDeleted = (e: { term: string }) => `Index entry "${e.term}" deleted.`

export function useDeleteIndexEntry() {
  return useUndoableDelete({
    remove: deleteIndexEntry,
    restore: restoreIndexEntry,
    message: entryDeleted,
    restoredMessage: 'Index entry restored.',
  })
}

/** GSEC objectives from the catalog and the OWASP LLM Top 10 editions, with labels. */
export function useObjectiveChoices(): ObjectiveChoice[] {
  const resources = useResources()
  const frameworks = useFrameworks()
  return useMemo(
    () => objectiveChoices(resources.data ?? [], frameworks),
    [resources.data, frameworks],
  )
}

function createSearchWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./search/search.worker.ts', import.meta.url), { type: 'module' })
}

interface SearchIndexHolder {
  client: SearchClient
  /** The lists the index last received: the same lists again need no diff. */
  synced: readonly unknown[]
}

const newSearchIndex = (): SearchIndexHolder => ({
  client: new SearchClient(createSearchWorker),
  synced: [],
})

/**
 * One search index (in a worker) for the whole session, held by the query cache rather than by
 * a module: reopening Notes does not rebuild it. It reads no table, so the change feed leaves it
 * alone (useSearchIndex feeds it the lists as they change), and it is never collected.
 */
function useSearchIndexHolder(): SearchIndexHolder {
  return useQuery({
    queryKey: ['notes', 'search-index'],
    meta: { tables: [] },
    queryFn: newSearchIndex,
    initialData: newSearchIndex,
    staleTime: Infinity,
    gcTime: Infinity,
    structuralSharing: false,
  }).data
}

/**
 * Keeps the search index (in a worker) following the lists: only items whose updatedAt changed
 * are sent. `version` changes whenever the index did, so shown results can be asked again.
 */
export function useSearchIndex(): SearchIndexState {
  const notes = useNotes()
  const quotes = useQuotes()
  const entries = useIndexEntries()
  const index = useSearchIndexHolder()
  const [state, setState] = useState(() => ({ ready: index.client.size > 0, version: 0 }))

  useEffect(() => {
    if (!notes.data || !quotes.data || !entries.data) return
    const lists = [notes.data, quotes.data, entries.data] as const
    // Reopening Notes brings the same cached lists: nothing to diff, the index already holds them.
    if (lists.every((list, position) => list === index.synced[position])) {
      setState((current) => (current.ready ? current : { ...current, ready: true }))
      return
    }
    index.synced = lists
    const changed = index.client.sync([
      ...notes.data.map(noteDocument),
      ...quotes.data.map(quoteDocument),
      ...entries.data.map(indexEntryDocument),
    ])
    setState((current) =>
      changed > 0 || !current.ready ? { ready: true, version: current.version + 1 } : current,
    )
  }, [notes.data, quotes.data, entries.data, index])

  return state
}

export interface SearchIndexState {
  ready: boolean
  version: number
}

/**
 * Instant search over notes, quotes and index entries: the best `limit` matches and the total.
 * A keystroke only queries the index, which `useSearchIndex` keeps up to date.
 */
/** No filter: one constant, so an unfiltered search never asks twice. */
const noFilter: SearchFilter = {}

export function useNotesSearch(
  query: string,
  limit: number,
  { ready, version }: SearchIndexState,
  filter: SearchFilter = noFilter,
) {
  const index = useSearchIndexHolder()
  const [result, setResult] = useState<NotesSearchResult & { query: string }>({
    query: '',
    hits: [],
    total: 0,
  })

  useEffect(() => {
    if (!ready) return
    let current = true
    void index.client.search(query, limit, filter).then((found) => {
      if (current) setResult({ query, ...found })
    })
    return () => {
      current = false
    }
  }, [query, limit, ready, version, index, filter])

  return { ...result, ready }
}
