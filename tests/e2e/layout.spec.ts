import type { Page } from '@playwright/test'
import { dayFromToday, expect, goTo, openApp, shownDay, test } from './fixtures'

// No layout hides an action: at 800×600 and at 200 % zoom (a 1280×860 window at 200 % is a
// 640×430 CSS viewport; deviceScaleFactor does not zoom, so the viewport is halved instead).

const LONG = 'https://example.com/' + 'a'.repeat(9_980)

/** Stores expenses as an older version (or a restored backup) could have left them. */
async function storeExpenses(page: Page, descriptions: string[]) {
  await page.evaluate(async (list) => {
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('bastion')
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        const db = open.result
        const tx = db.transaction('expenses', 'readwrite')
        list.forEach((description, i) =>
          tx.objectStore('expenses').put({
            id: `seeded-${i}`,
            date: '2026-03-0' + (i + 1),
            description,
            category: 'other',
            amountMinor: 123_456 + i,
            currency: 'USD',
            status: 'paid',
            createdAt: i,
            updatedAt: i,
          }),
        )
        tx.oncomplete = () => {
          db.close()
          resolve()
        }
        tx.onerror = () => reject(tx.error)
      }
    })
  }, descriptions)
}

test('a 10,000-character description is refused with a plain message', async ({ app }) => {
  await goTo(app, 'Costs')
  const form = app.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Description').fill(LONG)
  await form.getByLabel('Amount').fill('10')
  await form.getByLabel('Currency').fill('USD')
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(
    form.getByText('Keep descriptions under 500 characters; this one has 10,000.'),
  ).toBeVisible()
  await expect(form.getByLabel('Description')).toHaveValue(LONG)
})

for (const size of [
  { name: '800×600', width: 800, height: 600 },
  { name: '200 % zoom (640×430 CSS pixels)', width: 640, height: 430 },
]) {
  test(`the ledger keeps amounts, Edit and Delete reachable at ${size.name}`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    await openApp(page, '/costs')
    await storeExpenses(page, [LONG, 'GSEC attempt'])
    await page.reload()
    await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true')
    const table = page.getByRole('table', { name: /Ledger/ })
    await expect(table).toBeVisible()
    // The amount and the actions of the long row are visible once scrolled into view.
    const amount = table.getByRole('cell', { name: '$1,234.56' })
    await amount.scrollIntoViewIfNeeded()
    await expect(amount).toBeInViewport()
    const remove = table.getByRole('button', { name: /^Delete https:\/\/example\.com/ })
    await remove.scrollIntoViewIfNeeded()
    await expect(remove).toBeInViewport()
    // The page itself never scrolls sideways; the table scrolls inside its card.
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth).toBeLessThanOrEqual(size.width)
    await remove.click()
    await expect(table.getByRole('row')).toHaveCount(2)
    await expect(table).toContainText('GSEC attempt')
  })
}

for (const width of [1280, 1024, 800, 640]) {
  test(`the heatmap ends at today and its month labels never overlap at ${width} px`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height: 860 })
    await openApp(page, '/')
    const today = page
      .getByRole('list', { name: 'Study minutes per day, last 12 months' })
      .getByRole('listitem', { name: new RegExp(`^${shownDay(dayFromToday(), 'medium')}:`) })
    // Bring the heatmap into view vertically only: today must show without scrolling sideways.
    await page
      .getByRole('region', { name: 'Heatmap, scrolls sideways' })
      .evaluate((el) => el.scrollIntoView({ block: 'center', inline: 'nearest' }))
    await expect(today).toBeInViewport()
    const labels = await page.locator('.heatmap-months span').evaluateAll((spans) =>
      spans
        .filter((span) => span.textContent)
        .map((span) => {
          const range = document.createRange()
          range.selectNodeContents(span)
          const rect = range.getBoundingClientRect()
          return { left: rect.left, right: rect.right }
        }),
    )
    expect(labels.length).toBeGreaterThan(8)
    for (let i = 1; i < labels.length; i++) {
      expect(labels[i]!.left).toBeGreaterThanOrEqual(labels[i - 1]!.right)
    }
  })
}
