import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { expect, test } from './fixtures'
import { restoreSample } from './sample-data'

// axe on every page, with the sample data loaded and its forms open, at each size the issue
// names, in light and in dark: one page load (and one restore) per size; the pages are then
// reached in the app and each is checked in both colour schemes. 200 % zoom of a 1280×860
// window is a 640×430 CSS viewport.
const sizes = [
  { name: '1280×860', width: 1280, height: 860 },
  { name: '1024×640', width: 1024, height: 640 },
  { name: '800×600', width: 800, height: 600 },
  { name: '200 % zoom', width: 640, height: 430 },
]

/** Opens an inline form or dialog with its button, as a user would, and waits for it. */
const opens = (button: string, form: string) => async (page: Page) => {
  await page.getByRole('button', { name: button, exact: true }).first().click()
  await expect(page.getByRole('form', { name: form })).toBeVisible()
}

/** Each page (and each form or dialog open on it) by route and heading. */
const pages: {
  route: string
  heading: string | RegExp
  open?: (page: Page) => Promise<void>
  label?: string
}[] = [
  { route: '/', heading: 'Dashboard' },
  { route: '/catalog', heading: 'Catalog' },
  { route: '/catalog/cert-giac-gsec', heading: /GSEC/ },
  { route: '/catalog/new', heading: 'Add resource' },
  { route: '/plan', heading: 'Plan' },
  {
    route: '/log',
    heading: 'Log',
    open: opens('Log session', 'Log a session'),
    label: 'session form',
  },
  { route: '/notes', heading: 'Notes', open: opens('Add quote', 'New quote'), label: 'quote form' },
  { route: '/notes/index', heading: 'Open-book index' },
  { route: '/notes/index/print', heading: 'Open-book index' },
  { route: '/review', heading: 'Review' },
  {
    route: '/exam',
    heading: 'Exam',
    open: opens('Add attempt', 'New attempt'),
    label: 'attempt form',
  },
  { route: '/coverage', heading: 'Coverage' },
  { route: '/costs', heading: 'Costs' },
  { route: '/settings', heading: 'Settings' },
]

/** Every axe violation (any impact), as "where: rule (impact): targets". */
async function violations(page: Page, where: string): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.map(
    (v) => `${where}: ${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  )
}

// Under load, axe over thirteen pages twice takes minutes; idle, well under one.
test.describe.configure({ timeout: 600_000 })

for (const size of sizes) {
  test(`every page and form passes axe at ${size.name}, light and dark`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height })
    const found: string[] = []
    /** axe in each colour scheme, on the same page state (the layout does not change). */
    const check = async (where: string) => {
      for (const scheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme: scheme })
        found.push(...(await violations(page, `${where} (${scheme})`)))
      }
    }
    await restoreSample(page, () => check('restore summary'))
    for (const { route, heading, open, label } of pages) {
      // Reached in the app (no reload): the old page's heading goes, the new one comes.
      const previous = await page.locator('#main h1').elementHandle()
      await page.evaluate((hash) => (window.location.hash = hash), route)
      await previous?.waitForElementState('hidden')
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible()
      await open?.(page)
      await check(label ? `${route}, ${label}` : route)
    }
    expect(found).toEqual([])
  })
}
