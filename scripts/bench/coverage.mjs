// Bench figure of the Coverage page on the heavy dataset (framework tags on its resources,
// notes, quotes, index entries and cards): from a click on Coverage until its cells are painted.
import { paintedInPage } from './in-page.mjs'
import { summarize } from './support.mjs'

// Starts with an identifier: it is spliced into in-page code after a line with no semicolon.
const clickNav = (name) =>
  `Array.from(document.querySelectorAll('nav[aria-label="Main"] a')).find((a) => a.textContent === ${JSON.stringify(name)}).click()`

const cellsShown = `() => document.querySelector('h1')?.textContent === 'Coverage' && document.querySelector('[data-coverage-view] .cov-cell') !== null`

/**
 * From a click on Coverage (coming from Catalog) until the first view's cells are painted. The
 * first open (the page's code and the evidence read through the tag indexes, nothing cached) is
 * reported beside the figure.
 */
export async function openCoverage(page, base, runs) {
  await page.goto(`${base}/#/catalog`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.waitForSelector('h1')
  const samples = []
  let firstOpen
  for (let run = 0; run < runs + 2; run += 1) {
    await page.evaluate(clickNav('Catalog'))
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
    const elapsed = await page.evaluate(
      `(async () => {
        const start = performance.now()
        ${clickNav('Coverage')}
        const end = await (${paintedInPage})(${cellsShown})
        return end - start
      })()`,
    )
    if (run === 0) firstOpen = elapsed
    // Two uncounted passes load the page's code and warm the JIT.
    if (run >= 2) samples.push(elapsed)
  }
  return { figure: summarize(samples), firstOpenMs: firstOpen }
}
