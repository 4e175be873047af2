import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ExpenseRecord } from '@renderer/db/records'
import { ExpenseLedger } from '@renderer/features/costs/ExpenseLedger'

const expense = (i: number): ExpenseRecord => ({
  id: `e${i}`,
  date: `2026-${String((i % 12) + 1).padStart(2, '0')}-15`,
  description: `Lab fee ${i}`,
  category: 'course',
  amountMinor: 1000 + i,
  currency: 'USD',
  status: i % 2 ? 'paid' : 'planned',
  ...(i % 3 === 0 ? { resourceId: `r${i}` } : {}),
  createdAt: i,
  updatedAt: i,
})

afterEach(cleanup)

describe('ExpenseLedger with many expenses', () => {
  it(
    'shows the newest 50 expenses, the rest on request, and deletes at once',
    { timeout: 20_000 },
    async () => {
      const onDelete = vi.fn()
      render(
        <MemoryRouter>
          <ExpenseLedger
            expenses={Array.from({ length: 80 }, (_, i) => expense(i))}
            resourceTitle={(id) => `Course ${id}`}
            attemptLabel={() => 'attempt'}
            onEdit={() => {}}
            onDelete={onDelete}
          />
        </MemoryRouter>,
      )
      const table = screen.getByRole('table', { name: 'Ledger (80 expenses)' })
      const rows = () => table.querySelectorAll('tbody tr').length
      expect(rows()).toBe(50)
      expect(screen.getByText('Showing the newest 50 of 80.')).toBeTruthy()
      fireEvent.click(screen.getByRole('button', { name: 'Show more expenses' }))
      expect(rows()).toBe(80)
      expect(screen.queryByRole('button', { name: 'Show more expenses' })).toBeNull()
      // Role queries over 80 rows are slow in jsdom: find the row by its text.
      const last = within(table).getByText('Lab fee 79').closest('tr')!
      expect(within(last).getByText('$10.79')).toBeTruthy()
      expect(within(table).getByText('Course r78').closest('a')?.getAttribute('href')).toBe(
        '/catalog/r78',
      )

      // Deleting happens at once (Undo is offered afterwards, by the page's toast).
      const remove = within(last).getByRole('button', { name: 'Delete Lab fee 79' })
      fireEvent.click(remove)
      expect(onDelete).toHaveBeenCalledWith(expect.objectContaining({ id: 'e79' }), remove)
    },
  )
})
