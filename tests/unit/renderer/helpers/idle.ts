import { act } from '@testing-library/react'
import { afterEach, beforeEach, vi } from 'vitest'

/**
 * Stubs the browser's idle callbacks for the calling test file: they wait until the test says
 * the browser is idle (`browserIsIdle`); cancelled ones go.
 */
export function stubIdleCallbacks(): { browserIsIdle: () => Promise<void> } {
  const idleCallbacks = new Map<number, () => void>()
  beforeEach(() => {
    idleCallbacks.clear()
    let handle = 0
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
      idleCallbacks.set(++handle, callback)
      return handle
    })
    vi.stubGlobal('cancelIdleCallback', (id: number) => idleCallbacks.delete(id))
  })
  afterEach(() => vi.unstubAllGlobals())
  return {
    async browserIsIdle() {
      await act(async () => {
        const callbacks = [...idleCallbacks.values()]
        idleCallbacks.clear()
        for (const callback of callbacks) callback()
      })
    },
  }
}
