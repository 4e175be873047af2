// @vitest-environment node
import type { IpcMainInvokeEvent } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import {
  createHandle,
  isTrustedSender,
  runHandler,
  UNTRUSTED_SENDER_ERROR,
  type IpcRegistrar,
} from '../../../electron/ipc/handle'
import { MAX_BACKUP_BYTES } from '../../../electron/shared/backup-schemas'
import { Channels } from '../../../electron/shared/channels'
import { NotifyPayload, SaveFilePayload } from '../../../electron/shared/ipc-schemas'
import { ok } from '../../../electron/shared/result'

const devServer = 'http://localhost:5173/'

/** The parts of an invoke event handle() reads; Electron itself cannot load in a unit test. */
function eventFrom(frameUrl: string | null): IpcMainInvokeEvent {
  const senderFrame = frameUrl === null ? null : { url: frameUrl }
  return { senderFrame, sender: {} } as unknown as IpcMainInvokeEvent
}

describe('isTrustedSender', () => {
  it.each([
    ['the app entry', 'app://bastion/index.html', undefined],
    ['an app route', 'app://bastion/index.html#/catalog', undefined],
    ['the dev server in development', 'http://localhost:5173/', devServer],
    ['a dev server route', 'http://localhost:5173/#/plan', devServer],
  ])('trusts %s', (_label, url, dev) => {
    expect(isTrustedSender(url, dev)).toBe(true)
  })

  it.each([
    ['another website', 'https://evil.example/', devServer],
    ['file://', 'file:///opt/bastion/out/renderer/index.html', devServer],
    ['data:', 'data:text/html,<script>alert(1)</script>', devServer],
    ['about:blank', 'about:blank', devServer],
    ['an empty URL', '', devServer],
    ['no frame URL', undefined, devServer],
    ['a number', 42, devServer],
    ['another app:// host', 'app://evil/index.html', devServer],
    ['an app:// look-alike host', 'app://bastion.evil.com/', devServer],
    ['credentials hiding another host', 'app://bastion@evil/index.html', devServer],
    ['the dev server when not in development', 'http://localhost:5173/', undefined],
    ['a dev server look-alike host', 'http://localhost:5173.evil.com/', devServer],
    ['the dev server as user info', 'http://localhost:5173@evil.com/', devServer],
    ['another port', 'http://localhost:5174/', devServer],
    ['another loopback name', 'http://127.0.0.1:5173/', devServer],
    ['https instead of http', 'https://localhost:5173/', devServer],
    ['a ws: URL on the dev port', 'ws://localhost:5173/', devServer],
    ['a subdomain of localhost', 'http://evil.localhost:5173/', devServer],
  ])('refuses %s', (_label, url, dev) => {
    expect(isTrustedSender(url, dev)).toBe(false)
  })
})

