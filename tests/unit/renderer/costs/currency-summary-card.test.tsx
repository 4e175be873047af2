import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { CurrencySummaryCard } from '@renderer/features/costs/CurrencySummaryCard'
import type { CurrencySummary } from '@renderer/features/costs/ledger'

afterEach(cleanup)

// jsdom has no ResizeObserver; the chart's frame only needs one to exist (it never draws here).
globalThis.ResizeObserver ??= class {
  observe() {}
  unobserve() {}
  disconnect() {}
}

function summaryOver(months: number): CurrencySummary {
  const byMonth = Array.from({ length: months }, (_, i) => ({
    month: `${2024 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    planned: 0,
    paid: 1000 * (i + 1),
  }))
  const paid = byMonth.reduce((sum, m) => sum + m.paid, 0)
  return {
    currency: 'USD',
    planned: 0,
    paid,
    budget: null,
    byCategory: [{ category: 'course', planned: 0, paid }],
    byMonth,
    overBy: 0,
    overWithPlannedBy: 0,
  }
}

describe('the table by month beside the chart', () => {
  it('is open for up to a year of months', () => {
    render(<CurrencySummaryCard summary={summaryOver(12)} />)
    const table = screen.getByRole('table', { name: 'By month, USD' })
    expect(within(table).getAllByRole('row')).toHaveLength(13)
    expect(screen.getByRole('table', { name: 'By category, USD' })).toBeTruthy()
  })

  it('starts folded for a longer history and shows every month once opened', () => {
    render(<CurrencySummaryCard summary={summaryOver(30)} />)
    expect(screen.queryByRole('table', { name: 'By month, USD' })).toBeNull()
    const details = screen.getByText('By month as a table (30 months)').closest('details')!
    // jsdom does not toggle <details> on a summary click: open it as the browser would.
    details.open = true
    fireEvent(details, new Event('toggle'))
    const table = screen.getByRole('table', { name: 'By month, USD' })
    expect(within(table).getAllByRole('row')).toHaveLength(31)
    expect(within(table).getByRole('rowheader', { name: /Jun 2026/ })).toBeTruthy()
  })
})
