import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, render, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeSetting } from '@renderer/db/settings'
import { StudyReminderTimer } from '@renderer/features/plan'
import { REMINDER_SETTINGS_KEY, ReminderSettings } from '@renderer/features/plan/goal'
import { resetDatabase } from '../helpers/database'

/** The timer's query keys so far, read once its reminder setting has loaded. */
async function mountTimer(): Promise<() => string[]> {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <StudyReminderTimer />
    </QueryClientProvider>,
  )
  const reminders = () => client.getQueryState(['settings', REMINDER_SETTINGS_KEY])
  await waitFor(() => expect(reminders()?.status).toBe('success'))
  return () =>
    client
      .getQueryCache()
      .findAll()
      .map((query) => JSON.stringify(query.queryKey))
}

beforeEach(resetDatabase)
afterEach(cleanup)

describe('StudyReminderTimer in the app shell', () => {
  it('reads only the reminder setting while reminders are off', async () => {
    const keys = (await mountTimer())()
    expect(keys).not.toContainEqual(expect.stringContaining('plan.goal'))
    expect(keys).not.toContainEqual(expect.stringContaining('planItems'))
  })

  it('reads the plan for the day once reminders are on', async () => {
    await writeSetting(REMINDER_SETTINGS_KEY, ReminderSettings, { enabled: true, time: '19:00' })
    const keys = await mountTimer()
    await waitFor(() => expect(keys()).toContainEqual(expect.stringContaining('plan.goal')))
  })
})
