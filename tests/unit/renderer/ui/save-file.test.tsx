import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import type { SaveFileOutcome } from '../../../../electron/shared/desktop-api'
import type { Result } from '../../../../electron/shared/result'
import { SavedFileMessage, useSaveFile } from '@renderer/ui/save-file'

afterEach(cleanup)

function Exporter({ outcome }: { outcome: Result<SaveFileOutcome> }) {
  const save = useSaveFile()
  return (
    <>
      <button
        type="button"
        onClick={() => save.mutate({ write: async () => outcome, saved: 'Exported 1,200 entries' })}
      >
        Export
      </button>
      <SavedFileMessage save={save} failed="Not exported" />
    </>
  )
}

function renderExporter(outcome: Result<SaveFileOutcome>) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } })
  render(
    <QueryClientProvider client={client}>
      <Exporter outcome={outcome} />
    </QueryClientProvider>,
  )
  fireEvent.click(screen.getByRole('button', { name: 'Export' }))
}

describe('save a file, then say where it went', () => {
  it('says what was saved and where, when the platform knows', async () => {
    renderExporter({ ok: true, value: { saved: true, path: '/home/me/index.csv' } })
    expect((await screen.findByRole('status')).textContent).toBe(
      'Exported 1,200 entries to /home/me/index.csv.',
    )
  })
  it('says what was saved when the browser downloads it', async () => {
    renderExporter({ ok: true, value: { saved: true } })
    expect((await screen.findByRole('status')).textContent).toBe('Exported 1,200 entries.')
  })
  it('says a cancelled dialog saved nothing', async () => {
    renderExporter({ ok: true, value: { saved: false } })
    expect((await screen.findByRole('status')).textContent).toBe('Cancelled: no file was saved.')
  })
  it('says why a file was not saved, as an alert', async () => {
    renderExporter({ ok: false, error: 'The disk is full.' })
    expect((await screen.findByRole('alert')).textContent).toBe('Not exported: The disk is full.')
  })
})
