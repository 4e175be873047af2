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

// Each test gets a new browser context: a fresh, empty IndexedDB profile.
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
