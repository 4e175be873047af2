// Bench figure of the Coverage page on the heavy dataset (framework tags on its resources,
// notes, quotes, index entries and cards): from a click on Coverage until its cells are painted.
import { paintedInPage } from './in-page.mjs'
import { summarize } from './support.mjs'

// Starts with an identifier: it is spliced into in-page code after a line with no semicolon.
const clickNav = (name) =>
  `Array.from(document.querySelectorAll('nav[aria-label="Main"] a')).find((a) => a.textContent === ${JSON.stringify(name)}).click()`

const cellsShown = `() => document.querySelector('h1')?.textContent === 'Coverage' && document.querySelector('[data-coverage-view] .cov-cell') !== null`

/** In the page: clicks Coverage and resolves with the milliseconds until its cells are painted. */
const timedOpen = `(async () => {
  const start = performance.now()
  ${clickNav('Coverage')}
  const end = await (${paintedInPage})(${cellsShown})
  return end - start
})()`

/** Loads the app afresh on Catalog: nothing of Coverage is cached in memory. */
async function freshCatalog(page, base) {
  await page.goto('about:blank')
  await page.goto(`${base}/#/catalog`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
}

/**
 * Stales the grouped coverage keys as a write to a note would (db/coverage-groups.ts): deletes
 * the kept record with bare IndexedDB, which tells the app nothing, so its next open of Coverage
 * must group the keys again (in its worker) before it can paint.
 */
const staleGroups = `new Promise((resolve, reject) => {
  const open = indexedDB.open('bastion')
  open.onerror = () => reject(open.error)
  open.onsuccess = () => {
    const database = open.result
    const transaction = database.transaction('coverageGroups', 'readwrite')
    transaction.objectStore('coverageGroups').delete('groups')
    transaction.oncomplete = () => { database.close(); resolve(true) }
    transaction.onabort = () => { database.close(); reject(transaction.error) }
  }
})`

/**
 * The figure is the FIRST open after the app has loaded: each run reloads the app on Catalog
 * (the query cache starts empty, so the evidence is read from the database), then clicks
 * Coverage and waits until the first view's cells are painted. One uncounted run first puts the
 * page's code in the HTTP cache. A revisit (Catalog, then Coverage again, painted from the query
 * cache) is reported beside the figure, and so is a first open right after a write staled the
 * grouped keys (each such run stales them before it reloads the app).
 */
export async function openCoverage(page, base, runs) {
  const samples = []
  const afterWrite = []
  let revisit
  for (let run = 0; run < runs + 1; run += 1) {
    await freshCatalog(page, base)
    const elapsed = await page.evaluate(timedOpen)
    if (run >= 1) samples.push(elapsed)
    if (run === runs) {
      await page.evaluate(clickNav('Catalog'))
      await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
      revisit = await page.evaluate(timedOpen)
    }
  }
  for (let run = 0; run < runs; run += 1) {
    await page.evaluate(staleGroups)
    await freshCatalog(page, base)
    afterWrite.push(await page.evaluate(timedOpen))
  }
  return { figure: summarize(samples), revisitMs: revisit, afterWrite: summarize(afterWrite) }
}
