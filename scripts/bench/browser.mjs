// The figures measured in Chromium through Playwright. Timings are taken inside the page with
// performance.now(), waiting on what the user sees (headings, text), never on sleeps.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../chromium.mjs'
import { indexedDbFloor } from './idb-floor.mjs'
import { logUntilDashboardShows, schedulerInChromium, searchPerKeystroke } from './flows.mjs'
import { waitInPage } from './in-page.mjs'
import { summarize } from './support.mjs'

const launchOptions = {
  ...chromiumLaunchOptions,
  args: [...chromiumLaunchOptions.args, '--enable-precise-memory-info'],
}

const pages = ['Catalog', 'Plan', 'Log', 'Notes', 'Exam', 'Costs', 'Settings', 'Dashboard']

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

async function pageSwitches(context, base, runs) {
  const page = await context.newPage()
  await page.goto(`${base}/#/`)
  await dashboardReady(page)
  const perPage = Object.fromEntries(pages.map((name) => [name, []]))
  for (let run = 0; run < runs; run += 1) {
    for (const name of pages) {
      const elapsed = await page.evaluate(
        `(async (name) => {
          const link = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent === name)
          const start = performance.now()
          link.click()
          const end = await (${waitInPage})(() => document.querySelector('h1')?.textContent === name && !document.querySelector('main').textContent.includes('Loading'))
          return end - start
        })(${JSON.stringify(name)})`,
      )
      perPage[name].push(elapsed)
    }
  }
  await page.close()
  const medians = Object.fromEntries(
    Object.entries(perPage).map(([name, samples]) => [name, summarize(samples).median]),
  )
  const slowest = Object.entries(medians).sort((a, b) => b[1] - a[1])[0][0]
  return { figure: summarize(perPage[slowest]), medians, slowest }
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
