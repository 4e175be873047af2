// Start-up against the floor app (bench/floor): Bastion and the smallest app on its stack are
// loaded in turn, cold (a fresh profile each time) and warm (a reload of a profile that has its
// database), and each Bastion load is divided by the floor load beside it.
import { pairedRatio, summarize } from './support.mjs'

/** Bastion is ready when the Dashboard shows its data; the floor when its rows show. */
export const bastionReady = `() => document.querySelector('h1')?.textContent === 'Dashboard' && !document.body.textContent.includes('Loading')`
export const floorReady = `() => document.querySelector('[data-floor-ready]') !== null`

/**
 * Init script: from the document's first moment, records performance.now() (ms since navigation
 * start) at the first DOM mutation after which `ready()` holds, in `window.__benchReadyAt`. The
 * app's own code runs after it, so nothing is missed however fast the app is.
 */
export const readyRecorder = (ready) => `(() => {
  const ready = ${ready}
  const observer = new MutationObserver(() => {
    if (window.__benchReadyAt !== undefined || !ready()) return
    window.__benchReadyAt = performance.now()
    observer.disconnect()
  })
  observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true })
})()`

/** ms from navigation start until the page's app was ready (its `readyRecorder` saw it). */
export async function readyAt(page) {
  await page.waitForFunction(() => window.__benchReadyAt !== undefined, null, {
    timeout: 60_000,
    polling: 50,
  })
  return page.evaluate(() => window.__benchReadyAt)
}

/** A page that records when `app` is ready on every load. */
export async function recordingPage(context, app) {
  const page = await context.newPage()
  await page.addInitScript(readyRecorder(app.ready))
  return page
}

/** ms from navigation start to ready, in a fresh profile (a new browser context). */
async function coldLoad(browser, app) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 } })
  try {
    const page = await recordingPage(context, app)
    await page.goto(app.url, { waitUntil: 'commit' })
    return await readyAt(page)
  } finally {
    await context.close()
  }
}

/**
 * Cold loads, Bastion and floor in turn (which goes first alternates), `runs` pairs after one
 * uncounted pair that warms the servers and the browser process.
 */
export async function coldLoadsAgainstFloor(browser, bastion, floor, runs) {
  const times = { bastion: [], floor: [] }
  for (let run = -1; run < runs; run += 1) {
    const order = run % 2 === 0 ? [bastion, floor] : [floor, bastion]
    const pair = {}
    for (const app of order) pair[app.name] = await coldLoad(browser, app)
    if (run < 0) continue
    times.bastion.push(pair.bastion)
    times.floor.push(pair.floor)
  }
  return { ratio: pairedRatio(times.bastion, times.floor), ...summaries(times) }
}

/**
 * Warm loads in `context` (which already holds Bastion's heavy database): each app's page is
 * loaded once uncounted, then both are reloaded in turn.
 */
export async function warmLoadsAgainstFloor(context, bastion, floor, runs) {
  const pages = {}
  for (const app of [bastion, floor]) {
    pages[app.name] = await recordingPage(context, app)
    await pages[app.name].goto(app.url, { waitUntil: 'commit' })
    await readyAt(pages[app.name])
  }
  const times = { bastion: [], floor: [] }
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 === 0 ? [bastion, floor] : [floor, bastion]
    for (const app of order) {
      await pages[app.name].reload({ waitUntil: 'commit' })
      times[app.name].push(await readyAt(pages[app.name]))
    }
  }
  for (const page of Object.values(pages)) await page.close()
  return { ratio: pairedRatio(times.bastion, times.floor), ...summaries(times) }
}

const summaries = (times) => ({
  bastionMs: summarize(times.bastion),
  floorMs: summarize(times.floor),
})
