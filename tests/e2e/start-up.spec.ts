import { expect, test } from '@playwright/test'

test('storage that cannot be opened shows the start-up error, not a half-drawn app', async ({
  page,
}) => {
  // The browser refuses IndexedDB (storage blocked by a policy, a broken profile).
  await page.addInitScript(() => {
    IDBFactory.prototype.open = () => {
      throw new DOMException('Access to storage is not allowed.', 'SecurityError')
    }
  })
  await page.goto('/#/')

  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'error')
  const alert = page.getByRole('alert')
  await expect(alert.getByRole('heading', { name: 'Bastion could not start' })).toBeVisible()
  await expect(alert).toContainText('Access to storage is not allowed.')
  await expect(alert).toContainText('Your stored data has not been changed')
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0)
  await expect(page.getByRole('main')).toHaveCount(0)
})

test('the ready marker goes up once the first page is drawn', async ({ page }) => {
  // Records what the page shows at the moment the marker is set, before any later render.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.appReady !== 'true') return
      observer.disconnect()
      ;(window as unknown as { shownWhenReady: unknown }).shownWhenReady = {
        heading: document.querySelector('h1')?.textContent,
        navigation: document.querySelector('nav')?.getAttribute('aria-label'),
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-app-ready'] })
  })
  await page.goto('/#/')
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true')
  const shown = await page.evaluate(
    () => (window as unknown as { shownWhenReady: unknown }).shownWhenReady,
  )
  expect(shown).toEqual({ heading: 'Dashboard', navigation: 'Main' })
})
