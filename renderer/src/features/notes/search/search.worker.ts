/// <reference lib="webworker" />
import { NotesSearch } from './search'
import type { SearchRequest, SearchResponse } from './search-client'

// The search index lives here, so neither a first build nor a keystroke blocks the page.
const index = new NotesSearch()
const scope = self as unknown as DedicatedWorkerGlobalScope

scope.onmessage = (event: MessageEvent<SearchRequest>) => {
  const message = event.data
  if (message.type === 'update') {
    for (const id of message.removals) index.remove(id)
    for (const document of message.upserts) index.upsert(document)
    return
  }
  const response: SearchResponse = {
    id: message.id,
    ...index.find(message.query, message.limit, message.filter),
  }
  scope.postMessage(response)
}
