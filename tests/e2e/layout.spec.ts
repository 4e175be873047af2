import type { Locator, Page } from '@playwright/test'
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

/**
 * The fields of each `.field-row` in `form`, line by line as laid out (a narrow window wraps a
 * row onto several lines), each line as the top edges of its labels and of its controls.
 */
async function fieldLines(form: Locator) {
  return form.evaluate((root) =>
    [...root.querySelectorAll('.field-row')].flatMap((row) => {
      const fields = [...row.querySelectorAll(':scope > .field, :scope > * > .field')]
        .map((field) => {
          const label = field.querySelector(':scope > label')
          const control = field.querySelector(
            ':scope > input, :scope > select, :scope > textarea, :scope > .resource-picker-control',
          )
          if (!label || !control) return null
          const box = field.getBoundingClientRect()
          return {
            name: label.textContent ?? '',
            top: box.top,
            bottom: box.bottom,
            label: Math.round(label.getBoundingClientRect().bottom),
            control: Math.round(control.getBoundingClientRect().top),
          }
        })
        .filter((field) => field !== null)
        .sort((a, b) => a.top - b.top)
      // Fields whose boxes overlap vertically share a line.
      const lines: (typeof fields)[] = []
      for (const field of fields) {
        const line = lines.at(-1)
        if (line && field.top < Math.max(...line.map((f) => f.bottom))) line.push(field)
        else lines.push([field])
      }
      return lines.filter((line) => line.length > 1)
    }),
  )
}

const formsWithRows: { route: string; open?: string; form: (page: Page) => Locator }[] = [
  {
    route: '/log',
    open: 'Log session',
    form: (page) => page.getByRole('form', { name: 'Log a session' }),
  },
  {
    route: '/notes',
    open: 'Add quote',
    form: (page) => page.getByRole('form', { name: 'New quote' }),
  },
  { route: '/catalog/new', form: (page) => page.getByRole('main').locator('form') },
  { route: '/costs', form: (page) => page.getByRole('form', { name: 'Add expense' }) },
]

for (const size of [
  { name: '1280×860', width: 1280, height: 860 },
  { name: '1024×640', width: 1024, height: 640 },
  { name: '800×600', width: 800, height: 600 },
  { name: '200 % zoom (640×430 CSS pixels)', width: 640, height: 430 },
]) {
  test(`fields of a row keep labels and inputs level, hints below, at ${size.name}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    let checkedLines = 0
    for (const { route, open, form: formOf } of formsWithRows) {
      await openApp(page, route)
      if (open) await page.getByRole('button', { name: open, exact: true }).first().click()
      const form = formOf(page)
      await expect(form).toBeVisible()
      for (const line of await fieldLines(form)) {
        const names = line.map((field) => field.name).join(', ')
        // Each line: the inputs share a top edge, and the labels end on one line above them.
        expect(new Set(line.map((field) => field.control)).size, `inputs of ${names}`).toBe(1)
        expect(new Set(line.map((field) => field.label)).size, `labels of ${names}`).toBe(1)
        checkedLines++
      }
    }
    // Date, Minutes and Units advanced share a line at every size, and so do Price and Currency.
    expect(checkedLines).toBeGreaterThanOrEqual(2)
  })
}

test('the attempt form shows the whole certification name at 800×600', async ({ page }) => {
  await page.setViewportSize({ width: 800, height: 600 })
  await openApp(page, '/exam')
  await page.getByRole('button', { name: 'Add attempt', exact: true }).first().click()
  const select = page
    .getByRole('form', { name: 'New attempt' })
    .getByRole('combobox', { name: 'Certification' })
  await expect(select).toHaveValue('cert-giac-gsec')
  const fits = await select.evaluate((element) => {
    const chosen = (element as HTMLSelectElement).selectedOptions[0]?.text ?? ''
    // The chosen name drawn in the select's own font, against the room its box leaves for text.
    const context = document.createElement('canvas').getContext('2d')!
    const style = getComputedStyle(element)
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`
    const room =
      element.clientWidth -
      parseFloat(style.paddingLeft) -
      parseFloat(style.paddingRight) -
      24 /* the arrow */
    return { chosen, width: context.measureText(chosen).width, room }
  })
  expect(fits.chosen).toMatch(/GSEC/)
  expect(fits.width).toBeLessThanOrEqual(fits.room)
})

for (const size of [
  { name: '800×600', width: 800, height: 600 },
  { name: '200 % zoom (640×430 CSS pixels)', width: 640, height: 430 },
]) {
  test(`the Plan, with its resource picker, never scrolls sideways at ${size.name}`, async ({
    page,
  }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    await openApp(page, '/plan')
    await expect(page.getByRole('combobox', { name: 'Resource to add' })).toBeVisible()
    const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth)
    expect(pageWidth).toBeLessThanOrEqual(size.width)
  })
}
