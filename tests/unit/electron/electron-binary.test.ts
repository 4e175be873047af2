// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  electronE2eSkipReason,
  electronSkipLine,
  findDisplay,
  findElectronBinary,
} from '../../e2e-electron/electron-binary'

describe('findElectronBinary', () => {
  let root = ''
  const electronDir = () => join(root, 'node_modules', 'electron')

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'bastion-electron-'))
    mkdirSync(electronDir(), { recursive: true })
  })
  afterEach(() => rmSync(root, { recursive: true, force: true }))

  it('reports a missing dist folder in the exact skip line', () => {
    const binary = findElectronBinary(root, {})
    expect(binary).toEqual({
      available: false,
      reason: 'no Electron binary on this machine (node_modules/electron/dist missing)',
    })
    if (!binary.available) {
      expect(electronSkipLine(binary.reason)).toBe(
        'Electron e2e skipped: no Electron binary on this machine (node_modules/electron/dist missing)',
      )
    }
  })

  it('reports a path.txt that names a missing executable', () => {
    mkdirSync(join(electronDir(), 'dist'))
    writeFileSync(join(electronDir(), 'path.txt'), 'electron')
    expect(findElectronBinary(root, {})).toEqual({
      available: false,
      reason: 'no Electron binary on this machine (node_modules/electron/dist/electron missing)',
    })
  })

  it('finds the executable named by path.txt', () => {
    mkdirSync(join(electronDir(), 'dist'))
    writeFileSync(join(electronDir(), 'path.txt'), 'electron\n')
    writeFileSync(join(electronDir(), 'dist', 'electron'), '')
    expect(findElectronBinary(root, {})).toEqual({
      available: true,
      executablePath: join(electronDir(), 'dist', 'electron'),
    })
  })

  it('honours ELECTRON_OVERRIDE_DIST_PATH', () => {
    const override = join(root, 'custom-dist')
    mkdirSync(override)
    writeFileSync(join(override, 'electron'), '')
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override })).toEqual({
      available: true,
      executablePath: join(override, 'electron'),
    })
    rmSync(join(override, 'electron'))
    expect(findElectronBinary(root, { ELECTRON_OVERRIDE_DIST_PATH: override }).available).toBe(
      false,
    )
  })

  it('skips when there is a binary but no display on Linux', () => {
    mkdirSync(join(electronDir(), 'dist'))
    writeFileSync(join(electronDir(), 'path.txt'), 'electron')
    writeFileSync(join(electronDir(), 'dist', 'electron'), '')
    expect(electronE2eSkipReason(root, {}, 'linux')).toMatch(/no display/)
    expect(electronE2eSkipReason(root, { DISPLAY: ':99' }, 'linux')).toBeNull()
    expect(electronE2eSkipReason(root, {}, 'darwin')).toBeNull()
  })
})

describe('findDisplay', () => {
  it('needs DISPLAY or WAYLAND_DISPLAY on Linux only', () => {
    expect(findDisplay('linux', {})).not.toBeNull()
    expect(findDisplay('linux', { WAYLAND_DISPLAY: 'wayland-0' })).toBeNull()
    expect(findDisplay('win32', {})).toBeNull()
  })
})
