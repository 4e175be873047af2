import { describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../../electron/shared/desktop-api'
import { ok } from '../../../../electron/shared/result'
import { overPreload } from '@renderer/platform'

describe('the platform over the preload', () => {
  it('reads a Blob back to text before it crosses IPC, which carries text only', async () => {
    const saveFile = vi.fn<DesktopApi['saveFile']>(async () => ok({ saved: true }))
    const platform = overPreload({ kind: 'desktop', saveFile } as unknown as DesktopApi)
    const content = new Blob(['{"a":', new TextEncoder().encode('"é"'), '}'])
    const outcome = await platform.saveFile({
      suggestedName: 'b.json',
      content,
      mimeType: 'application/json',
    })
    expect(outcome).toEqual({ ok: true, value: { saved: true } })
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'b.json',
      content: '{"a":"é"}',
      mimeType: 'application/json',
    })
    expect(platform.kind).toBe('desktop')
  })

  it('passes text through unchanged', async () => {
    const saveFile = vi.fn<DesktopApi['saveFile']>(async () => ok({ saved: false }))
    await overPreload({ saveFile } as unknown as DesktopApi).saveFile({
      suggestedName: 'x.csv',
      content: 'a,b',
      mimeType: 'text/csv',
    })
    expect(saveFile).toHaveBeenCalledWith({
      suggestedName: 'x.csv',
      content: 'a,b',
      mimeType: 'text/csv',
    })
  })
})
