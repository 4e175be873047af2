import { isAbsolute } from 'node:path'
import { parseUrl } from './app-origin'

type Environment = Readonly<Record<string, string | undefined>>

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]'])

/**
 * The electron-vite dev server URL, only in an unpackaged build and only on this machine.
 * A packaged app ignores ELECTRON_RENDERER_URL, so an environment variable can never make the
 * shipped app load (and trust) remote content.
 */
export function resolveDevServerUrl(env: Environment, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined
  const raw = env.ELECTRON_RENDERER_URL
  const url = parseUrl(raw)
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined
  if (url.username !== '' || url.password !== '') return undefined
  if (!LOOPBACK_HOSTS.has(url.hostname)) return undefined
  return url.href
}

/**
 * BASTION_USER_DATA_DIR moves all user data (window state, IndexedDB, the single-instance lock)
 * to another folder: end-to-end tests use it for a fresh profile per run. A packaged app ignores
 * it, so no variable can point the shipped app's data (and backups) somewhere else.
 */
export function resolveUserDataDir(env: Environment, isPackaged: boolean): string | undefined {
  if (isPackaged) return undefined
  const dir = env.BASTION_USER_DATA_DIR?.trim()
  if (!dir || !isAbsolute(dir) || dir.includes('\0')) return undefined
  return dir
}
