// The figures measured in Chromium through Playwright. Timings are taken inside the page with
// performance.now(), waiting on what the user sees (headings, text), never on sleeps.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium.mjs'
import { openCoverage } from './coverage.mjs'
import { indexedDbFloor } from './idb-floor.mjs'
import { logUntilDashboardShows, schedulerInChromium, searchPerKeystroke } from './flows.mjs'
import { paintedInPage, waitInPage } from './in-page.mjs'
import { dueCountOnDashboard, nextCardAfterAnswer, openReview } from './review.mjs'
import { summarize } from './support.mjs'

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
async function restoreThroughSettings(page, base, backupPath) {
  await page.goto(`${base}/#/settings`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.getByLabel('Backup file to restore').setInputFiles(backupPath)
  const replace = page.getByRole('button', { name: 'Replace my data' })
  await replace.waitFor()
  const start = Date.now()
  await replace.click()
  await page.getByText('Backup restored').waitFor({ timeout: 60_000 })
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

export async function runBrowserFigures({ base, runs, backupPath, only, schema, storedRecords }) {
  const figures = {}
  const informational = { errors: {} }
  const wanted = (name) =>
    !only || only.includes(name) || ['loadHeavyDataset', 'indexedDbFloor'].includes(name)
  /** One figure's failure is reported, and the others are still measured. */
  const step = async (name, measure) => {
    if (!wanted(name)) return
    try {
      await measure()
    } catch (error) {
      informational.errors[name] = String(error?.message ?? error).split('\n')[0]
      console.error(`bench: ${name} failed: ${informational.errors[name]}`)
    }
  }
  const profile = mkdtempSync(join(tmpdir(), 'bastion-bench-'))
  const context = await chromium.launchPersistentContext(profile, {
    ...launchOptions,
    viewport: { width: 1280, height: 860 },
  })
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
    // The heavy dataset is always loaded (every later figure needs it); the figure is kept
    // only when it was asked for.
    await step(wanted('restoreBackup') ? 'restoreBackup' : 'loadHeavyDataset', async () => {
      const restores = [await restoreThroughSettings(page, base, backupPath)]
      for (let run = 1; wanted('restoreBackup') && run < Math.min(runs, 3); run += 1)
        restores.push(await restoreThroughSettings(page, base, backupPath))
      if (wanted('restoreBackup')) figures.restoreBackup = summarize(restores)
    })
    if (wanted('restoreBackup')) {
      await step('indexedDbFloor', async () => {
        informational.restoreIndexedDbFloorMs = await indexedDbFloor(
          page,
          base,
          storedRecords,
          schema,
          Math.min(runs, 3),
        )
      })
    }
    await step('exportBackup', async () => {
      const exports = []
      for (let run = 0; run < runs; run += 1) exports.push(await exportThroughSettings(page, base))
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
      figures.logToDashboard = await logUntilDashboardShows(flowPage, base, runs)
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
      informational.coverageFirstOpenMs = coverage.firstOpenMs
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
