import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react'
import { MemoryRouter } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import type { PlanRow } from '@renderer/features/plan/model'
import { PlanItemRow } from '@renderer/features/plan/PlanItemRow'
import { UndoToastProvider } from '@renderer/ui/undo-toast'

function planRow(overrides: Partial<PlanRow> = {}): PlanRow {
  return {
    item: { id: 'p1', resourceId: 'r1', position: 0, addedAt: 0, targetStart: '2026-03-02' },
    resource: undefined,
    title: 'MITRE ATLAS',
    status: 'not-started',
    plannedMinutes: 600,
    plannedIsDefault: true,
    loggedMinutes: 0,
    remainingMinutes: 600,
    ...overrides,
  }
}

function renderRow(row: PlanRow) {
  render(
    <QueryClientProvider client={new QueryClient()}>
      <MemoryRouter>
        <UndoToastProvider>
          <ol>
            <PlanItemRow row={row} forecast={undefined} index={0} count={2} onMove={() => {}} />
          </ol>
        </UndoToastProvider>
      </MemoryRouter>
    </QueryClientProvider>,
  )
  return screen.getByRole('listitem', { name: row.title })
}

afterEach(cleanup)

describe('PlanItemRow', () => {
  it('shows its values as text and opens its editors on demand', () => {
    const item = renderRow(planRow())
    expect(
      within(item).getByText(/^10 h planned \(catalog estimate\) · target start .*2026$/),
    ).toBeTruthy()
    expect(within(item).queryByRole('textbox')).toBeNull()
    expect(within(item).queryByRole('combobox')).toBeNull()

    const edit = within(item).getByRole('button', { name: 'Edit MITRE ATLAS' })
    expect(edit.getAttribute('aria-expanded')).toBe('false')
    fireEvent.click(edit)
    expect(edit.getAttribute('aria-expanded')).toBe('true')
    expect(edit.getAttribute('aria-controls')).toBeTruthy()
    expect(document.getElementById(edit.getAttribute('aria-controls')!)).toBeTruthy()
    expect(
      (within(item).getByRole('textbox', { name: 'Planned hours' }) as HTMLInputElement).value,
    ).toBe('10')
    expect((within(item).getByLabelText('Target start') as HTMLInputElement).value).toBe(
      '2026-03-02',
    )
    expect(
      (within(item).getByRole('combobox', { name: 'Status' }) as HTMLSelectElement).value,
    ).toBe('not-started')

    fireEvent.click(edit)
    expect(within(item).queryByRole('textbox')).toBeNull()
  })

  it('refuses a target finish before the target start and bad hours, with a message', () => {
    const item = renderRow(planRow())
    fireEvent.click(within(item).getByRole('button', { name: 'Edit MITRE ATLAS' }))
    fireEvent.change(within(item).getByLabelText('Target finish'), {
      target: { value: '2026-03-01' },
    })
    expect(within(item).getByText(/must be on or after the target start/)).toBeTruthy()
    const hours = within(item).getByRole('textbox', { name: 'Planned hours' })
    fireEvent.change(hours, { target: { value: 'abc' } })
    fireEvent.keyDown(hours, { key: 'Enter' })
    expect(within(item).getByText('Enter hours as a number, like 12 or 7.5.')).toBeTruthy()
  })

  it('opens with its editors when the item has no estimate yet', () => {
    const item = renderRow(planRow({ plannedMinutes: null, remainingMinutes: null }))
    expect(
      within(item).getByRole('button', { name: 'Edit MITRE ATLAS' }).getAttribute('aria-expanded'),
    ).toBe('true')
    expect(within(item).getByText(/^No estimate yet · target start/)).toBeTruthy()
    expect(
      within(item).getByText('No estimate: enter planned hours so the forecast can include it.'),
    ).toBeTruthy()
  })
})
