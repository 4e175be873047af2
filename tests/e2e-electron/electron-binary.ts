import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

/**
 * Finds the Electron executable the way node_modules/electron/index.js does, but never
 * downloads: requiring the `electron` package starts a download when the binary is missing,
 * which cannot work offline. playwright.config.ts and the Electron specs both use this.
 */

export type ElectronBinary =
  { available: true; executablePath: string } | { available: false; reason: string }

type Environment = Readonly<Record<string, string | undefined>>

const PROJECT_ROOT = resolve(__dirname, '../..')

function readPathFile(electronDir: string): string | null {
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const relativePath = readFileSync(pathFile, 'utf8').trim()
  return relativePath === '' ? null : relativePath
}

export function findElectronBinary(
  projectRoot = PROJECT_ROOT,
  env: Environment = process.env,
): ElectronBinary {
  const electronDir = join(projectRoot, 'node_modules', 'electron')
  const relativePath = readPathFile(electronDir)

  const overrideDir = env.ELECTRON_OVERRIDE_DIST_PATH
  if (overrideDir) {
    const executablePath = join(overrideDir, relativePath ?? 'electron')
    return existsSync(executablePath)
      ? { available: true, executablePath }
      : {
          available: false,
          reason: `no Electron binary at ELECTRON_OVERRIDE_DIST_PATH (${executablePath} missing)`,
        }
  }

  const distDir = join(electronDir, 'dist')
  if (!existsSync(distDir)) {
    return {
      available: false,
      reason: 'no Electron binary on this machine (node_modules/electron/dist missing)',
    }
  }
  if (relativePath === null) {
    return {
      available: false,
      reason: 'no Electron binary on this machine (node_modules/electron/path.txt missing)',
    }
  }
  const executablePath = join(distDir, relativePath)
  return existsSync(executablePath)
    ? { available: true, executablePath }
    : {
        available: false,
        reason: `no Electron binary on this machine (node_modules/electron/dist/${relativePath} missing)`,
      }
}

/** Electron on Linux needs an X or Wayland display; CI provides one with xvfb-run. */
export function findDisplay(
  platform: NodeJS.Platform = process.platform,
  env: Environment = process.env,
): string | null {
  if (platform !== 'linux' || env.DISPLAY || env.WAYLAND_DISPLAY) return null
  return 'no display on this machine (set DISPLAY, or run the tests under xvfb-run)'
}

/** Why the Electron end-to-end tests cannot run here, or null when they can. */
export function electronE2eSkipReason(
  projectRoot = PROJECT_ROOT,
  env: Environment = process.env,
  platform: NodeJS.Platform = process.platform,
): string | null {
  const binary = findElectronBinary(projectRoot, env)
  if (!binary.available) return binary.reason
  return findDisplay(platform, env)
}

/** The one line printed when the Electron end-to-end tests are skipped. */
export function electronSkipLine(reason: string): string {
  return `Electron e2e skipped: ${reason}`
}
