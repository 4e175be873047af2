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
 * The figure is the FIRST open after the app has loaded: each run reloads the app on Catalog
 * (the query cache starts empty, so the evidence is read from the database), then clicks
 * Coverage and waits until the first view's cells are painted. One uncounted run first puts the
 * page's code in the HTTP cache. A revisit (Catalog, then Coverage again, painted from the query
 * cache) is reported beside the figure.
 */
export async function openCoverage(page, base, runs) {
  const samples = []
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
  return { figure: summarize(samples), revisitMs: revisit }
}
