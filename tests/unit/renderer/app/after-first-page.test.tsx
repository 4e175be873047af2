import { useQuery } from '@tanstack/react-query'
import { cleanup, render } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { AfterFirstPage } from '@renderer/app/AfterFirstPage'
import { Providers } from '@renderer/app/providers'
import { requestPersistentStorage, startAutomaticBackups } from '@renderer/features/backup'
import { stubIdleCallbacks } from '../helpers/idle'

vi.mock('@renderer/features/backup', () => ({
  requestPersistentStorage: vi.fn(async () => 'granted'),
  startAutomaticBackups: vi.fn(() => () => undefined),
}))

const { browserIsIdle } = stubIdleCallbacks()
beforeEach(() => {
  vi.clearAllMocks()
})
afterEach(cleanup)

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
