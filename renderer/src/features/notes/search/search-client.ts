import {
  defaultResultLimit,
  NotesSearch,
  type NotesSearchResult,
  type SearchDocument,
  type SearchFilter,
} from './search'

export type SearchRequest =
  | { type: 'update'; upserts: SearchDocument[]; removals: string[] }
  | { type: 'search'; id: number; query: string; limit: number; filter?: SearchFilter }

export interface SearchResponse extends NotesSearchResult {
  id: number
}

const none: NotesSearchResult = { hits: [], total: 0 }

/**
 * The page's handle on the search index: in a Web Worker when the platform has one, in this
 * thread otherwise (unit tests, or a worker that failed to start). Updates send only what
 * changed since the last sync (diffed here by id and updatedAt).
 */
export class SearchClient {
  private worker: Worker | null = null
  private local: NotesSearch | null = null
  private readonly sent = new Map<string, SearchDocument>()
  private readonly waiting = new Map<number, (result: NotesSearchResult) => void>()
  private sequence = 0

  constructor(createWorker: (() => Worker | null) | null) {
    try {
      this.worker = createWorker ? createWorker() : null
    } catch {
      this.worker = null
    }
    if (!this.worker) {
      this.local = new NotesSearch()
      return
    }
    this.worker.onmessage = (event: MessageEvent<SearchResponse>) => {
      const { id, hits, total } = event.data
      this.waiting.get(id)?.({ hits, total })
      this.waiting.delete(id)
    }
    this.worker.onerror = () => this.fallBackToThisThread()
  }

  get size(): number {
    return this.sent.size
  }

  /** Makes the index hold exactly `documents`; returns how many changed. */
  sync(documents: SearchDocument[]): number {
    const upserts: SearchDocument[] = []
    const keep = new Set<string>()
    for (const document of documents) {
      keep.add(document.id)
      if (this.sent.get(document.id)?.updatedAt === document.updatedAt) continue
      upserts.push(document)
      this.sent.set(document.id, document)
    }
    const removals = [...this.sent.keys()].filter((id) => !keep.has(id))
    for (const id of removals) this.sent.delete(id)
    if (upserts.length + removals.length > 0) this.send({ type: 'update', upserts, removals })
    return upserts.length + removals.length
  }

  /** The best `limit` matches for `query`, and how many match in all. */
  search(
    query: string,
    limit = defaultResultLimit,
    filter: SearchFilter = {},
  ): Promise<NotesSearchResult> {
    if (!this.worker) return Promise.resolve(this.local?.find(query, limit, filter) ?? none)
    this.sequence += 1
    const id = this.sequence
    return new Promise((resolve) => {
      this.waiting.set(id, resolve)
      this.send({ type: 'search', id, query, limit, filter })
    })
  }

  private send(message: SearchRequest): void {
    if (this.worker) {
      this.worker.postMessage(message)
      return
    }
    if (message.type === 'update') {
      for (const id of message.removals) this.local?.remove(id)
      for (const document of message.upserts) this.local?.upsert(document)
    }
  }

  private fallBackToThisThread(): void {
    this.worker?.terminate()
    this.worker = null
    this.local = new NotesSearch()
    for (const document of this.sent.values()) this.local.upsert(document)
    for (const [id, resolve] of this.waiting) {
      resolve(none)
      this.waiting.delete(id)
    }
  }
}
