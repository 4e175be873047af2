#!/usr/bin/env node
// Run by `npm start`, `npm run dev` and `npm run package` before electron-vite or
// electron-builder: makes sure the Electron binary is there, downloading it once if needed.
// Where it cannot be had, prints one plain line saying why and exits 1.
import { electronUnavailableLine, ensureElectronBinary, findElectronBinary } from './binary.mjs'

// npm runs package scripts in the project's root folder.
const projectRoot = process.cwd()
const announce = process.stderr.isTTY && !findElectronBinary(projectRoot).available

// On a terminal the download notice is overwritten by the outcome, so a failure stays one line.
if (announce) process.stderr.write('Downloading the Electron binary (about 100 MB, only once)…')
const binary = ensureElectronBinary(projectRoot)
if (announce) process.stderr.write('\r\x1b[2K')

if (!binary.available) {
  process.stderr.write(`${electronUnavailableLine(binary.reason)}\n`)
  process.exit(1)
}
