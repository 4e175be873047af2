// Where start-up time goes: `node scripts/bench-trace.mjs [runs] [--warm [--empty]]`. Builds the
// renderer without minifying (so functions keep their names) into bench/tmp/trace, serves it, and
// loads it cold (a fresh browser context) with V8's sampling profiler on and a Chrome performance
// trace. With --warm, each load is a reload of one profile that holds the heavy dataset
// (bench/tmp/backup-x1.json, written by `npm run bench`), as the warmLoadVsFloor figure does.
// Prints, per phase, when it ran and how much CPU it took, as medians over the runs, beside the
// floor app. With --warm --empty, the reloaded profile holds only the shipped catalog: start-up's
// own cost, without the Dashboard's reads of a large dataset. Not part of `npm run bench`: a tool
// for finding work to remove, not a figure.
import { execSync, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'
import { restoreThroughSettings } from './bench/browser.mjs'
import { bastionReady, floorReady, readyRecorder } from './bench/start-up.mjs'
import { busySegments, phaseTimings, summarize } from './bench/support.mjs'

const runs = Number(process.argv.slice(2).find((arg) => /^\d+$/.test(arg)) ?? 5)
const warm = process.argv.includes('--warm')
const empty = process.argv.includes('--empty')
const backupPath = 'bench/tmp/backup-x1.json'
if (warm && !empty && !existsSync(backupPath)) {
  console.error(`--warm needs ${backupPath}: run \`npm run bench\` once to write it`)
  process.exit(1)
}
const port = Number(process.env.BASTION_BENCH_PORT ?? 4190)
/** Functions whose inclusive time is a phase of start-up (names as the unminified build keeps). */
const phases = [
  'loadShippedFrameworks',
  'loadShippedCatalog',
  'catalogDigest',
  'mergeCatalogIfChanged',
  'bootstrap',
  'open',
  'renderRootSync',
  'commitRoot',
  'performWorkOnRoot',
  'DashboardPage',
  'Layout',
]

if (!process.env.BASTION_BENCH_SKIP_BUILD) {
  execSync(
    `npx vite build --minify false --outDir ${process.cwd()}/bench/tmp/trace --logLevel error`,
    {
      stdio: 'inherit',
    },
  )
  execSync(
    `npx vite build --config bench/floor/vite.config.mjs --minify false --outDir ${process.cwd()}/bench/tmp/trace-floor --logLevel error`,
    { stdio: 'inherit' },
  )
}
const serve = (args) =>
  spawn('npx', ['vite', 'preview', ...args], { stdio: 'ignore', detached: true })
const servers = [
  serve(['--port', String(port), '--outDir', `${process.cwd()}/bench/tmp/trace`]),
  serve([
    '--config',
    'bench/floor/vite.config.mjs',
    '--port',
    String(port + 1),
    '--outDir',
    `${process.cwd()}/bench/tmp/trace-floor`,
  ]),
]
process.on('exit', () => servers.forEach((server) => process.kill(-server.pid)))
await new Promise((resolve) => setTimeout(resolve, 3000)) // the servers start (a tool, not a test)

const apps = [
  { name: 'bastion', url: `http://127.0.0.1:${port}/#/`, ready: bastionReady },
  { name: 'floor', url: `http://127.0.0.1:${port + 1}/`, ready: floorReady },
]

/** A Chrome trace through the page's own CDP session (a persistent context has no browser). */
async function startTracing(cdp) {
  await cdp.send('Tracing.start', {
    categories: 'blink.user_timing,loading,devtools.timeline,v8.execute',
    transferMode: 'ReturnAsStream',
  })
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve))
      await cdp.send('Tracing.end')
      const { stream } = await complete
      let text = ''
      for (;;) {
        const chunk = await cdp.send('IO.read', { handle: stream })
        text += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString() : chunk.data
        if (chunk.eof) break
      }
      await cdp.send('IO.close', { handle: stream })
      return text
    },
  }
}

async function browserTracing(browser, page) {
  await browser.startTracing(page, {
    categories: ['blink.user_timing', 'loading', 'devtools.timeline', 'v8.execute'],
  })
  return { stop: async () => (await browser.stopTracing()).toString() }
}

/** A page for `app`: in a fresh context (cold), or the warm profile's page, loaded once. */
async function pageFor(browser, app) {
  if (!warm) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
    const page = await context.newPage()
    await page.addInitScript(readyRecorder(app.ready))
    return { context, page, done: () => context.close() }
  }
  if (!warmPages[app.name]) {
    const page = await browser.newPage()
    await page.addInitScript(readyRecorder(app.ready))
    await page.goto(app.url, { waitUntil: 'commit' })
    await page
      .waitForFunction(() => window.__benchReadyAt !== undefined, null, {
        polling: 50,
        timeout: 60_000,
      })
      .catch(async (error) => {
        await page.screenshot({ path: 'bench/tmp/trace-timeout.png' })
        console.log(await page.evaluate(() => document.body.innerText.slice(0, 2000)))
        throw error
      })
    warmPages[app.name] = page
  }
  return { context: browser, page: warmPages[app.name], done: async () => {} }
}
const warmPages = {}

