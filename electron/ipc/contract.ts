import type { z } from 'zod'
import type { BackupIpcResults, BackupIpcSchemas } from '../shared/backup-schemas'
import type { Channel } from '../shared/channels'
import type { IpcResults, IpcSchemas } from '../shared/ipc-schemas'

/**
 * Every invoke/handle channel with its payload schema and result value: the original `Channels`
 * map plus the backup channels, which live in their own map (shared/backup-schemas.ts). Types
 * only, so the sandboxed preload can use them without bundling zod.
 */

/** `backup:requested` and `backup:request-done` are one-way events, not invoke channels. */
export type BackupInvokeChannel = keyof BackupIpcResults

export type InvokeChannel = Channel | BackupInvokeChannel

export type InvokeSchemas = IpcSchemas & Pick<typeof BackupIpcSchemas, BackupInvokeChannel>

export type InvokeResults = IpcResults & BackupIpcResults

/** What the preload sends on a channel. */
export type InvokePayload<C extends InvokeChannel> = z.input<InvokeSchemas[C]>
