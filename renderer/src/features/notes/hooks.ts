import { useMutation, useQuery } from '@tanstack/react-query'
import { useDeferredValue, useEffect, useMemo, useState } from 'react'
import { useResources } from '../catalog/hooks'
import type { NoteFields } from './draft'
import { objectiveChoices, type ObjectiveChoice } from './objectives'
import {
  createNote,
  deleteIndexEntry,
  deleteNote,
  deleteQuote,
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
  NotesSearch,
  quoteDocument,
  type NotesSearchHit,
} from './search'
import { syncInChunks } from './search-sync'

export function useNotes() {
  return useQuery({ queryKey: ['notes', 'all'], queryFn: listNotes })
}

export function useNote(id: string | null) {
  return useQuery({
    queryKey: ['notes', 'one', id],
    queryFn: () => (id ? getNote(id) : null),
    enabled: id !== null,
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
    mutationFn: ({ id, fields }: { id: string; fields: NoteFields }) => updateNote(id, fields),
  })
}

export function useDeleteNote() {
  return useMutation({ mutationFn: (id: string) => deleteNote(id) })
}

export function useSaveQuote() {
  return useMutation({
    mutationFn: ({ fields, id }: { fields: QuoteFields; id?: string }) => saveQuote(fields, id),
  })
}

export function useDeleteQuote() {
  return useMutation({ mutationFn: (id: string) => deleteQuote(id) })
}

export function useSaveIndexEntry() {
  return useMutation({
    mutationFn: ({ fields, id }: { fields: IndexEntryFields; id?: string }) =>
      saveIndexEntry(fields, id),
  })
}

export function useDeleteIndexEntry() {
  return useMutation({ mutationFn: (id: string) => deleteIndexEntry(id) })
}

/** GSEC objectives from the catalog and the OWASP LLM Top 10, with labels. */
export function useObjectiveChoices(): ObjectiveChoice[] {
  const resources = useResources()
  return useMemo(() => objectiveChoices(resources.data ?? []), [resources.data])
}

/** Resource titles by id, for labels. */
export function useResourceTitles(): Map<string, string> {
  const resources = useResources()
  return useMemo(
    () => new Map((resources.data ?? []).map((resource) => [resource.id, resource.title])),
    [resources.data],
  )
}

// One index for the whole session: reopening Notes does not rebuild it.
const sharedIndex = new NotesSearch()

/**
 * Instant search over notes, quotes and index entries. The index follows the lists (diffed by
 * id and updatedAt, in chunks so a large first build never freezes the page); a keystroke only
 * queries the in-memory index.
 */
export function useNotesSearch(query: string) {
  const notes = useNotes()
  const quotes = useQuotes()
  const entries = useIndexEntries()
  const [version, setVersion] = useState(0)
  const [ready, setReady] = useState(sharedIndex.size > 0)

  useEffect(() => {
    if (!notes.data || !quotes.data || !entries.data) return
    const documents = [
      ...notes.data.map(noteDocument),
      ...quotes.data.map(quoteDocument),
      ...entries.data.map(indexEntryDocument),
    ]
    const controller = new AbortController()
    void syncInChunks(sharedIndex, documents, controller.signal).then((changed) => {
      if (controller.signal.aborted) return
      setReady(true)
      if (changed > 0) setVersion((value) => value + 1)
    })
    return () => controller.abort()
  }, [notes.data, quotes.data, entries.data])

  // The box echoes each keystroke at once; results render as soon as the index answers.
  const deferredQuery = useDeferredValue(query)
  const hits: NotesSearchHit[] = useMemo(
    () => (ready ? sharedIndex.search(deferredQuery) : []),
    // version: results follow index changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [deferredQuery, ready, version],
  )
  return { hits, ready, query: deferredQuery }
}
