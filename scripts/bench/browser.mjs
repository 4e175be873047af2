// The figures measured in Chromium through Playwright. Timings are taken inside the page with
// performance.now(), waiting on what the user sees (headings, text), never on sleeps.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium.mjs'
import { openCoverage } from './coverage.mjs'
import { floorSequence } from './idb-floor.mjs'
import { logUntilDashboardShows, schedulerInChromium, searchPerKeystroke } from './flows.mjs'
import { paintedInPage, waitInPage } from './in-page.mjs'
import {
  bastionReady,
  coldLoadsAgainstFloor,
  floorReady,
  warmLoadsAgainstFloor,
} from './start-up.mjs'
import { dueCountOnDashboard, nextCardAfterAnswer, openReview } from './review.mjs'
import { busySegments, restoreAgainstFloor, summarize } from './support.mjs'

const launchOptions = {
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info'],
}

const pages = [
  'Catalog',
  'Plan',
  'Log',
  'Notes',
  'Review',
  'Exam',
  'Costs',
  'Settings',
  'Dashboard',
]

async function dashboardReady(page) {
  return page.evaluate(
    `(${waitInPage})(() => document.querySelector('h1')?.textContent === 'Dashboard' && !document.body.textContent.includes('Loading'))`,
  )
}

/** Navigation start to an interactive Dashboard (data shown), in ms. */
async function coldLoad(context, base) {
  const page = await context.newPage()
  await page.goto(`${base}/#/`)
  const readyAt = await dashboardReady(page)
  await page.close()
  return readyAt
}

async function heapAfterLoad(context, base) {
  const page = await context.newPage()
  await page.goto(`${base}/#/`)
  await dashboardReady(page)
  const cdp = await context.newCDPSession(page)
  await cdp.send('HeapProfiler.collectGarbage')
  const { usedSize } = await cdp.send('Runtime.getHeapUsage')
  await page.close()
  return usedSize / 2 ** 20
}

/** The page named `name` is up: its heading shows and nothing in it is still loading. */
const pageShown = (name) =>
  `() => document.querySelector('h1')?.textContent === ${JSON.stringify(name)} && !document.querySelector('main').textContent.includes('Loading')`

/**
 * Clicks through every page in turn, as fast as the app allows, and times each switch two ways:
 * until the new page is painted (the figure), and until its DOM is ready with a check every
 * animation frame (the measure used before; kept for comparison, it stops before the page's own
 * layout and paint and so charges them to the next page).
 */
async function pageSwitches(context, base, runs) {
  const page = await context.newPage()
  await page.goto(`${base}/#/`)
  await dashboardReady(page)
  const painted = Object.fromEntries(pages.map((name) => [name, []]))
  const domReady = Object.fromEntries(pages.map((name) => [name, []]))
  const pass = async (samples, wait) => {
    for (const name of pages) {
      const elapsed = await page.evaluate(
        `(async () => {
          const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent === ${JSON.stringify(name)})
          const start = performance.now()
          link.click()
          const end = await (${wait})(${pageShown(name)})
          return end - start
        })()`,
      )
      samples?.[name].push(elapsed)
    }
  }
  // Two uncounted passes load every page's code and let the JIT warm up; then the two measures
  // take turns, pass by pass, so neither gets a warmer app than the other. A switch is short
  // and this machine's noise is not: three times the usual runs give a steadier median.
  for (let run = 0; run < 2; run += 1) await pass(null, paintedInPage)
  for (let run = 0; run < runs * 3; run += 1) {
    await pass(painted, paintedInPage)
    await pass(domReady, waitInPage)
  }
  await page.close()
  const mediansOf = (perPage) =>
    Object.fromEntries(
      Object.entries(perPage).map(([name, samples]) => [name, summarize(samples).median]),
    )
  const medians = mediansOf(painted)
  const slowest = Object.entries(medians).sort((a, b) => b[1] - a[1])[0][0]
  return { figure: summarize(painted[slowest]), medians, domReadyMedians: mediansOf(domReady) }
}

/** Restores a backup file through Settings, as a user does; returns ms from confirm to done. */
export async function restoreThroughSettings(page, base, backupPath) {
  await page.goto(`${base}/#/settings`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.getByLabel('Backup file to restore').setInputFiles(backupPath)
  const replace = page.getByRole('button', { name: 'Replace my data' })
  await replace.waitFor({ timeout: 300_000 })
  const start = Date.now()
  await replace.click()
  await page.getByText('Backup restored').waitFor({ timeout: 300_000 })
  return Date.now() - start
}

async function exportThroughSettings(page, base) {
  await page.goto(`${base}/#/settings`)
  await page.waitForSelector('html[data-app-ready="true"]')
  const start = Date.now()
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export backup' }).click(),
  ])
  const elapsed = Date.now() - start
  await download.delete()
  return elapsed
}

