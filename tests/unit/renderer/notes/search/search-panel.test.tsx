import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Providers } from '@renderer/app/providers'
import { db } from '@renderer/db/database'
import type { NoteRecord } from '@renderer/db/records'
import { NotesSearchPanel } from '@renderer/features/notes/search/SearchResults'
import { resetDatabase } from '../../helpers/database'

const note = (index: number): NoteRecord => ({
  id: `n${index}`,
  title: `Firewall rule ${index}`,
  body: `Egress filtering ${'and logging '.repeat(index)}`,
  tags: [],
  objectiveIds: [],
  createdAt: 1,
  updatedAt: 1,
})

beforeEach(async () => {
  await resetDatabase()
  await db.notes.bulkAdd(Array.from({ length: 25 }, (_, index) => note(index)))
})
afterEach(cleanup)

describe('Search notes (in this thread, as without a worker)', () => {
  it(
    'shows the best 20 results, then more on request, and opens the chosen one',
    { timeout: 20_000 },
    async () => {
      const onOpen = vi.fn()
      render(
        <Providers>
          <NotesSearchPanel onOpen={onOpen} />
        </Providers>,
      )
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search notes' }), {
        target: { value: 'firew' },
      })
      const results = screen.getByRole('region', { name: 'Search results' })
      const status = within(results).getByRole('status')
      await vi.waitFor(() => expect(status.textContent).toBe('25 results, best 20 shown'))
      // Role queries over many results are slow in jsdom: count the result buttons directly.
      const shown = () => [...results.querySelectorAll<HTMLButtonElement>('li > button')]
      expect(shown()).toHaveLength(20)
      expect(results.querySelector('mark')?.textContent).toBe('Firewall')

      fireEvent.click(within(results).getByRole('button', { name: 'Show more results' }))
      await vi.waitFor(() => expect(status.textContent).toBe('25 results'))
      expect(shown()).toHaveLength(25)
      expect(within(results).queryByRole('button', { name: 'Show more results' })).toBeNull()

      // A new query starts again from the best 20.
      fireEvent.change(screen.getByRole('searchbox', { name: 'Search notes' }), {
        target: { value: 'firewall rule' },
      })
      await vi.waitFor(() => expect(results.dataset.answeredQuery).toBe('firewall rule'))
      expect(shown()).toHaveLength(20)

      fireEvent.click(shown()[0]!)
      expect(onOpen).toHaveBeenCalledWith(
        expect.objectContaining({ document: expect.objectContaining({ kind: 'note' }) }),
      )
    },
  )
})
