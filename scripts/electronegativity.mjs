#!/usr/bin/env node
// Static security scan of the Electron code with Doyensec's Electronegativity.
// Fails (exit 1) on any HIGH or MEDIUM finding, or on a file it could not parse (an unparsed
// file is an unscanned file). Findings deliberately left are annotated in the code with
// `eng-disable` plus a reason, and listed in the README's Security section.
//
// Usage: node scripts/electronegativity.mjs   (npm run security)
import { existsSync, readFileSync } from 'node:fs'
import Module, { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)

// Electronegativity fetches translations (and, in one check, Electron's release list) over the
// network on every run. The scan must be offline and repeatable, so `got` is replaced with a
// stub that fails at once; the tool then falls back to its bundled English messages.
const originalLoad = Module._load
Module._load = function loadWithoutNetwork(request, parent, isMain) {
  if (request === 'got' && parent?.filename?.includes('electronegativity')) {
    return () => Promise.reject(new Error('network disabled for the security scan'))
  }
  return originalLoad.call(this, request, parent, isMain)
}
const originalLog = console.log
console.log = (...args) => {
  if (String(args[0]).startsWith('Could not retrieve updated translations')) return
  originalLog(...args)
}
const run = require('@doyensec/electronegativity')

const electronVersion = JSON.parse(
  readFileSync(join(root, 'node_modules/electron/package.json'), 'utf8'),
).version

// Needs the network (Electron's release feed). Electron's version is pinned in package.json and
// reviewed on upgrade; see the README's Security section, "Use a current version of Electron".
const OFFLINE_EXCLUSIONS = ['AvailableSecurityFixesGlobalCheck'] // AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK

const builtPage = join(root, 'out/renderer/index.html')

const SCANS = [
  {
    // Every atomic check and the navigation and permission global checks, on the sources, where
    // the `eng-disable` annotations live. The built main/preload bundles hold the same code with
    // the annotations stripped, and the renderer bundle is beyond the tool's parser, so neither
    // is scanned. The CSP global check moves to the next scan: protocol.ts sends the policy as a
    // response header, a pattern the tool cannot see.
    label: 'electron/ (main process and preload)',
    input: join(root, 'electron'),
    excludeFromScan: [...OFFLINE_EXCLUSIONS, 'CSPGlobalCheck'],
  },
  {
    // The page's own Content-Security-Policy meta tag, as built (or the source before a build).
    label: 'renderer page Content-Security-Policy',
    input: existsSync(builtPage) ? builtPage : join(root, 'renderer/index.html'),
    customScan: ['CSPGlobalCheck'],
  },
]

const BLOCKING = new Set(['HIGH', 'MEDIUM'])

async function scan({ input, customScan = [], excludeFromScan = [] }) {
  const result = await run({
    input,
    isRelative: true,
    customScan,
    excludeFromScan,
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  })
  const base = existsSync(input) && !input.endsWith('.html') ? input : dirname(input)
  const issues = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    manualReview: issue.manualReview,
    where: `${relative(root, join(base, issue.file))}:${issue.location.line}:${issue.location.column}`,
    description: issue.description,
  }))
  const parseErrors = result.errors
    .filter((error) => !error.tolerable)
    .map((error) => `${relative(root, error.file)}: ${error.message}`)
  return { issues, parseErrors, checks: result.globalChecks + result.atomicChecks }
}

async function main() {
  let blocking = 0
  let total = 0
  let failedParses = 0

  for (const target of SCANS) {
    const { issues, parseErrors, checks } = await scan(target)
    originalLog(
      `\n${target.label} (${relative(root, target.input)}): ${checks} checks, ${issues.length} finding(s)`,
    )
    for (const issue of issues) {
      const flag = BLOCKING.has(issue.severity) ? 'FAIL' : 'info'
      const review = issue.manualReview ? ', manual review' : ''
      originalLog(
        `  [${flag}] ${issue.severity}/${issue.confidence}${review} ${issue.id} at ${issue.where}`,
      )
      originalLog(`         ${issue.description}`)
      if (BLOCKING.has(issue.severity)) blocking += 1
    }
    for (const error of parseErrors) originalLog(`  [FAIL] could not parse ${error}`)
    total += issues.length
    failedParses += parseErrors.length
  }

  originalLog(
    `\nElectronegativity: ${total} finding(s), ${blocking} HIGH/MEDIUM, ${failedParses} unparsed file(s).`,
  )
  if (blocking > 0 || failedParses > 0) {
    originalLog('Security scan failed: fix the findings above, or annotate a deliberate one with')
    originalLog(
      '`eng-disable CHECK_ID` and a reason, and list it in the Security section of README.md.',
    )
    process.exit(1)
  }
  originalLog('Security scan passed.')
}

main().catch((error) => {
  console.error('Security scan could not run:', error)
  process.exit(1)
})
