import type { KeyGroups } from './key-groups'

/**
 * What the coverage worker is asked: open the database early; read the grouped keys; or keep
 * them (group the keys afresh if a write staled them, and answer only that it did).
 */
export type KeyGroupsRequest =
  | { type: 'open'; database: string }
  | { type: 'read' | 'keep'; id: number; database: string; ids: readonly string[] }

/** Its answer: the groups, that they are kept, or why it could not read them. */
export type KeyGroupsResponse = { id: number } & (
  { groups: KeyGroups } | { kept: true } | { error: string }
)

function createCoverageWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null
  return new Worker(new URL('./coverage.worker.ts', import.meta.url), { type: 'module' })
}

/**
 * The page's handle on the coverage worker, which reads and groups the coverage keys beside
 * the page's thread. A read answers undefined where there is no worker or it failed (unit
 * tests, a worker that could not start or read): the caller then reads them in this thread.
 */
export class CoverageKeysWorker {
  private worker: Worker | null
  private readonly waiting = new Map<number, (answer: KeyGroupsResponse | undefined) => void>()
  private sequence = 0

  constructor(
    private readonly database: string,
    createWorker: () => Worker | null = createCoverageWorker,
  ) {
    try {
      this.worker = createWorker()
    } catch {
      this.worker = null
    }
    if (!this.worker) return
    this.worker.onmessage = (event: MessageEvent<KeyGroupsResponse>) => {
      const answer = event.data
      this.waiting.get(answer.id)?.(answer)
      this.waiting.delete(answer.id)
    }
    this.worker.onerror = (event) => {
      event.preventDefault()
      this.end()
    }
    this.worker.postMessage({ type: 'open', database } satisfies KeyGroupsRequest)
  }

  /** The grouped keys, or undefined when the worker could not read them. */
  async read(ids: readonly string[]): Promise<KeyGroups | undefined> {
    const answer = await this.ask('read', ids)
    return answer && 'groups' in answer ? answer.groups : undefined
  }

  /**
   * Has the worker group the keys afresh if a write staled them, beside the page's thread:
   * Coverage's next open then reads them as kept. Whether they are kept.
   */
  async keep(ids: readonly string[]): Promise<boolean> {
    const answer = await this.ask('keep', ids)
    return answer !== undefined && 'kept' in answer
  }

  private ask(type: 'read' | 'keep', ids: readonly string[]) {
    const worker = this.worker
    if (!worker) return Promise.resolve(undefined)
    this.sequence += 1
    const id = this.sequence
    return new Promise<KeyGroupsResponse | undefined>((resolve) => {
      this.waiting.set(id, resolve)
      worker.postMessage({ type, id, database: this.database, ids } satisfies KeyGroupsRequest)
    })
  }

  /** Ends the worker; reads still waiting answer undefined. */
  end(): void {
    this.worker?.terminate()
    this.worker = null
    for (const resolve of this.waiting.values()) resolve(undefined)
    this.waiting.clear()
  }
}