describe('runHandler', () => {
  const schema = z.object({ name: z.string().max(5) })
  const options = { channel: 'test:echo', log: vi.fn() }

  it('passes the parsed payload and the event to the handler', async () => {
    const fn = vi.fn(async (input: { name: string }) => ok(input.name.toUpperCase()))
    const event = eventFrom('app://bastion/index.html')
    const result = await runHandler(event, { name: 'ada', extra: 'dropped' }, schema, fn, options)
    expect(result).toEqual({ ok: true, value: 'ADA' })
    expect(fn).toHaveBeenCalledWith({ name: 'ada' }, event)
  })

  it.each([
    ['a foreign page', 'https://evil.example/'],
    ['a destroyed frame', null],
  ])('refuses %s without running the handler', async (_label, url) => {
    const fn = vi.fn(async () => ok('ran'))
    const result = await runHandler(eventFrom(url), { name: 'ada' }, schema, fn, options)
    expect(result).toEqual({ ok: false, error: UNTRUSTED_SENDER_ERROR })
    expect(fn).not.toHaveBeenCalled()
  })

  it.each([
    ['a missing payload', undefined],
    ['a wrong type', { name: 42 }],
    ['a too long value', { name: 'much too long' }],
    ['a string instead of an object', 'name=ada'],
  ])('refuses %s with a readable message', async (_label, payload) => {
    const fn = vi.fn(async () => ok('ran'))
    const result = await runHandler(eventFrom('app://bastion/'), payload, schema, fn, options)
    expect(result.ok).toBe(false)
    if (!result.ok)
      expect(result.error).toMatch(
        /^Bastion could not do that because the request was not valid \(test:echo: (name|request): /,
      )
    expect(fn).not.toHaveBeenCalled()
  })

  it('turns a thrown error into a failed result instead of rejecting', async () => {
    const fn = vi.fn(async () => {
      throw new Error('disk on fire')
    })
    const result = await runHandler(
      eventFrom('app://bastion/'),
      { name: 'ada' },
      schema,
      fn,
      options,
    )
    expect(result).toEqual({ ok: false, error: expect.stringContaining('disk on fire') })
    expect(options.log).toHaveBeenCalled()
  })

  it('turns a synchronous throw into a failed result too', async () => {
    const fn = vi.fn(() => {
      throw 'plain string'
    })
    const result = await runHandler(
      eventFrom('app://bastion/'),
      { name: 'ada' },
      schema,
      fn,
      options,
    )
    expect(result).toEqual({ ok: false, error: expect.stringContaining('plain string') })
  })
})

describe('createHandle', () => {
  function fakeRegistrar() {
    const listeners = new Map<
      string,
      (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>
    >()
    const registrar: IpcRegistrar = {
      handle: (channel, listener) => void listeners.set(channel, listener),
    }
    return { registrar, listeners }
  }

  it('registers the channel and validates through the channel schema', async () => {
    const { registrar, listeners } = fakeRegistrar()
    const handle = createHandle(registrar, { log: vi.fn() })
    handle(Channels.notify, NotifyPayload, ({ title }) =>
      title === 'Hi' ? ok(undefined) : ok(undefined),
    )
    const listener = listeners.get('notify:show')
    expect(listener).toBeDefined()
    await expect(
      listener?.(eventFrom('app://bastion/'), { title: 'Hi', body: '' }),
    ).resolves.toEqual({
      ok: true,
      value: undefined,
    })
    await expect(
      listener?.(eventFrom('app://bastion/'), { title: '', body: '' }),
    ).resolves.toMatchObject({
      ok: false,
    })
  })

  it('trusts the dev server only when given its URL', async () => {
    const { registrar, listeners } = fakeRegistrar()
    createHandle(registrar, { devServerUrl: devServer, log: vi.fn() })(
      Channels.saveFile,
      SaveFilePayload,
      () => ok({ saved: false }),
    )
    const request = {
      suggestedName: 'plan.ics',
      content: 'BEGIN:VCALENDAR',
      mimeType: 'text/calendar',
    }
    const listener = listeners.get('file:save')
    await expect(listener?.(eventFrom('http://localhost:5173/'), request)).resolves.toEqual(
      ok({ saved: false }),
    )
    await expect(
      listener?.(eventFrom('http://localhost:5173.evil.com/'), request),
    ).resolves.toEqual({
      ok: false,
      error: UNTRUSTED_SENDER_ERROR,
    })
  })
})

describe('payload schemas', () => {
  it('accepts a save as large as a backup, and refuses more or no name', () => {
    const largest = 'x'.repeat(MAX_BACKUP_BYTES)
    expect(
      SaveFilePayload.safeParse({
        suggestedName: 'b.json',
        content: largest,
        mimeType: 'text/json',
      }).success,
    ).toBe(true)
    const huge = `${largest}x`
    expect(
      SaveFilePayload.safeParse({ suggestedName: 'a.txt', content: huge, mimeType: 'text/plain' })
        .success,
    ).toBe(false)
    expect(
      SaveFilePayload.safeParse({ suggestedName: '   ', content: '', mimeType: 'text/plain' })
        .success,
    ).toBe(false)
  })
})
