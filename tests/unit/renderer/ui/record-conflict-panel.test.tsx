import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { RecordConflictPanel } from '@renderer/ui/RecordConflictPanel'

afterEach(cleanup)

const mine = [
  { label: 'Term', value: 'Kerberos' },
  { label: 'Pages', value: '88–90' },
  { label: 'Short note', value: '' },
  { label: 'Tags', value: '' },
]
const theirs = [
  { label: 'Term', value: 'Kerberos' },
  { label: 'Pages', value: '88' },
  { label: 'Short note', value: 'ticket granting' },
  { label: 'Tags', value: '' },
]

// Role queries in jsdom are slow on a loaded machine: 20 s, as other UI tests have.
describe('RecordConflictPanel', { timeout: 20_000 }, () => {
  it('shows both versions field by field and marks the fields that differ', () => {
    render(
      <RecordConflictPanel what="index entry" mine={mine} theirs={theirs} onChoose={vi.fn()} />,
    )
    const panel = screen.getByRole('region', { name: 'This index entry changed in another window' })
    expect(panel.textContent).toContain('2 fields differ')
    const rows = within(panel).getAllByRole('row').slice(1)
    // Tags is empty in both versions: left out.
    expect(rows.map((row) => row.textContent)).toEqual([
      'TermKerberosKerberos',
      'Pagesdiffers88–9088',
      'Short notediffersemptyticket granting',
    ])
    expect(within(panel).queryByRole('button', { name: 'Keep both' })).toBeNull()
  })

  it('hands the choice over, and says so in words when it fails, keeping the panel', async () => {
    const onChoose = vi.fn().mockRejectedValueOnce(new Error('The disk is full.'))
    render(
      <RecordConflictPanel
        what="quote"
        mine={mine}
        theirs={theirs}
        canKeepBoth
        onChoose={onChoose}
      />,
    )
    fireEvent.click(screen.getByRole('button', { name: 'Keep both' }))
    expect(onChoose).toHaveBeenCalledWith('both')
    expect((await screen.findByRole('alert')).textContent).toBe('The disk is full.')
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Keep mine' })).toHaveProperty('disabled', false),
    )
  })
})
