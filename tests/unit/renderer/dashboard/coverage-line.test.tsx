import { act, cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Providers } from '@renderer/app/providers'
import DashboardPage from '@renderer/features/dashboard/DashboardPage'
import { loadShippedCatalog, mergeCatalog } from '@renderer/features/catalog/repository'
import { resetDatabase } from '../helpers/database'

/** What the page showed each time the coverage facts were read. */
const shownWhenRead: string[] = []

vi.mock('@renderer/features/coverage/keys-repository', async (importOriginal) => {
  const actual =
    await importOriginal<typeof import('@renderer/features/coverage/keys-repository')>()
  return {
    ...actual,
    readCoverageFacts: (...args: Parameters<typeof actual.readCoverageFacts>) => {
      shownWhenRead.push(document.body.textContent ?? '')
      return actual.readCoverageFacts(...args)
    },
  }
})

/** Idle callbacks wait here until the test says the browser is idle. */
const idleCallbacks: (() => void)[] = []

beforeEach(async () => {
  shownWhenRead.length = 0
  idleCallbacks.length = 0
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback))
  vi.stubGlobal('cancelIdleCallback', () => {})
  await resetDatabase()
  await mergeCatalog(loadShippedCatalog())
})
afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('the Dashboard’s coverage line', () => {
  it('reads the coverage once the figures are shown and the browser is idle', async () => {
    render(
      <Providers>
        <MemoryRouter initialEntries={['/']}>
          <DashboardPage />
        </MemoryRouter>
      </Providers>,
    )
    expect(await screen.findByRole('heading', { name: 'Last 12 months' })).toBeTruthy()
    await screen.findByRole('heading', { name: 'Progress' })
    // Until the browser is idle, the line is a plain link and nothing of the coverage is read.
    expect(screen.getByRole('link', { name: 'Coverage' })).toBeTruthy()
    expect(shownWhenRead).toEqual([])

    await act(async () => {
      for (const callback of idleCallbacks.splice(0)) callback()
    })
    expect(await screen.findByRole('link', { name: /^Coverage: GSEC 0 of \d+ areas/ })).toBeTruthy()
    expect(shownWhenRead).toHaveLength(1)
    expect(shownWhenRead[0]).not.toContain('Loading')
  })
})
