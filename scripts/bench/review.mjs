// Bench flows of the Review feature, on the heavy dataset's 10,000 cards and 100,000 reviews:
// the due count on the Dashboard, opening Review, and the next card after an answer.
import { paintedInPage, waitInPage } from './in-page.mjs'
import { summarize } from './support.mjs'

// Starts with an identifier: it is spliced into in-page code after a line with no semicolon.
const clickNav = (name) =>
  `Array.from(document.querySelectorAll('nav[aria-label="Main"] a')).find((a) => a.textContent === ${JSON.stringify(name)}).click()`

// The count is written with the locale's grouping ("2,549 cards due"), as every count is.
const dueCountShown = `() => /^\\d[\\d,.\\u00a0\\u202f]* cards? due$/.test(document.querySelector('[aria-label="Cards due for review"]')?.textContent ?? '')`
const cardShown = `() => document.querySelector('article[aria-label="Card to review"] .review-show') !== null`

async function openFrom(page, base, route) {
  await page.goto(`${base}/#${route}`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.waitForSelector('h1')
}

/**
 * From a click on Dashboard (coming from Catalog) until the Review card shows its due count,
 * at the DOM commit that shows it. Beside it, how long after the page's heading the count came.
 */
export async function dueCountOnDashboard(page, base, runs) {
  await openFrom(page, base, '/catalog')
  const samples = []
  const afterHeading = []
  for (let run = 0; run < runs + 2; run += 1) {
    await page.evaluate(clickNav('Catalog'))
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
    const [total, heading] = await page.evaluate(
      `(async () => {
        const start = performance.now()
        const headingAt = (${waitInPage})(() => document.querySelector('h1')?.textContent === 'Dashboard')
        ${clickNav('Dashboard')}
        const end = await (${waitInPage})(${dueCountShown})
        return [end - start, end - (await headingAt)]
      })()`,
    )
    // Two uncounted passes load the page's code and warm the JIT.
    if (run >= 2) {
      samples.push(total)
      afterHeading.push(heading)
    }
  }
  return { figure: summarize(samples), afterHeading: summarize(afterHeading) }
}

/** From a click on Review (coming from Catalog) until the first due card is painted. */
export async function openReview(page, base, runs) {
  await openFrom(page, base, '/catalog')
  const samples = []
  for (let run = 0; run < runs + 2; run += 1) {
    await page.evaluate(clickNav('Catalog'))
    await page.getByRole('heading', { level: 1, name: 'Catalog' }).waitFor()
    const elapsed = await page.evaluate(
      `(async () => {
        const start = performance.now()
        ${clickNav('Review')}
        const end = await (${paintedInPage})(${cardShown})
        return end - start
      })()`,
    )
    if (run >= 2) samples.push(elapsed)
  }
  return summarize(samples)
}

/** On Review: Show answer, then from the click on Good until the next card is on screen. */
export async function nextCardAfterAnswer(page, base, runs) {
  await openFrom(page, base, '/review')
  await page.waitForSelector('article[aria-label="Card to review"] .review-show')
  const samples = await page.evaluate(
    `(async (count) => {
      const samples = []
      for (let run = 0; run < count; run += 1) {
        document.querySelector('article[aria-label="Card to review"] .review-show').click()
        await (${waitInPage})(() => document.querySelector('.review-grade-good') !== null)
        const good = document.querySelector('.review-grade-good')
        const start = performance.now()
        good.click()
        const end = await (${waitInPage})(() => document.querySelector('article[aria-label="Card to review"] .review-show') !== null)
        samples.push(end - start)
      }
      // The first two answers load the code paths and warm the JIT: not counted.
      return samples.slice(2)
    })(${runs * 3 + 2})`,
  )
  return summarize(samples)
}
