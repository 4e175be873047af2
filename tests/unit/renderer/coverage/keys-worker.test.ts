import { describe, expect, it } from 'vitest'
import type { KeyGroups } from '@renderer/features/coverage/key-groups'
import {
  CoverageKeysWorker,
  type KeyGroupsRequest,
  type KeyGroupsResponse,
} from '@renderer/features/coverage/keys-worker'

const groups: KeyGroups = {
  notes: [{ tags: ['LLM01:2026'], at: 1, count: 2, memories: [] }],
  quoteBooks: [],
  indexBooks: [],
  reviewCardBooks: [],
}
const ids = ['LLM01:2026']

type Answer = { groups: KeyGroups } | { kept: true } | { error: string } | 'fail' | 'silent'

/** A stand-in worker: answers each read with the next of `answers` ('fail': it stops running). */
function fakeWorker(...answers: Answer[]) {
  const state = { received: [] as KeyGroupsRequest[], terminated: false }
  const worker = {
    onmessage: null as ((event: MessageEvent<KeyGroupsResponse>) => void) | null,
    onerror: null as ((event: ErrorEvent) => void) | null,
    postMessage(message: KeyGroupsRequest) {
      state.received.push(message)
      if (message.type === 'open') return
      const answer = answers.shift()
      queueMicrotask(() => {
        if (answer === 'fail')
          worker.onerror?.({ preventDefault: () => undefined } as unknown as ErrorEvent)
        else if (answer !== 'silent' && answer !== undefined)
          worker.onmessage?.({ data: { id: message.id, ...answer } } as MessageEvent)
      })
    },
    terminate() {
      state.terminated = true
    },
  }
  return { worker: worker as unknown as Worker, state }
}

describe('grouping the coverage keys in a worker', () => {
  it('opens the database at once, then answers each read with its groups', async () => {
    const other: KeyGroups = { ...groups, notes: [] }
    const { worker, state } = fakeWorker({ groups }, { groups: other })
    const keys = new CoverageKeysWorker('bastion', () => worker)
    expect(state.received).toEqual([{ type: 'open', database: 'bastion' }])
    expect(await Promise.all([keys.read(ids), keys.read([])])).toEqual([groups, other])
    expect(state.received.slice(1)).toEqual([
      { type: 'read', id: 1, database: 'bastion', ids },
      { type: 'read', id: 2, database: 'bastion', ids: [] },
    ])
    expect(state.terminated).toBe(false)
  })

  it('answers nothing (the page reads them itself) when the worker could not read them', async () => {
    const { worker } = fakeWorker({ error: 'no such store' }, { groups })
    const keys = new CoverageKeysWorker('bastion', () => worker)
    expect(await keys.read(ids)).toBeUndefined()
    expect(await keys.read(ids)).toEqual(groups)
  })

  it('ends a worker that fails: waiting and later reads answer nothing', async () => {
    const { worker, state } = fakeWorker('silent', 'fail')
    const keys = new CoverageKeysWorker('bastion', () => worker)
    const waiting = keys.read(ids)
    expect(await keys.read(ids)).toBeUndefined()
    expect(await waiting).toBeUndefined()
    expect(state.terminated).toBe(true)
    expect(await keys.read(ids)).toBeUndefined()
  })

  it('answers nothing where there is no worker, or it cannot start', async () => {
    expect(await new CoverageKeysWorker('bastion', () => null).read(ids)).toBeUndefined()
    const blocked = new CoverageKeysWorker('bastion', () => {
      throw new Error('blocked by the policy')
    })
    expect(await blocked.read(ids)).toBeUndefined()
  })

  it('keeps the groups when asked, answering only whether it did', async () => {
    const { worker, state } = fakeWorker({ kept: true }, { error: 'aborted' })
    const keys = new CoverageKeysWorker('bastion', () => worker)
    expect(await keys.keep(ids)).toBe(true)
    expect(await keys.keep(ids)).toBe(false)
    expect(state.received.slice(1).map((message) => message.type)).toEqual(['keep', 'keep'])
  })
})
