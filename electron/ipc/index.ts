import { registerAppInfoHandlers } from './app-info'
import { registerBackupHandlers } from './backups'
import { registerFileHandlers } from './files'
import { createHandle, type HandleOptions, type IpcDomain, type IpcRegistrar } from './handle'
import { registerNotificationHandlers } from './notifications'
import { registerPrintHandlers } from './print'
import { registerShellHandlers } from './shell'

/**
 * One file per domain, each exporting an `IpcDomain` that calls `handle(channel, schema, fn)`.
 * To add a domain (say backup):
 *   1. shared/channels.ts: add `backupWrite: 'backup:write'` (and the other actions);
 *   2. shared/ipc-schemas.ts: add each payload schema to `IpcSchemas` and its value to `IpcResults`;
 *   3. shared/desktop-api.ts + preload.ts: one named function per action;
 *   4. ipc/backup.ts: `export const registerBackupHandlers: IpcDomain = (handle) => { … }`,
 *      writing files with `writeFileAtomically` (atomic-write.ts);
 *   5. add `registerBackupHandlers` to `domains` below.
 * (Backups themselves keep their channels and schemas in a map of their own,
 * shared/backup-schemas.ts; ipc/contract.ts joins the two maps for `handle`.)
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
