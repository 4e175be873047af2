import { existsSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import {
  _electron as electron,
  expect,
  type ElectronApplication,
  type Page,
} from '@playwright/test'
import { electronBinary, electronE2eSkipReason } from './electron-binary'

/**
 * The one way the Electron e2e specs start Bastion: the built app over app://, in a user-data
 * folder of its own (BASTION_USER_DATA_DIR), so IndexedDB, window state and the single-instance
 * lock start fresh and never touch a real profile. `npm run build` first.
 */

export const projectRoot = resolve(__dirname, '../..')

// Fetched like `npm start` fetches it: a machine that can download Electron runs these tests.
export const binary = electronBinary(projectRoot)
/** Why these specs skip here (the download's own error), or null when Electron is at hand. */
export const skipReason = electronE2eSkipReason(binary)

/** A new, empty user-data folder for one launch (or two, to test a restart). */
export function newUserDataDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'bastion-e2e-'))
}

/** Starts the built app on `userDataDir` and waits for its ready marker (never a sleep). */
export async function launchBastion(
  userDataDir: string,
): Promise<{ app: ElectronApplication; page: Page }> {
  if (!binary.available) throw new Error(binary.reason)
  expect(existsSync(join(projectRoot, 'out/main/main.js')), 'run `npm run build` first').toBe(true)
  const env: Record<string, string> = {}
  for (const [key, value] of Object.entries(process.env)) if (value !== undefined) env[key] = value
  // The built app over app://, never a dev server, and never Electron running as plain Node.
  delete env.ELECTRON_RENDERER_URL
  delete env.ELECTRON_RUN_AS_NODE
  env.BASTION_USER_DATA_DIR = userDataDir
  const app = await electron.launch({
    executablePath: binary.executablePath,
    args: [projectRoot],
    cwd: projectRoot,
    env,
  })
  const page = await app.firstWindow()
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true', { timeout: 15_000 })
  return { app, page }
}
