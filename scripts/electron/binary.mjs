import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The Electron binary, found or fetched before electron-vite, electron-builder or the Electron
 * end-to-end tests need it. The `electron` package downloads its binary only on the first
 * `require('electron')` (it has no postinstall), while electron-vite reads
 * node_modules/electron/path.txt directly: so `npm start` runs this first (ensure.mjs).
 * No electron import here: requiring the package is what starts an uncontrolled download.
 */

// Preloaded into Electron's own installer (`node --import`). The installer prints only
// "TypeError: fetch failed" when the network is unreachable; this records the cause (the host and
// the system error, such as ENOTFOUND) on one marked line that downloadFailureReason reads.
// Inline (a data: URL), so this module needs no path of its own (Playwright loads it as CommonJS).
const DOWNLOAD_REASON_SOURCE = `
const realFetch = globalThis.fetch
const hostOf = (input) => {
  try { return new URL(typeof input === 'string' ? input : input.url).host } catch { return '' }
}
globalThis.fetch = async (input, init) => {
  try {
    return await realFetch(input, init)
  } catch (error) {
    const cause = error && error.cause
    const why = (cause && (cause.code || cause.message)) || (error && error.message) || 'failed'
    const host = hostOf(input)
    process.stderr.write('\\nbastion-electron-download-error: ' +
      (host ? 'cannot reach ' + host : 'no connection') + ' (' + why + ')\\n')
    throw error
  }
}
`
const DOWNLOAD_REASON_HOOK = `data:text/javascript,${encodeURIComponent(DOWNLOAD_REASON_SOURCE)}`
const REASON_MARKER = 'bastion-electron-download-error:'
/** Electron is about 100 MB; a slow line gets ten minutes before we give up. */
export const DOWNLOAD_TIMEOUT_MS = 10 * 60 * 1000

/**
 * Electron's installer (install.js, CommonJS) requires @electron/get, an ES module: that needs
 * require(esm) without a flag, which Node has from 20.19 on the 20 line and from 22.12 on.
 */
export function nodeCanRunElectronInstaller(version = process.versions.node) {
  const [major = 0, minor = 0] = version.split('.').map(Number)
  if (major === 20) return minor >= 19
  if (major === 22) return minor >= 12
  return major >= 23
}

function electronDir(projectRoot) {
  return join(projectRoot, 'node_modules', 'electron')
}

export function electronVersion(projectRoot) {
  try {
    return JSON.parse(readFileSync(join(electronDir(projectRoot), 'package.json'), 'utf8')).version
  } catch {
    return null
  }
}

function readPathFile(projectRoot) {
  const pathFile = join(electronDir(projectRoot), 'path.txt')
  if (!existsSync(pathFile)) return null
  const relativePath = readFileSync(pathFile, 'utf8').trim()
  return relativePath === '' ? null : relativePath
}

/** Finds the executable the way node_modules/electron/index.js does, without downloading. */
export function findElectronBinary(projectRoot, env = process.env) {
  if (electronVersion(projectRoot) === null) {
    return { available: false, reason: 'the electron package is not installed (run `npm install`)' }
  }
  const relativePath = readPathFile(projectRoot)
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
  if (relativePath === null) {
    return { available: false, reason: 'the Electron binary is not downloaded yet' }
  }
  const executablePath = join(electronDir(projectRoot), 'dist', relativePath)
  return existsSync(executablePath)
    ? { available: true, executablePath }
    : { available: false, reason: `the Electron binary is missing (dist/${relativePath})` }
}

/** The one reason a failed installer run gives, from what it printed. */
export function downloadFailureReason(stderr, stdout = '') {
  const lines = `${stderr}\n${stdout}`.split(/\r?\n/).map((line) => line.trim())
  const marked = lines.find((line) => line.startsWith(REASON_MARKER))
  if (marked) return marked.slice(REASON_MARKER.length).trim()
  const errorLine = lines.find((line) => /^[A-Za-z]*Error\b.*:/.test(line))
  if (errorLine) return errorLine.slice(0, 300)
  const last = lines.filter((line) => line !== '' && !line.startsWith('at ')).pop()
  return last ? last.slice(0, 300) : 'the installer stopped without saying why'
}

/** Runs Electron's own installer (checksums included) once; never throws. */
export function downloadElectronBinary(
  projectRoot,
  env = process.env,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
) {
  if (!nodeCanRunElectronInstaller()) {
    return {
      ok: false,
      reason: `Electron's installer needs Node.js 20.19+ or 22.12+, and this is Node.js ${process.versions.node}`,
    }
  }
  const result = spawnSync(
    process.execPath,
    ['--import', DOWNLOAD_REASON_HOOK, join(electronDir(projectRoot), 'install.js')],
    {
      cwd: projectRoot,
      env: { ...env, ELECTRON_GET_NO_PROGRESS: '1' },
      encoding: 'utf8',
      timeout: timeoutMs,
    },
  )
  if (result.error) {
    const timedOut = result.error.code === 'ETIMEDOUT'
    return {
      ok: false,
      reason: timedOut
        ? `the download took longer than ${Math.round(timeoutMs / 1000)} s`
        : result.error.message,
    }
  }
  if (result.status !== 0) {
    return { ok: false, reason: downloadFailureReason(result.stderr, result.stdout) }
  }
  return { ok: true }
}

/** The binary, downloading it first when it is missing. */
export function ensureElectronBinary(
  projectRoot,
  env = process.env,
  timeoutMs = DOWNLOAD_TIMEOUT_MS,
) {
  const found = findElectronBinary(projectRoot, env)
  if (found.available || electronVersion(projectRoot) === null || env.ELECTRON_OVERRIDE_DIST_PATH) {
    return found
  }
  const download = downloadElectronBinary(projectRoot, env, timeoutMs)
  const version = electronVersion(projectRoot)
  if (!download.ok) {
    return {
      available: false,
      reason: `the Electron ${version} binary could not be downloaded: ${download.reason}`,
    }
  }
  return findElectronBinary(projectRoot, env)
}

/** The one line `npm start` prints when there is no Electron binary. */
export function electronUnavailableLine(reason) {
  return `Bastion cannot open its Electron window: ${reason}. Run \`npm run web\` to use Bastion in your browser instead.`
}
