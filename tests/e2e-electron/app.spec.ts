import { readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { electronSkipLine } from './electron-binary'
import { launchBastion as launch, newUserDataDir, skipReason } from './launch'

/**
 * The built app in real Electron: `npm run build` first. Each test gets its own user-data
 * folder (BASTION_USER_DATA_DIR), so IndexedDB, window state and the single-instance lock
 * start fresh and never touch a real profile.
 */

const navigationLabels = [
  'Dashboard',
  'Catalog',
  'Plan',
  'Log',
  'Notes',
  'Review',
  'Exam',
  'Costs',
  'Settings',
]

// Worker processes load this file too; only the runner's first load prints, so the line appears once.
if (skipReason !== null && process.env.TEST_WORKER_INDEX === undefined) {
  console.log(electronSkipLine(skipReason))
}
test.skip(skipReason !== null, skipReason ?? '')

/** The page as the preload leaves it (the renderer's own Window typing is not in this tsconfig). */
type PageGlobals = {
  bastion?: {
    kind: string
    getAppInfo(): Promise<{ ok: boolean; value?: { platform: string; dataLocation: string } }>
  }
  require?: unknown
  process?: unknown
  location: { href: string }
  open(url: string): unknown
}

interface Desktop {
  app: ElectronApplication
  page: Page
  userDataDir: string
}

async function launchBastion(): Promise<Desktop> {
  const userDataDir = await newUserDataDir()
  return { ...(await launch(userDataDir)), userDataDir }
}

async function goTo(page: Page, label: string): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
  await link.click()
  await expect(link).toHaveAttribute('aria-current', 'page')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
}

let desktop: Desktop | null = null

test.beforeEach(async () => {
  desktop = await launchBastion()
})

test.afterEach(async () => {
  if (!desktop) return
  await desktop.app.close()
  await rm(desktop.userDataDir, { recursive: true, force: true })
  desktop = null
})

function current(): Desktop {
  if (!desktop) throw new Error('Bastion did not start')
  return desktop
}

test('opens one window titled Bastion, served from app:// with the desktop bridge', async () => {
  const { app, page, userDataDir } = current()
  const titles = await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows().map((w) => w.getTitle()),
  )
  expect(titles).toHaveLength(1)
  expect(titles[0]).toContain('Bastion')
  expect(page.url()).toMatch(/^app:\/\/bastion\//)

  expect(await page.evaluate(() => (globalThis as unknown as PageGlobals).bastion?.kind)).toBe(
    'desktop',
  )
  const info = await page.evaluate(() =>
    (globalThis as unknown as PageGlobals).bastion?.getAppInfo(),
  )
  expect(info).toMatchObject({
    ok: true,
    value: { platform: 'desktop', dataLocation: userDataDir },
  })
})

test('the page has no Node.js and cannot open windows or leave the app', async () => {
  const { app, page } = current()
  const globals = await page.evaluate(() => {
    const page = globalThis as unknown as PageGlobals
    return {
      require: typeof page.require,
      process: typeof page.process,
      popup: page.open('file:///etc/passwd'),
    }
  })
  expect(globals).toEqual({ require: 'undefined', process: 'undefined', popup: null })

  await page.evaluate(() => {
    ;(globalThis as unknown as PageGlobals).location.href = 'https://example.com/'
  })
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
  expect(page.url()).toMatch(/^app:\/\/bastion\//)
  expect(app.windows()).toHaveLength(1)
})

test('the main navigation opens every page', async () => {
  const { page } = current()
  const navigation = page.getByRole('navigation', { name: 'Main' })
  for (const label of navigationLabels) {
    await expect(navigation.getByRole('link', { name: label, exact: true })).toBeVisible()
  }
  for (const label of navigationLabels) await goTo(page, label)
})

test('catalog search narrows the list', async () => {
  const { page } = current()
  await goTo(page, 'Catalog')
  const status = page.getByRole('status').filter({ hasText: 'resources' })
  await expect(status).toHaveText(/^(\d+) of \1 resources$/)
  const search = page.getByRole('searchbox', { name: 'Search catalog' })
  await search.fill('anderson')
  await expect(status).toHaveText('2 of 11 resources')
  await search.fill('no such thing anywhere')
  await expect(page.getByRole('heading', { name: 'No resources match' })).toBeVisible()
})

test('remembers the window size in the user-data folder', async () => {
  const { app, userDataDir } = current()
  await app.evaluate(({ BrowserWindow }) =>
    BrowserWindow.getAllWindows()[0]?.setBounds({ width: 1000, height: 700 }),
  )
  await app.close()
  desktop = null
  const saved: unknown = JSON.parse(await readFile(join(userDataDir, 'window-state.json'), 'utf8'))
  expect(saved).toMatchObject({ bounds: { width: 1000, height: 700 }, isMaximized: false })
  await rm(userDataDir, { recursive: true, force: true })
})
