import { registerAppInfoHandlers } from './app-info'
import { registerBackupHandlers } from '../backup/register'
import { registerFileHandlers } from './files'
import { createHandle, type HandleOptions, type IpcDomain, type IpcRegistrar } from './handle'
import { registerNotificationHandlers } from './notifications'
import { registerPrintHandlers } from './print'
import { registerShellHandlers } from './shell'

/**
 * One file per domain (app-info, shell, files, notifications, print; backups in ../backup/), each
 * exporting an `IpcDomain` that calls `handle(channel, schema, fn)`. To add an action:
 *   1. shared/channels.ts: its name in `Channels` (`domain:action`);
 *   2. shared/ipc-schemas.ts: its payload schema in `IpcSchemas` and its value in `IpcResults`;
 *   3. shared/desktop-api.ts + preload.ts: one named function for it;
 *   4. its domain file: `handle(Channels.x, IpcSchemas[Channels.x], fn)`, writing any file with
 *      `writeFileAtomically` (atomic-write.ts); a new domain file goes into `domains` below.
 * The compiler rejects a handler whose schema or result does not match its channel.
 */
const domains: readonly IpcDomain[] = [
  registerAppInfoHandlers,
  registerShellHandlers,
  registerFileHandlers,
  registerNotificationHandlers,
  registerPrintHandlers,
  registerBackupHandlers,
]

export function registerIpcHandlers(registrar: IpcRegistrar, options: HandleOptions): void {
  const handle = createHandle(registrar, options)
  for (const register of domains) register(handle)
}