async function profiledColdLoad(browser, app, keepTrace) {
  const { context, page, done } = await pageFor(browser, app)
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  // Cold: the browser's own tracing; a persistent context (warm) has no Browser, so its page's
  // CDP session traces instead.
  const tracing = warm ? await startTracing(cdp) : await browserTracing(browser, page)
  if (warm) await page.reload({ waitUntil: 'commit' })
  else await page.goto(app.url, { waitUntil: 'commit' })
  await page
    .waitForFunction(() => window.__benchReadyAt !== undefined, null, {
      polling: 50,
      timeout: 120_000,
    })
    .catch(async (error) => {
      await page.screenshot({ path: 'bench/tmp/trace-timeout.png' })
      const text = await page.evaluate(() => document.body.textContent)
      console.error(`${app.name} did not become ready; it shows: ${text.slice(0, 300)}`)
      throw error
    })
  const { profile } = await cdp.send('Profiler.stop')
  const trace = await tracing.stop()
  await cdp.detach()
  if (keepTrace) {
    writeFileSync(`bench/tmp/trace-${app.name}.json`, trace)
    writeFileSync(`bench/tmp/start-up-${app.name}.cpuprofile`, JSON.stringify(profile))
  }
  // The profile's clock is the trace's: navigation start on it is the origin of page times.
  const { traceEvents } = JSON.parse(trace)
  const navigationStart = traceEvents.find((event) => event.name === 'navigationStart')
  const marks = await page.evaluate(() => {
    const [nav] = performance.getEntriesByType('navigation')
    return {
      readyAt: window.__benchReadyAt,
      responseEnd: nav.responseEnd,
      domContentLoaded: nav.domContentLoadedEventEnd,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => /\.(js|css|json|woff2?)$/.test(entry.name))
        .map((entry) => ({
          name: entry.name.split('/').pop(),
          start: entry.startTime,
          end: entry.responseEnd,
        })),
    }
  })
  await done()
  return {
    marks,
    timings: phaseTimings(profile, phases, navigationStart.ts),
    segments: busySegments(profile, navigationStart.ts),
  }
}

const profileDir = warm && mkdtempSync(join(tmpdir(), 'bastion-trace-'))
const browser = warm
  ? await chromium.launchPersistentContext(profileDir, {
      ...chromiumLaunchOptions,
      viewport: { width: 1280, height: 860 },
    })
  : await chromium.launch(chromiumLaunchOptions)
if (warm && !empty) {
  browser.setDefaultTimeout(300_000)
  const page = await browser.newPage()
  await restoreThroughSettings(page, apps[0].url.replace('/#/', ''), backupPath)
  await page.close()
}
const collected = { bastion: [], floor: [] }
for (let run = -1; run < runs; run += 1)
  for (const app of apps) {
    const result = await profiledColdLoad(browser, app, run === runs - 1)
    if (run >= 0) collected[app.name].push(result)
  }
await browser.close()
if (profileDir) rmSync(profileDir, { recursive: true, force: true })

const ms = (n) => (n === undefined ? '—' : `${n.toFixed(1)}`.padStart(7))
console.log(
  `${warm ? `warm reloads, ${empty ? 'empty database' : 'heavy dataset'}` : 'cold loads, empty database'}; load average at end: ${loadavg()
    .map((n) => n.toFixed(2))
    .join(', ')}`,
)
for (const [name, results] of Object.entries(collected)) {
  const median = (pick) => summarize(results.map(pick).filter((n) => n !== undefined)).median
  console.log(
    `\n${name}: ready at ${ms(median((r) => r.marks.readyAt))} ms, HTML at ${ms(median((r) => r.marks.responseEnd))}, DOMContentLoaded ${ms(median((r) => r.marks.domContentLoaded))}`,
  )
  console.log(
    `  CPU busy before ready ${ms(median((r) => r.timings.busyBeforeReady(r.marks.readyAt)))} ms`,
  )
  for (const script of results.at(-1).marks.scripts)
    console.log(`  fetched ${script.name.padEnd(40)} ${ms(script.start)} → ${ms(script.end)}`)
  console.log(`  ${'phase'.padEnd(24)}  first   last   CPU (ms, median)`)
  for (const phase of phases) {
    const first = median((r) => r.timings.phases[phase]?.first)
    if (Number.isNaN(first) || first === undefined) continue
    console.log(
      `  ${phase.padEnd(24)}${ms(first)}${ms(median((r) => r.timings.phases[phase]?.last))}${ms(median((r) => r.timings.phases[phase]?.cpu ?? 0))}`,
    )
  }
  console.log('  top self time (ms, last run):')
  for (const [fn, self] of results.at(-1).timings.topSelf.slice(0, 15))
    console.log(`    ${ms(self)}  ${fn}`)
}
for (const [name, results] of Object.entries(collected)) {
  console.log(`\n${name}, the last run as a timeline (busy stretches of at least 3 ms):`)
  for (const segment of results.at(-1).segments.filter((s) => s.cpu >= 3))
    console.log(
      `  ${ms(segment.start)} → ${ms(segment.end)} cpu ${ms(segment.cpu)}  ${segment.top.map(([fn, t]) => `${fn} ${t.toFixed(1)}`).join(', ')}`,
    )
}
console.log(
  '\ntraces of the last run: bench/tmp/trace-bastion.json, bench/tmp/trace-floor.json (open in chrome://tracing or Perfetto) and their CPU profiles, bench/tmp/start-up-*.cpuprofile (DevTools)',
)
process.exit(0)
