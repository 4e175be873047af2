import { expect, goTo, test } from './fixtures'

const pages = [
  { label: 'Dashboard', heading: 'Dashboard' },
  { label: 'Catalog', heading: 'Catalog' },
  { label: 'Plan', heading: 'Plan' },
  { label: 'Log', heading: 'Log' },
  { label: 'Notes', heading: 'Notes' },
  { label: 'Review', heading: 'Review' },
  { label: 'Exam', heading: 'Exam' },
  { label: 'Coverage', heading: 'Coverage' },
  { label: 'Costs', heading: 'Costs' },
  { label: 'Settings', heading: 'Settings' },
]

test('the main navigation has exactly the ten pages, in order', async ({ app }) => {
  const links = app.getByRole('navigation', { name: 'Main' }).getByRole('link')
  await expect(links).toHaveText(pages.map((p) => p.label))
})

test('every page opens from the navigation and names the product', async ({ app }) => {
  for (const { label, heading } of pages) {
    await goTo(app, label)
    await expect(app.getByRole('heading', { level: 1, name: heading })).toBeVisible()
    await expect(app).toHaveTitle(`${heading} · Bastion`)
  }
  await expect(app.getByRole('banner')).toContainText('Bastion')
})

test('every page is reachable by keyboard alone', async ({ app }) => {
  for (const { label, heading } of pages) {
    const link = app
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: label, exact: true })
    // Tab from the top of the document until the link has focus, then press Enter.
    // (The new page focuses its heading; the top is the skip link, the first stop.)
    await app.getByRole('link', { name: 'Skip to content' }).focus()
    for (let presses = 0; presses < 20; presses += 1) {
      if (await link.evaluate((element) => element === document.activeElement)) break
      await app.keyboard.press('Tab')
    }
    await expect(link).toBeFocused()
    await app.keyboard.press('Enter')
    await expect(app.getByRole('heading', { level: 1, name: heading })).toBeVisible()
  }
})

test('the theme follows the system and Settings overrides it', async ({ app }) => {
  await app.emulateMedia({ colorScheme: 'dark' })
  const background = () => app.evaluate(() => getComputedStyle(document.body).backgroundColor)
  const darkBackground = await background()
  await goTo(app, 'Settings')
  await app.getByRole('radio', { name: 'Light' }).check()
  await expect(app.locator('html')).toHaveAttribute('data-theme', 'light')
  expect(await background()).not.toBe(darkBackground)
  await app.getByRole('radio', { name: 'Follow the system' }).check()
  await expect(app.locator('html')).not.toHaveAttribute('data-theme', /.+/)
  expect(await background()).toBe(darkBackground)
})

test('Settings tells the version and where data lives in the web preview', async ({ app }) => {
  await goTo(app, 'Settings')
  await expect(app.getByText(/Bastion \d+\.\d+\.\d+ \(web preview\)/)).toBeVisible()
  await expect(app.getByText(/IndexedDB storage/)).toBeVisible()
})
