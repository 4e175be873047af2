import { expect, test } from '@playwright/test'
import { dayFromToday } from './fixtures'

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

test('a database an older Bastion stored is upgraded at start, its sessions kept', async ({
  page,
}) => {
  // Schema 1, as the first releases stored it (one record per session), written before the app
  // runs: its scripts are held back for this first load.
  await page.route('**/*.js', (route) => route.abort())
  await page.goto('/')
  await page.evaluate(async (today) => {
    const keys: Record<string, string> = {
      resources: 'id',
      settings: 'key',
      meta: 'key',
      planItems: 'id',
      sessions: 'id',
      resourceProgress: 'resourceId',
      progressEvents: 'id',
      notes: 'id',
      quotes: 'id',
      indexEntries: 'id',
      attempts: 'id',
      objectives: 'id',
      practiceTests: 'id',
      cpeActivities: 'id',
      expenses: 'id',
      budgets: 'currency',
    }
    await new Promise<void>((resolve, reject) => {
      const open = indexedDB.open('bastion', 10) // Dexie's version 1
      open.onupgradeneeded = () => {
        for (const [store, keyPath] of Object.entries(keys))
          open.result.createObjectStore(store, { keyPath })
        open.transaction!.objectStore('sessions').put({
          id: 'old-session',
          date: today,
          minutes: 45,
          resourceId: 'guide-mitre-atlas',
          covered: 'Stored by version 1',
          createdAt: 1,
          updatedAt: 1,
        })
      }
      open.onerror = () => reject(open.error)
      open.onsuccess = () => {
        open.result.close()
        resolve()
      }
    })
  }, dayFromToday())
  await page.unroute('**/*.js')

  await page.reload()
  await expect(page.locator('html')).toHaveAttribute('data-app-ready', 'true')
  await expect(page.getByText('45 min logged today.')).toBeVisible()
})
