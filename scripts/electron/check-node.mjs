#!/usr/bin/env node
// CI's first check: this Node.js can run Electron's installer, the rule package.json's
// `engines` states (^20.19.0 || >=22.12.0: require() of ES modules without a flag).
import { readFileSync } from 'node:fs'
import { nodeCanRunElectronInstaller } from './binary.mjs'

const { engines } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'))
if (!nodeCanRunElectronInstaller()) {
  console.error(`Node.js ${process.version} is too old for Bastion: it needs ${engines.node}.`)
  process.exit(1)
}
console.log(`Node.js ${process.version} (Bastion needs ${engines.node})`)
