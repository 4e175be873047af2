#!/usr/bin/env node
// Packs the built app (`npm run build` first) with electron-builder for Linux into a temporary
// folder, with a stand-in Electron binary, and checks that app.asar holds only what the app
// runs: out/ (main, preload, bundled renderer), package.json and the window icon. Needs no
// network and no real Electron; the later steps that need the real binary (fuses) may fail.
import { listPackage } from '@electron/asar'
import { build } from 'electron-builder'
import yaml from 'js-yaml'
import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ALLOWED = [/^\/out(\/|$)/, /^\/package\.json$/, /^\/build$/, /^\/build\/icon\.png$/]

if (!existsSync('out/main/main.js')) {
  console.error('Run `npm run build` first.')
  process.exit(1)
}
const work = mkdtempSync(join(tmpdir(), 'bastion-asar-'))
const fakeDist = join(work, 'electron-dist')
mkdirSync(fakeDist)
writeFileSync(join(fakeDist, 'electron'), '#!/bin/sh\n')
chmodSync(join(fakeDist, 'electron'), 0o755)
const { version } = JSON.parse(readFileSync('node_modules/electron/package.json', 'utf8'))
writeFileSync(join(fakeDist, 'version'), `v${version}`)

const config = yaml.load(readFileSync('electron-builder.yml', 'utf8'))
delete config.electronFuses
Object.assign(config, {
  electronDist: fakeDist,
  electronVersion: version,
  directories: { ...config.directories, output: join(work, 'release') },
})
try {
  await build({ linux: ['dir'], config, publish: 'never' })
} catch (error) {
  console.log(
    `(packaging stopped after app.asar, as expected without Electron: ${String(error).split('\n')[0]})`,
  )
}
const asar = join(work, 'release', 'linux-unpacked', 'resources', 'app.asar')
if (!existsSync(asar)) {
  console.error('electron-builder wrote no app.asar')
  process.exit(1)
}
const entries = listPackage(asar)
rmSync(work, { recursive: true, force: true })
const unexpected = entries.filter((entry) => !ALLOWED.some((pattern) => pattern.test(entry)))
if (unexpected.length > 0) {
  console.error(
    `app.asar holds ${unexpected.length} unexpected entries, e.g.:\n${unexpected.slice(0, 10).join('\n')}`,
  )
  process.exit(1)
}
console.log(
  `app.asar holds ${entries.length} entries, all from out/, package.json and build/icon.png.`,
)
