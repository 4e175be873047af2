import { resolve } from 'node:path'
import { ensureElectronBinary, type ElectronBinary } from '../../scripts/electron/binary.mjs'

/**
 * The Electron binary for the Electron end-to-end project: fetched the same way `npm start`
 * fetches it (scripts/electron/binary.mjs), so the project never skips on a machine that could
 * download it, and its skip line carries the download's own error where it cannot.
 */

export type { ElectronBinary }

type Environment = Readonly<Record<string, string | undefined>>

const PROJECT_ROOT = resolve(__dirname, '../..')

/** Electron on Linux needs an X or Wayland display; CI provides one with xvfb-run. */
export function findDisplay(
  platform: NodeJS.Platform = process.platform,
  env: Environment = process.env,
): string | null {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null
  return 'no display on this machine (set DISPLAY, or run the tests under xvfb-run)'
}

/** The binary (downloaded first when missing), or why there is none. */
export function electronBinary(
  projectRoot = PROJECT_ROOT,
  env: Environment = process.env,
): ElectronBinary {
  return ensureElectronBinary(projectRoot, env)
}

/** Why the Electron end-to-end tests cannot run here, or null when they can. */
export function electronE2eSkipReason(
  binary: ElectronBinary,
  env: Environment = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  if (!binary.available) return binary.reason
  return findDisplay(platform, env)
}

/** The one line printed when the Electron end-to-end tests are skipped. */
export function electronSkipLine(reason: string): string {
  return `Electron e2e skipped: ${reason}`
}
