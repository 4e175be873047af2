import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Locator, type Page } from '@playwright/test'

/** Opens a route and waits for the app-ready marker (never a sleep). */
export async function openApp(page: Page, route = '/'): Promise<void> {
  await page.goto(`/#${route}`)
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true')
}

/** Navigates with the main navigation, as a user would. */
export async function goTo(page: Page, label: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

/** Chooses in a resource picker (a searchable combobox) as a user does: types the title, clicks it. */
export async function chooseResource(
  scope: Page | Locator,
  label: string,
  title: string,
): Promise<void> {
  const picker = scope.getByRole('combobox', { name: label })
  await picker.fill(title)
  await scope
    .getByRole('listbox', { name: label })
    .getByRole('option', { name: title, exact: true })
    .click()
  await expect(picker).toHaveValue(title)
}

/** Logs minutes on a resource through the Log page's form, as a user would. */
export async function logSession(page: Page, title: string, minutes: string): Promise<void> {
  await goTo(page, 'Log')
  await page.getByRole('button', { name: 'Log session' }).click()
  const form = page.getByRole('form', { name: 'Log a session' })
  await chooseResource(form, 'Resource', title)
  await form.getByRole('textbox', { name: 'Minutes' }).fill(minutes)
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(page.getByRole('status').filter({ hasText: 'Session logged.' })).toBeVisible()
}

/** Opens a resource's detail page from the Catalog, as a user would. */
export async function openResource(page: Page, title: string): Promise<void> {
  await goTo(page, 'Catalog')
  await page
    .getByRole('list', { name: 'Resources' })
    .getByRole('link', { name: title, exact: true })
    .click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

/** A local calendar day `days` from today, as yyyy-MM-dd (what a date input takes). */
export function dayFromToday(days = 0): string {
  const date = new Date()
  date.setHours(12, 0, 0, 0)
  date.setDate(date.getDate() + days)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/** A yyyy-MM-dd day as the app shows it in en-US ('long': "March 2, 2026"; 'medium': "Mar 2, 2026"). */
export function shownDay(day: string, dateStyle: 'long' | 'medium' = 'long'): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number]
  return new Intl.DateTimeFormat('en-US', { dateStyle }).format(new Date(y, m - 1, d))
}

/**
 * The serious and critical axe violations on the page (or in `include`, a selector), in the
 * current colour scheme, each as "label: rule: targets". An empty list is what a test expects.
 */
export async function seriousAxeViolations(
  page: Page,
  { include, label = '' }: { include?: string; label?: string } = {},
): Promise<string[]> {
  const builder = new AxeBuilder({ page })
  const results = await (include ? builder.include(include) : builder).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${label ? `${label}: ` : ''}${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
}

/** No serious or critical axe violation, in light and in dark. */
export async function expectAccessible(
  page: Page,
  { include, label = '' }: { include?: string; label?: string } = {},
): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    const where = `${label ? `${label} ` : ''}(${colorScheme})`
    expect(await seriousAxeViolations(page, { include, label: where })).toEqual([])
  }
  await page.emulateMedia({ colorScheme: 'light' })
}

// Each test gets a new browser context: a fresh, empty IndexedDB profile.
/** Everything one IndexedDB store holds, read as the app stored it. */
export async function storeContents(page: Page, store: string): Promise<unknown[]> {
  return page.evaluate(
    (name) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('bastion')
        open.onerror = () => reject(open.error)
        open.onsuccess = () => {
          const db = open.result
          const read = db.transaction(name).objectStore(name).getAll()
          read.onerror = () => reject(read.error)
          read.onsuccess = () => {
            db.close()
            resolve(read.result as unknown[])
          }
        }
      }),
    store,
  )
}

export const test = base.extend<{ app: Page }>({
  app: async ({ page }, use) => {
    const errors: string[] = []
    page.on('pageerror', (error) => errors.push(error.message))
    await openApp(page)
    await use(page)
    expect(errors, 'uncaught errors in the page').toEqual([])
  },
})

export { expect }
