import { useQuery } from '@tanstack/react-query'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { Providers } from '@renderer/app/providers'
import { PageHeader } from '@renderer/ui/PageHeader'
import { stubIdleCallbacks } from '../helpers/idle'

const { browserIsIdle } = stubIdleCallbacks()
afterEach(cleanup)

/** A page whose figures come from one read, answered when the test says. */
function Page({ answer }: { answer: Promise<string> }) {
  const read = useQuery({ queryKey: ['figures'], queryFn: () => answer })
  return (
    <main>
      <PageHeader title="Dashboard" />
      <p>{read.data ?? 'Loading'}</p>
      <button type="button">Log session</button>
    </main>
  )
}

function renderFirstPage() {
  let answerRead!: (value: string) => void
  const answer = new Promise<string>((resolve) => (answerRead = resolve))
  render(
    <Providers>
      <Page answer={answer} />
    </Providers>,
  )
  return { answerRead }
}

describe('the first page’s heading', () => {
  it('takes focus once the page has read and drawn its figures', async () => {
    const { answerRead } = renderFirstPage()
    await browserIsIdle()
    expect(document.activeElement).toBe(document.body)

    answerRead('12 h this week')
    await screen.findByText('12 h this week')
    await browserIsIdle()
    expect(screen.getByRole('heading', { level: 1, name: 'Dashboard' })).toBe(
      document.activeElement,
    )
  })

  it('leaves focus where the user put it before then', async () => {
    const { answerRead } = renderFirstPage()
    screen.getByRole('button', { name: 'Log session' }).focus()
    answerRead('12 h this week')
    await screen.findByText('12 h this week')
    await browserIsIdle()
    expect(screen.getByRole('button', { name: 'Log session' })).toBe(document.activeElement)
  })
})