/**
 * Every browser figure on one dataset. `dataset.scale` 1 is the heavy set with the floors beside
 * it; 10 is the large set, measured with fewer runs and no floors (see scripts/bench.mjs).
 */
export async function runBrowserFigures({ base, floorBase, runs, dataset, only, schema }) {
  const large = dataset.scale > 1
  const figures = {}
  const informational = { errors: {} }
  const floorsOnly = ['coldLoadVsFloor', 'warmLoadVsFloor', 'restoreVsIdbFloor', 'scheduler200']
  const wanted = (name) =>
    !(large && floorsOnly.includes(name)) &&
    (!only || only.includes(name) || name === 'loadHeavyDataset')
  // Once the dataset failed to load, the figures that need it are not measured: on an empty
  // database they would mean nothing, and the review flows would wait minutes for a card.
  let datasetMissing = false
  const loadsDataset = (name) => ['restoreBackup', 'loadHeavyDataset'].includes(name)
  const needsDataset = (name) => name !== 'coldLoadVsFloor' && !loadsDataset(name)
  /** One figure's failure is reported, and the others are still measured. */
  const step = async (name, measure) => {
    if (!wanted(name)) return
    if (datasetMissing && needsDataset(name)) {
      informational.errors[name] = 'not measured: the dataset did not load'
      return
    }
    try {
      await measure()
      // Printed as it comes, so a run cut short still says what it measured.
      if (figures[name])
        console.log(`bench: ${name} (×${dataset.scale}) ${JSON.stringify(figures[name])}`)
    } catch (error) {
      if (loadsDataset(name)) datasetMissing = true
      informational.errors[name] = String(error?.message ?? error).split('\n')[0]
      console.error(`bench: ${name} (×${dataset.scale}) failed: ${informational.errors[name]}`)
    }
  }
  const bastion = { name: 'bastion', url: `${base}/#/`, ready: bastionReady }
  const floor = { name: 'floor', url: `${floorBase}/`, ready: floorReady }
  await step('coldLoadVsFloor', async () => {
    const browser = await chromium.launch(launchOptions)
    try {
      const cold = await coldLoadsAgainstFloor(browser, bastion, floor, runs)
      figures.coldLoadVsFloor = cold.ratio
      informational.coldLoadMs = { bastion: cold.bastionMs, floor: cold.floorMs }
    } finally {
      await browser.close()
    }
  })

  const profile = mkdtempSync(join(tmpdir(), 'bastion-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    viewport: { width: 1280, height: 860 },
  })
  // A loaded machine or the large dataset can take minutes to check a backup file.
  context.setDefaultTimeout(300_000)
  try {
    // The first visits seed the catalog and warm the browser's caches: not steady cold loads.
    await coldLoad(context, base)
    await coldLoad(context, base)
    if (wanted('loadRatio')) {
      const empty = []
      for (let run = 0; run < runs; run += 1) empty.push(await coldLoad(context, base))
      informational.emptyLoadMs = summarize(empty)
    }

    const page = await context.newPage()
    // The dataset is always loaded (every later figure needs it); the figure is kept only when
    // it was asked for. On the heavy set each restore is followed by the bare IndexedDB floor
    // for the same records from the same state (idb-floor.mjs), so each pair sees the same
    // machine: the first restore goes into an empty profile and its floor into an empty
    // database; the later ones replace the data already stored, and so does their floor.
    const restoreRuns = large ? 2 : Math.min(runs, 3)
    const restoring = wanted('restoreBackup') || wanted('restoreVsIdbFloor')
    await step(wanted('restoreBackup') ? 'restoreBackup' : 'loadHeavyDataset', async () => {
      const restores = []
      const floors = []
      const floor = wanted('restoreVsIdbFloor')
        ? await floorSequence(page, base, dataset.storedRecords, schema)
        : undefined
      try {
        for (let run = 0; run < (restoring ? restoreRuns : 1); run += 1) {
          const progress = await watchProgress(page, 'Restore progress', () =>
            restoreThroughSettings(page, base, dataset.backupPath),
          )
          restores.push(progress.elapsed)
          informational.restoreProgressShown = progress.shown
          if (floor) floors.push(await floor.next(run > 0))
        }
      } finally {
        await floor?.done()
      }
      if (wanted('restoreBackup')) figures.restoreBackup = summarize(restores)
      if (floors.length > 0) Object.assign(figures, restoreAgainstFloor(restores, floors))
      if (floors.length > 0) {
        informational.restoreMs = { intoEmpty: restores[0], replacing: restores.slice(1) }
        informational.restoreIndexedDbFloorMs = { intoEmpty: floors[0], replacing: floors.slice(1) }
      }
    })
    await step('exportBackup', async () => {
      const exports = []
      for (let run = 0; run < (large ? 3 : runs); run += 1) {
        const progress = await watchProgress(page, 'Export progress', () =>
          exportThroughSettings(page, base),
        )
        exports.push(progress.elapsed)
        informational.exportProgressShown = progress.shown
      }
      figures.exportBackup = summarize(exports)
    })
    await page.close()

    await step('loadRatio', async () => {
      await coldLoad(context, base) // the first load after a restore rebuilds derived caches
      const heavy = []
      for (let run = 0; run < runs; run += 1) heavy.push(await coldLoad(context, base))
      const heavyLoad = summarize(heavy)
      informational.heavyLoadMs = heavyLoad
      figures.loadRatio = {
        ...heavyLoad,
        median: heavyLoad.median / informational.emptyLoadMs.median,
        spread: undefined,
      }
    })
    await step('warmLoadVsFloor', async () => {
      const warm = await warmLoadsAgainstFloor(context, bastion, floor, runs)
      figures.warmLoadVsFloor = warm.ratio
      informational.warmLoadMs = { bastion: warm.bastionMs, floor: warm.floorMs }
    })
    await step('pageSwitch', async () => {
      const switches = await pageSwitches(context, base, runs)
      figures.pageSwitch = switches.figure
      informational.pageSwitchMedians = switches.medians
      informational.pageSwitchDomReadyMedians = switches.domReadyMedians
    })
    await step('heapMb', async () => {
      figures.heapMb = summarize([await heapAfterLoad(context, base)])
    })
    const flowPage = await context.newPage()
    await step('logToDashboard', async () => {
      figures.logToDashboard = await profiled(context, flowPage, 'logToDashboard', () =>
        logUntilDashboardShows(flowPage, base, runs),
      )
    })
    await step('searchKeystroke', async () => {
      figures.searchKeystroke = await searchPerKeystroke(flowPage, base)
    })
    await step('reviewDueCount', async () => {
      const due = await dueCountOnDashboard(flowPage, base, runs)
      figures.reviewDueCount = due.figure
      informational.reviewDueCountAfterHeadingMs = due.afterHeading
    })
    await step('reviewOpen', async () => {
      figures.reviewOpen = await openReview(flowPage, base, runs)
    })
    await step('reviewNextCard', async () => {
      figures.reviewNextCard = await nextCardAfterAnswer(flowPage, base, runs)
    })
    await step('coverageOpen', async () => {
      const coverage = await openCoverage(flowPage, base, runs)
      figures.coverageOpen = coverage.figure
      informational.coverageRevisitMs = coverage.revisitMs
      informational.coverageOpenAfterWriteMs = coverage.afterWrite
    })
    await step('scheduler200', async () => {
      const scheduler = await schedulerInChromium(flowPage, runs)
      figures.scheduler200 = scheduler.schedule
      informational.forecastWithExamMs = scheduler.forecast
      informational.schedulerFinish = scheduler.finish
    })
    await flowPage.close()
  } finally {
    await context.close()
    rmSync(profile, { recursive: true, force: true })
  }
  return { figures, informational }
}

