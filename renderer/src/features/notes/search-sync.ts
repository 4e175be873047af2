import type { NotesSearch, SearchDocument } from './search'

// Small chunks: each is a few tens of ms even for long notes, so typing stays responsive.
const chunkSize = 150

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Brings the index to `documents`, yielding to the page between chunks so a first build of
 * thousands of items keeps typing responsive. Aborting stops early; the next sync finishes.
 */
export async function syncInChunks(
  index: NotesSearch,
  documents: SearchDocument[],
  signal: AbortSignal,
): Promise<number> {
  let changed = 0
  const wanted = new Set(documents.map((document) => document.id))
  for (let start = 0; start < documents.length; start += chunkSize) {
    if (signal.aborted) return changed
    changed += index.upsertChanged(documents.slice(start, start + chunkSize))
    if (start + chunkSize < documents.length) await nextTask()
  }
  if (signal.aborted) return changed
  changed += index.removeAllExcept(wanted)
  return changed
}
