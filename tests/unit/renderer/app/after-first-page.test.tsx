import { useQuery } from '@tanstack/react-query'
import { act, cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstPage } from '@renderer/app/AfterFirstPage'
import { Providers } from '@renderer/app/providers'
import { requestPersistentStorage, startAutomaticBackups } from '@renderer/features/backup'

vi.mock('@renderer/features/backup', () => ({
  requestPersistentStorage: vi.fn(async () => 'granted'),
  startAutomaticBackups: vi.fn(() => () => undefined),
}))

/** Idle callbacks wait here until the test says the browser is idle; cancelled ones go. */
const idleCallbacks = new Map<number, () => void>()
async function browserIsIdle() {
  await act(async () => {
    const callbacks = [...idleCallbacks.values()]
    idleCallbacks.clear()
    for (const callback of callbacks) callback()
  })
}

beforeEach(() => {
  vi.clearAllMocks()
  idleCallbacks.clear()
  let handle = 0
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => {
    idleCallbacks.set(++handle, callback)
    return handle
  })
  vi.stubGlobal('cancelIdleCallback', (id: number) => idleCallbacks.delete(id))
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

/** The first page's read, answered when the test says. */
function FirstPageRead({ answer }: { answer: Promise<string> }) {
  const read = useQuery({ queryKey: ['first-page'], queryFn: () => answer })
  return <p>{read.data ?? 'Loading'}</p>
}

describe('the work left for after the first page', () => {
  it('asks for persistent storage and starts backups once the page has read, then idles', async () => {
    let answerRead!: (value: string) => void
    const answer = new Promise<string>((resolve) => (answerRead = resolve))
    const { findByText } = render(
      <Providers>
        <AfterFirstPage />
        <FirstPageRead answer={answer} />
      </Providers>,
    )
    // The browser idles while the page still waits for its read: nothing starts yet.
    await browserIsIdle()
    expect(requestPersistentStorage).not.toHaveBeenCalled()

    answerRead('Your figures')
    await findByText('Your figures')
    await browserIsIdle()
    expect(requestPersistentStorage).toHaveBeenCalledTimes(1)
    expect(startAutomaticBackups).toHaveBeenCalledTimes(1)

    // Later reads start nothing again.
    await browserIsIdle()
    expect(requestPersistentStorage).toHaveBeenCalledTimes(1)
  })
})
