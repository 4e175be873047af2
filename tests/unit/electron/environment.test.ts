// @vitest-environment node
import { describe, expect, it } from 'vitest'
import { resolveDevServerUrl, resolveUserDataDir } from '../../../electron/environment'

describe('resolveDevServerUrl', () => {
  it.each([
    ['http://localhost:5173', 'http://localhost:5173/'],
    ['http://localhost:5173/', 'http://localhost:5173/'],
    ['http://127.0.0.1:5173', 'http://127.0.0.1:5173/'],
    ['http://[::1]:5173', 'http://[::1]:5173/'],
  ])('uses %s in an unpackaged build', (value, expected) => {
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: value }, false)).toBe(expected)
  })

  it('ignores the variable in a packaged app', () => {
    expect(
      resolveDevServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173' }, true),
    ).toBeUndefined()
  })

  it.each([
    ['unset', undefined],
    ['a remote host', 'https://evil.example'],
    ['a localhost look-alike', 'http://localhost.evil.example:5173'],
    ['credentials', 'http://user:pass@localhost:5173'],
    ['a LAN address', 'http://192.168.1.20:5173'],
    ['file:', 'file:///tmp/index.html'],
    ['garbage', 'localhost:5173'],
  ])('refuses %s', (_label, value) => {
    expect(resolveDevServerUrl({ ELECTRON_RENDERER_URL: value }, false)).toBeUndefined()
  })
})

describe('resolveUserDataDir', () => {
  it('accepts an absolute folder', () => {
    expect(resolveUserDataDir({ BASTION_USER_DATA_DIR: '/tmp/bastion-e2e-1' }, false)).toBe(
      '/tmp/bastion-e2e-1',
    )
  })

  it('is ignored by a packaged app, whatever it says', () => {
    expect(
      resolveUserDataDir({ BASTION_USER_DATA_DIR: '/tmp/bastion-e2e-1' }, true),
    ).toBeUndefined()
    expect(resolveUserDataDir({ BASTION_USER_DATA_DIR: '/home/ada/.ssh' }, true)).toBeUndefined()
  })

  it.each([undefined, '', '   ', 'relative/dir', '/tmp/with\0null'])('ignores %j', (value) => {
    expect(resolveUserDataDir({ BASTION_USER_DATA_DIR: value }, false)).toBeUndefined()
  })
})
