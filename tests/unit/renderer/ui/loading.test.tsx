import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Loading } from '@renderer/ui/Loading'

afterEach(cleanup)

describe('Loading', () => {
  it('announces a plain "Loading…" by default', () => {
    render(<Loading />)
    expect(screen.getByRole('status').textContent).toBe('Loading…')
  })

  it('says what is loading when told', () => {
    render(<Loading>Loading your plan…</Loading>)
    expect(screen.getByRole('status').textContent).toBe('Loading your plan…')
  })
})
