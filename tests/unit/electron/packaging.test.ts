// @vitest-environment node
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import viteConfig from '../../../electron.vite.config'

const root = resolve(__dirname, '../../..')
const builderText = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
/** The `- item` lines of one top-level list in electron-builder.yml. */
function listOf(key: string): string[] {
  const block = new RegExp(`^${key}:\\n((?: {2}- .*\\n)+)`, 'm').exec(builderText)?.[1] ?? ''
  return block
    .split('\n')
    .filter(Boolean)
    .map((line) => line.replace(/^ {2}- /, '').replace(/^'(.*)'$/, '$1'))
}
/** The `  key: value` lines of one top-level section. */
function sectionOf(key: string): Record<string, string> {
  const block = new RegExp(`^${key}:\\n((?: {2}.*\\n|\\s*\\n)+)`, 'm').exec(builderText)?.[1] ?? ''
  return Object.fromEntries(
    [...block.matchAll(/^ {2}([A-Za-z]+): (.+)$/gm)].map((match) => [match[1], match[2]]),
  )
}

describe('electron-builder.yml', () => {
  it('packs out/, package.json and the icon, and no node_modules', () => {
    expect(listOf('files')).toEqual([
      'out/**',
      'package.json',
      'build/icon.png',
      '!**/node_modules{,/**/*}',
    ])
  })

  it('bundles the main process’s dependencies, so app.asar needs no node_modules', () => {
    const config = viteConfig as { main?: { build?: { externalizeDeps?: unknown } } }
    expect(config.main?.build?.externalizeDeps).toBe(false)
  })

  it('gives macOS only the allow-jit entitlement', () => {
    expect(sectionOf('mac')).toMatchObject({
      hardenedRuntime: 'true',
      entitlements: 'build/entitlements.mac.plist',
      entitlementsInherit: 'build/entitlements.mac.plist',
    })
    const plist = readFileSync(join(root, 'build/entitlements.mac.plist'), 'utf8')
    expect([...plist.matchAll(/<key>([^<]+)<\/key>/g)].map((match) => match[1])).toEqual([
      'com.apple.security.cs.allow-jit',
    ])
  })

  it('keeps signing secrets out of the repository', () => {
    const text = builderText
    const settings = text
      .split('\n')
      .filter((line) => !line.trimStart().startsWith('#'))
      .join('\n')
    expect(settings).not.toMatch(/cscLink|cscKeyPassword|certificatePassword|appleIdPassword|CSC_/i)
    expect(text).toMatch(/CSC_LINK.*CSC_KEY_PASSWORD/s)
  })
})
