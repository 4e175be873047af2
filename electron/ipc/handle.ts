import type { IpcMainInvokeEvent } from 'electron'
import type { z } from 'zod'
import { isOwnContentUrl } from '../app-origin'
import { fail, type Result } from '../shared/result'
import type { InvokeChannel } from '../shared/channels'
import type { IpcResults, IpcSchemas } from '../shared/ipc-schemas'

/**
 * Every IPC handler goes through `handle()`: it checks who is asking (the sender frame's URL),
 * parses the payload with the channel's zod schema, and turns any failure into
 * `{ ok: false, error }`. Nothing throws across IPC, so the renderer always gets a value.
 *
 * `runHandler` is the pure core; `createHandle` binds it to a registrar (ipcMain in the app, a
 * fake in tests), so this file never loads Electron.
 */

export type Awaitable<T> = T | Promise<T>

/** The part of ipcMain that handlers are registered with. */
export interface IpcRegistrar {
  handle(
    channel: string,
    listener: (event: IpcMainInvokeEvent, payload?: unknown) => Promise<unknown>,
  ): void
}

export type HandlerFn<S extends z.ZodType, T> = (
  input: z.output<S>,
  event: IpcMainInvokeEvent,
) => Awaitable<Result<T>>

export interface HandleOptions {
  /** Set only in development: the electron-vite dev server is then a trusted sender too. */
  devServerUrl?: string
  log?: (message: string, error?: unknown) => void
}

/** Only Bastion's own pages may call the main process: app://bastion/, or the dev server in dev. */
export function isTrustedSender(frameUrl: unknown, devServerUrl?: string): boolean {
  return isOwnContentUrl(frameUrl, devServerUrl)
}

export const UNTRUSTED_SENDER_ERROR =
  'Bastion refused a request from a page it did not load. Restart Bastion if this keeps happening.'

function describeInvalidPayload(channel: string, error: z.ZodError): string {
  const problems = error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.') || 'request'}: ${issue.message}`)
    .join('; ')
  return `Bastion could not do that because the request was not valid (${channel}: ${problems}).`
}

function describeUnexpected(channel: string, error: unknown): string {
  const reason = error instanceof Error ? error.message : String(error)
  return `Something went wrong in Bastion (${channel}): ${reason}. Please try again.`
}

export async function runHandler<S extends z.ZodType, T>(
  event: IpcMainInvokeEvent,
  payload: unknown,
  schema: S,
  fn: HandlerFn<S, T>,
  options: HandleOptions & { channel: string },
): Promise<Result<T>> {
  const { channel } = options
  const log = options.log ?? console.error
  // senderFrame is null once the frame has navigated away or been destroyed: refuse then too.
  const frameUrl = event.senderFrame?.url
  if (!isTrustedSender(frameUrl, options.devServerUrl)) {
    log(`[ipc] refused ${channel} from ${String(frameUrl).slice(0, 200)}`)
    return fail(UNTRUSTED_SENDER_ERROR)
  }
  const parsed = schema.safeParse(payload)
  if (!parsed.success) return fail(describeInvalidPayload(channel, parsed.error))
  try {
    return await fn(parsed.data, event)
  } catch (error) {
    log(`[ipc] ${channel} failed`, error)
    return fail(describeUnexpected(channel, error))
  }
}

/**
 * `handle(channel, schema, fn)` for one registrar. The channel decides which schema and result
 * type are accepted, so a handler cannot drift from `shared/ipc-schemas.ts`.
 */
export function createHandle(registrar: IpcRegistrar, options: HandleOptions = {}) {
  return function handle<C extends InvokeChannel>(
    channel: C,
    schema: IpcSchemas[C],
    fn: HandlerFn<IpcSchemas[C], IpcResults[C]>,
  ): void {
    registrar.handle(channel, (event, payload) =>
      runHandler(event, payload, schema, fn, { ...options, channel }),
    )
  }
}

export type Handle = ReturnType<typeof createHandle>

/** A domain file (ipc/files.ts, ipc/backups.ts, …) registers its channels through `handle`. */
export type IpcDomain = (handle: Handle) => void