/**
 * With BASTION_BENCH_PROFILE=<figure>, runs that figure under V8's sampling profiler and prints
 * its busy stretches (the timeline bench:trace prints for start-up); the profile is kept in
 * bench/tmp for DevTools. The figure itself is then inflated by the profiler: not for the table.
 */
async function profiled(context, page, name, measure) {
  if (process.env.BASTION_BENCH_PROFILE !== name) return measure()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Profiler.enable')
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 })
  await cdp.send('Profiler.start')
  const result = await measure()
  const { profile } = await cdp.send('Profiler.stop')
  writeFileSync(`bench/tmp/profile-${name}.cpuprofile`, JSON.stringify(profile))
  console.log(`${name}, busy stretches of at least 2 ms (ms from the profile's start):`)
  for (const segment of busySegments(profile, profile.startTime, 2, 6).filter((s) => s.cpu >= 2))
    console.log(
      `  ${segment.start.toFixed(1)} → ${segment.end.toFixed(1)} cpu ${segment.cpu.toFixed(1)}  ${segment.top.map(([fn, t]) => `${fn} ${t.toFixed(1)}`).join(', ')}`,
    )
  return result
}

/**
 * Runs `action` (which returns ms) while the page watches for a progress bar named `label`:
 * whether the user was shown progress during it.
 */
async function watchProgress(page, label, action) {
  const shown = page
    .locator(`progress[aria-label="${label}"]`)
    .waitFor({ state: 'attached', timeout: 300_000 })
    .then(
      () => true,
      () => false,
    )
  const elapsed = await action()
  return { elapsed, shown: await Promise.race([shown, Promise.resolve(false)]) }
}
