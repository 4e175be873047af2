// @vitest-environment node
import { execFile, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  downloadFailureReason,
  electronUnavailableLine,
  findElectronBinary,
  nodeCanRunElectronInstaller,
} from '../../../../scripts/electron/binary.mjs'
import {
  electronE2eSkipReason,
  electronSkipLine,
  findDisplay,
} from '../../../e2e-electron/electron-binary'
import { storedZip } from './zip'

const projectRoot = resolve(__dirname, '../../../..')
const ensureScript = join(projectRoot, 'scripts/electron/ensure.mjs')
const realElectron = join(projectRoot, 'node_modules/electron')
const electronVersion = (
  JSON.parse(readFileSync(join(realElectron, 'package.json'), 'utf8')) as { version: string }
).version

let root = ''
const electronDir = () => join(root, 'node_modules', 'electron')

/** A project whose node_modules/electron is the real package without its binary. */
function freshProject(): void {
  root = mkdtempSync(join(tmpdir(), 'bastion-electron-'))
  mkdirSync(electronDir(), { recursive: true })
  for (const file of ['package.json', 'install.js', 'checksums.json']) {
    copyFileSync(join(realElectron, file), join(electronDir(), file))
  }
}

/** What `npm start` runs first, in `root`, with an empty download cache. */
function ensureEnvironment(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra }
  for (const key of Object.keys(env)) {
    if (/^(npm_|ELECTRON_)/i.test(key) && !(key in extra)) delete env[key]
  }
  // The copied install.js finds @electron/get in the real node_modules.
  env.NODE_PATH = join(projectRoot, 'node_modules')
  env.electron_config_cache = join(root, 'cache')
  return env
}

function runEnsure(command: string[], env: NodeJS.ProcessEnv) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const [file = '', ...args] = command
    execFile(file, args, { cwd: root, env, timeout: 60_000 }, (error, stdout, stderr) => {
      done({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr })
    })
  })
}

const canBlockNetwork =
  process.platform === 'linux' && spawnSync('unshare', ['-rn', 'true']).status === 0

describe('npm start, dev and package fetch the Electron binary first', () => {
  it('runs scripts/electron/ensure.mjs before electron-vite and electron-builder', () => {
    const { scripts, engines } = JSON.parse(
      readFileSync(join(projectRoot, 'package.json'), 'utf8'),
    ) as { scripts: Record<string, string>; engines: { node: string } }
    // The installer's real need (require(esm) unflagged), stated once for npm, README and CI.
    expect(engines.node).toBe('^20.19.0 || >=22.12.0')
    const ensure = 'node scripts/electron/ensure.mjs && '
    expect(scripts.start).toBe(`${ensure}electron-vite preview`)
    expect(scripts.dev).toBe(`${ensure}electron-vite dev`)
    expect(scripts.package).toBe(`${ensure}npm run build && electron-builder`)
  })
})

