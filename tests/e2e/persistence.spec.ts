import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from '../../playwright.config'
import { expect, goTo, openApp, test } from './fixtures'

async function addResource(page: import('@playwright/test').Page, title: string) {
  await openApp(page, '/catalog/new')
  await page.getByRole('textbox', { name: 'Title', exact: true }).fill(title)
  await page.getByRole('textbox', { name: 'Estimated hours' }).fill('3')
  await page.getByRole('button', { name: 'Save resource' }).click()
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible()
}

test('data survives a reload', async ({ page }) => {
  await addResource(page, 'Reload-proof course')
  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true')
  await expect(page.getByRole('heading', { level: 1, name: 'Reload-proof course' })).toBeVisible()
})

test('data survives a browser restart on the same profile', async ({ baseURL }) => {
  test.slow() // two full browser launches
  const profile = mkdtempSync(join(tmpdir(), 'bastion-profile-'))
  try {
    const first = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      baseURL,
    })
    await addResource(first.pages()[0] ?? (await first.newPage()), 'Restart-proof book')
    await first.close()

    const second = await chromium.launchPersistentContext(profile, {
      ...chromiumLaunchOptions,
      baseURL,
    })
    const page = second.pages()[0] ?? (await second.newPage())
    await openApp(page, '/catalog')
    await expect(page.getByRole('link', { name: 'Restart-proof book' })).toBeVisible()
    await goTo(page, 'Settings')
    await second.close()
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
})
