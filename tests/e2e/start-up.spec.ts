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
