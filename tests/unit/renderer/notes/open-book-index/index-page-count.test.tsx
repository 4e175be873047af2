import { cleanup, render, screen } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { Providers } from '@renderer/app/providers'
import { db } from '@renderer/db/database'
import { bookKeyOf, indexBook } from '@renderer/db/packed'
import type { IndexEntryRecord } from '@renderer/db/records'
import { formatCount } from '@renderer/domain/numbers'
import IndexPage from '@renderer/features/notes/open-book-index/IndexPage'
import { resetDatabase } from '../../helpers/database'

// Issue 15 defect 9: "5000 entries · 4589 flagged" stood ungrouped beside "3,888 results".
beforeEach(async () => {
  await resetDatabase()
  const entries: IndexEntryRecord[] = []
  for (let i = 0; i < 1200; i += 1) {
    // Every term twice (a near-duplicate pair), so the flagged count passes 1,000 too.
    entries.push({
      id: `entry-${i}`,
      term: `Term ${Math.floor(i / 2)
        .toString(36)
        .padStart(3, 'a')}`,
      note: '',
      pages: `p. ${i + 1}`,
      tags: [],
      objectiveIds: [],
      createdAt: 1,
      updatedAt: 1,
    })
  }
  await db.indexBooks.put(indexBook(bookKeyOf({}), entries))
})
afterEach(cleanup)

it('counts entries and flagged ones with the locale grouping', { timeout: 30_000 }, async () => {
  render(
    <Providers>
      <MemoryRouter initialEntries={['/index']}>
        <IndexPage />
      </MemoryRouter>
    </Providers>,
  )
  const count = await screen.findByText(/entries/, { selector: 'p[role="status"]' })
  expect(count.textContent).toBe(
    `${formatCount(1200)} entries · ${formatCount(1200)} flagged as possible duplicates`,
  )
  expect(count.textContent).toContain('1,200')
})
