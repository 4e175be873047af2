// Start-up, build against build: `node scripts/bench-ab.mjs <built dir> <built dir>… [--rounds N]
// [--heavy]`. Each directory is a built renderer (`npx vite build --outDir <dir>`, e.g. one from
// main and one from a change); the floor app is built beside them. All are served from one
// origin (BASTION_BENCH_PORT, default 4190) and loaded in turn, round after round, cold (a fresh
// browser context) and warm (a reload of one page per build, in a shared profile that holds the
// shipped catalog, or with --heavy the heavy dataset, restored once through Settings). On a busy
// shared machine only such side-by-side runs tell a 20 ms change from noise. Not a figure of
// `npm run bench`: a tool for deciding whether a change to start-up helps.
import { execSync, spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { basename, join, resolve } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'
import { restoreThroughSettings } from './bench/browser.mjs'
import { bastionReady, floorReady, readyAt, recordingPage } from './bench/start-up.mjs'

const args = process.argv.slice(2)
const option = (name) => {
  const index = args.indexOf(name)
  return index < 0 ? undefined : args.splice(index, 2)[1]
}
const rounds = Number(option('--rounds') ?? 10)
const heavy = args.includes('--heavy')
const builds = args.filter((arg) => !arg.startsWith('--'))
const backupPath = 'bench/tmp/backup-x1.json'
if (builds.length === 0 || (heavy && !existsSync(backupPath))) {
  console.error('usage: node scripts/bench-ab.mjs <dir> <dir>… [--rounds N] [--heavy]')
  console.error(`(--heavy needs ${backupPath}: run \`npm run bench\` once to write it)`)
  process.exit(1)
}
const port = Number(process.env.BASTION_BENCH_PORT ?? 4190)

// One origin for every build: the warm profile's database is the same for all of them.
const root = mkdtempSync(join(tmpdir(), 'bastion-ab-'))
const names = builds.map((dir, index) => `${index}-${basename(resolve(dir))}`)
builds.forEach((dir, index) => cpSync(dir, join(root, names[index]), { recursive: true }))
execSync(
  `npx vite build --config bench/floor/vite.config.mjs --logLevel error --outDir ${join(root, 'floor')}`,
  { stdio: 'inherit' },
)
const server = spawn(
  'npx',
  ['vite', 'preview', '--outDir', root, '--port', String(port), '--strictPort'],
  { stdio: 'ignore', detached: true },
)
process.on('exit', () => {
  process.kill(-server.pid)
  rmSync(root, { recursive: true, force: true })
})
await new Promise((done) => setTimeout(done, 3000)) // the server starts (a tool, not a test)

const base = `http://127.0.0.1:${port}`
const apps = [
  ...names.map((name) => ({ name, url: `${base}/${name}/#/`, ready: bastionReady })),
  { name: 'floor', url: `${base}/floor/`, ready: floorReady },
]
const browser = await chromium.launch(chromiumLaunchOptions)
async function openRecording(context, app) {
  const page = await recordingPage(context, app)
  await page.goto(app.url, { waitUntil: 'commit' })
  return page
}

const profile = await browser.newContext({ viewport: { width: 1280, height: 860 } })
profile.setDefaultTimeout(300_000)
if (heavy) {
  const page = await profile.newPage()
  await restoreThroughSettings(page, `${base}/${names[0]}`, backupPath)
  await page.close()
}
const warmPages = {}
for (const app of apps) {
  warmPages[app.name] = await openRecording(profile, app)
  await readyAt(warmPages[app.name])
}

const cold = Object.fromEntries(apps.map((app) => [app.name, []]))
const warm = Object.fromEntries(apps.map((app) => [app.name, []]))
for (let round = -1; round < rounds; round += 1) {
  // Round -1 warms the server and the browser; the order alternates so neither build goes first.
  for (const app of round % 2 === 0 ? apps : [...apps].reverse()) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    const coldMs = await readyAt(await openRecording(context, app))
    await context.close()
    await warmPages[app.name].reload({ waitUntil: 'commit' })
    const warmMs = await readyAt(warmPages[app.name])
    if (round < 0) continue
    cold[app.name].push(coldMs)
    warm[app.name].push(warmMs)
  }
}
await browser.close()
writeFileSync('bench/tmp/bench-ab-last.json', JSON.stringify({ cold, warm, loadavg: loadavg() }))

const quantile = (values, q) =>
  [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]
for (const [label, times] of [
  ['cold load, fresh profile', cold],
  [`warm reload, ${heavy ? 'heavy dataset' : 'shipped catalog only'}`, warm],
]) {
  console.log(
    `\n${label} (ms: min / quartile / median; ratio: median of paired ratios to the floor)`,
  )
  for (const app of apps) {
    const ms = [0, 0.25, 0.5].map((q) => quantile(times[app.name], q).toFixed(0)).join(' / ')
    const pairedTo = (other) =>
      quantile(
        times[app.name].map((value, index) => value / times[other][index]),
        0.5,
      ).toFixed(2)
    const ratio = app.name === 'floor' ? '' : `  ratio ${pairedTo('floor')}`
    // Each later build against the first, round by round: the load of the moment cancels.
    const againstFirst =
      app.name === 'floor' || app.name === apps[0].name
        ? ''
        : ` (÷ ${apps[0].name} ${pairedTo(apps[0].name)})`
    console.log(`  ${app.name.padEnd(24)} ${ms}${ratio}${againstFirst}`)
  }
}
console.log(
  `\nload average at end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`,
)
process.exit(0)
