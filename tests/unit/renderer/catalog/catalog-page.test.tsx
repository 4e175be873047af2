import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { Providers } from '@renderer/app/providers'
import CatalogPage from '@renderer/features/catalog/CatalogPage'
import {
  addCustomResource,
  loadShippedCatalog,
  mergeCatalog,
} from '@renderer/features/catalog/repository'
import { resetDatabase } from '../helpers/database'

beforeEach(async () => {
  await resetDatabase()
  await mergeCatalog(loadShippedCatalog())
  for (let i = 0; i < 60; i += 1) {
    await addCustomResource({
      kind: 'book',
      title: `Threat modeling volume ${String(i).padStart(2, '0')}`,
      authors: ['A. Author'],
      pages: 1200,
      price: { amountMinor: 4999, currency: 'USD' },
      free: false,
      tags: ['threat modeling'],
    })
  }
})
afterEach(cleanup)

describe('Catalog with many resources', () => {
  it('shows 60 resources, then the rest on request', { timeout: 20_000 }, async () => {
    render(
      <Providers>
        <MemoryRouter initialEntries={['/catalog']}>
          <CatalogPage />
        </MemoryRouter>
      </Providers>,
    )
    expect(await screen.findByText('71 of 71 resources')).toBeTruthy()
    const list = screen.getByRole('list', { name: 'Resources' })
    // Role queries over many cards are slow in jsdom: count the cards, find one by its text.
    expect(list.children).toHaveLength(60)
    expect(screen.getByText('Showing 60 of 71.')).toBeTruthy()
    expect(within(list).queryByText('Threat modeling volume 59')).toBeNull()

    fireEvent.click(screen.getByRole('button', { name: 'Show more resources' }))
    expect(list.children).toHaveLength(71)
    expect(within(list).getByText('Threat modeling volume 59').closest('a')).toBeTruthy()
    expect(within(list).getAllByText('1,200 pages · $49.99')).toHaveLength(60)
    expect(screen.queryByRole('button', { name: 'Show more resources' })).toBeNull()
  })
})