// Each test starts Node twice (the step and Electron's installer): slow on a busy machine.
describe('scripts/electron/ensure.mjs', { timeout: 60_000 }, () => {
  beforeEach(freshProject)
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it.skipIf(!canBlockNetwork)(
    'with the network blocked prints one line saying why, suggests npm run web, exits 1',
    async () => {
      // A new network namespace has no interfaces but loopback: no name resolves, nothing answers.
      const result = await runEnsure(
        ['unshare', '-rn', process.execPath, ensureScript],
        ensureEnvironment(),
      )
      expect(result.code).toBe(1)
      expect(result.stdout).toBe('')
      const lines = result.stderr.split('\n').filter((line) => line !== '')
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        new RegExp(
          `^Bastion cannot open its Electron window: the Electron ${electronVersion.replace(/\./g, '\\.')} binary could not be downloaded: cannot reach github\\.com \\((ENOTFOUND|EAI_AGAIN)\\)\\. Run \`npm run web\` to use Bastion in your browser instead\\.$`,
        ),
      )
      expect(existsSync(join(electronDir(), 'path.txt'))).toBe(false)
    },
  )

  it('names an unreachable mirror in its one line', async () => {
    const closed = createServer()
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done))
    const { port } = closed.address() as AddressInfo
    await new Promise((done) => closed.close(done))
    const result = await runEnsure(
      [process.execPath, ensureScript],
      ensureEnvironment({ ELECTRON_MIRROR: `http://127.0.0.1:${port}/` }),
    )
    expect(result.code).toBe(1)
    expect(result.stderr.trim().split('\n')).toEqual([
      electronUnavailableLine(
        `the Electron ${electronVersion} binary could not be downloaded: cannot reach 127.0.0.1:${port} (ECONNREFUSED)`,
      ),
    ])
  })

  describe('with a reachable mirror', () => {
    let server: Server | null = null

    /** Runs the step against `mirror`, checking against the mirror's SHASUMS256.txt. */
    async function ensureFromMirror(mirror: Server) {
      await new Promise<void>((done) => mirror.listen(0, '127.0.0.1', done))
      const { port } = mirror.address() as AddressInfo
      return runEnsure(
        [process.execPath, ensureScript],
        ensureEnvironment({
          ELECTRON_MIRROR: `http://127.0.0.1:${port}/`,
          electron_use_remote_checksums: '1',
        }),
      )
    }
    afterEach(() => new Promise<void>((done) => (server ? server.close(() => done()) : done())))

    it('downloads, checks the checksum, unpacks, and then finds the binary', async () => {
      const zip = storedZip([
        { name: 'electron', data: '#!/bin/sh\n', mode: 0o755 },
        { name: 'version', data: electronVersion },
      ])
      const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`
      const sums = `${createHash('sha256').update(zip).digest('hex')} *${zipName}\n`
      const requested: string[] = []
      server = createServer((request, response) => {
        requested.push(request.url ?? '')
        if (request.url?.endsWith(`/${zipName}`)) return void response.end(zip)
        if (request.url?.endsWith('/SHASUMS256.txt')) return void response.end(sums)
        response.statusCode = 404
        response.end()
      })
      const result = await ensureFromMirror(server)
      expect(result).toMatchObject({ code: 0, stderr: '' })
      expect(requested.sort()).toEqual([
        `/v${electronVersion}/SHASUMS256.txt`,
        `/v${electronVersion}/${zipName}`,
      ])
      expect(findElectronBinary(root, {})).toEqual({
        available: true,
        executablePath: join(electronDir(), 'dist', 'electron'),
      })
      // A second run finds it and downloads nothing.
      const again = await runEnsure([process.execPath, ensureScript], ensureEnvironment())
      expect(again).toMatchObject({ code: 0, stderr: '' })
      expect(requested).toHaveLength(2)
    })

    it('refuses an archive whose checksum does not match', async () => {
      const zipName = `electron-v${electronVersion}-${process.platform}-${process.arch}.zip`
      server = createServer((request, response) => {
        if (request.url?.endsWith('/SHASUMS256.txt')) {
          return void response.end(`${'0'.repeat(64)} *${zipName}\n`)
        }
        response.end(storedZip([{ name: 'electron', data: 'evil' }]))
      })
      const result = await ensureFromMirror(server)
      expect(result.code).toBe(1)
      expect(result.stderr.trim().split('\n')).toHaveLength(1)
      expect(result.stderr).toMatch(/could not be downloaded: .*checksum/i)
      expect(findElectronBinary(root, {}).available).toBe(false)
    })
  })
})

describe('findElectronBinary', () => {
  beforeEach(freshProject)
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('says the binary is not downloaded when path.txt is missing', () => {
    expect(findElectronBinary(root, {})).toEqual({
      available: false,
      reason: 'the Electron binary is not downloaded yet',
    })
  })

  it('reports a path.txt that names a missing executable', () => {
    writeFileSync(join(electronDir(), 'path.txt'), 'electron')
    expect(findElectronBinary(root, {})).toEqual({
      available: false,
      reason: 'the Electron binary is missing (dist/electron)',
    })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const override = join(root, 'custom-dist')
    mkdirSync(override)
    writeFileSync(join(override, 'electron'), '')
    const env = { ELECTRON_OVERRIDE_DIST_PATH: override }
    expect(findElectronBinary(root, env)).toEqual({
      available: true,
      executablePath: join(override, 'electron'),
    })
    rmSync(join(override, 'electron'))
    expect(findElectronBinary(root, env).available).toBe(false)
  })

  it('asks for npm install when the electron package is absent', () => {
    rmSync(electronDir(), { recursive: true })
    expect(findElectronBinary(root, {})).toMatchObject({ reason: /npm install/ })
  })
})

describe('the installer and its errors', () => {
  it('needs a Node.js that can require() ES modules: 20.19+ or 22.12+', () => {
    expect(
      ['18.20.0', '20.18.3', '21.7.0', '22.11.0'].map((v) => nodeCanRunElectronInstaller(v)),
    ).toEqual([false, false, false, false])
    expect(
      ['20.19.0', '20.20.2', '22.12.0', '24.1.0'].map((v) => nodeCanRunElectronInstaller(v)),
    ).toEqual([true, true, true, true])
    expect(nodeCanRunElectronInstaller()).toBe(true)
  })

  it('takes the reason from the marked line, else the first error line', () => {
    expect(
      downloadFailureReason(
        'TypeError: fetch failed\n    at x\n\nbastion-electron-download-error: cannot reach github.com (ENOTFOUND)\n',
      ),
    ).toBe('cannot reach github.com (ENOTFOUND)')
    expect(
      downloadFailureReason(
        'HTTPError: Response code 404 (Not Found) for https://x/y.zip\n    at z',
      ),
    ).toBe('HTTPError: Response code 404 (Not Found) for https://x/y.zip')
    expect(downloadFailureReason('')).toBe('the installer stopped without saying why')
  })
})

describe('the Electron e2e skip line', () => {
  it('carries the download error', () => {
    const reason =
      'the Electron 45.5.0 binary could not be downloaded: cannot reach github.com (ENOTFOUND)'
    expect(electronSkipLine(electronE2eSkipReason({ available: false, reason }) ?? '')).toBe(
      `Electron e2e skipped: ${reason}`,
    )
  })

  it('skips when there is a binary but no display on Linux', () => {
    const binary = { available: true as const, executablePath: '/x/electron' }
    expect(electronE2eSkipReason(binary, {}, 'linux')).toMatch(/no display/)
    expect(electronE2eSkipReason(binary, { DISPLAY: ':99' }, 'linux')).toBeNull()
    expect(electronE2eSkipReason(binary, {}, 'darwin')).toBeNull()
    expect(findDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull()
  })
})
