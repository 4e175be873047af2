import { useQueryClient } from '@tanstack/react-query'
import { act, cleanup, renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Providers } from '@renderer/app/providers'
import { db } from '@renderer/db/database'
import { usePrefetchCoverage } from '@renderer/features/coverage'
import { resetDatabase } from '../helpers/database'

beforeEach(resetDatabase)
afterEach(cleanup)

describe('prefetching Coverage from its link', () => {
  it('reads the facts the page will show, once, before the page opens', async () => {
    await db.notes.add({
      id: 'n1',
      title: 'Prompt injection',
      body: '',
      tags: ['LLM01:2025'],
      objectiveIds: [],
      createdAt: 1,
      updatedAt: 1,
    })
    const { result } = renderHook(
      () => ({ prefetch: usePrefetchCoverage(), client: useQueryClient() }),
      { wrapper: ({ children }: { children: ReactNode }) => <Providers>{children}</Providers> },
    )
    const facts = () =>
      result.current.client.getQueryData<Map<string, { kind: string }[]>>(['coverage', 'facts'])
    expect(facts()).toBeUndefined()
    act(() => result.current.prefetch())
    await waitFor(() => expect(facts()).toBeDefined())
    expect(facts()!.get('LLM01:2025')).toMatchObject([{ kind: 'note', count: 1 }])
    // A second hover or click finds them in the cache: nothing is read again.
    const state = () => result.current.client.getQueryState(['coverage', 'facts'])!
    expect(state().dataUpdateCount).toBe(1)
    act(() => result.current.prefetch())
    expect(state().fetchStatus).toBe('idle')
  })
})
