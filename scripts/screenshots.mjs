// Takes screenshots of app pages for a person to look at (not a test).
// Usage: node scripts/screenshots.mjs [--base http://127.0.0.1:4173] [--out screenshots]
//          [--sizes 800x600,640x430] [--themes light,dark] [--empty] [route[@Button name]...]
// Serve the built renderer first: npm run web:serve
// By default each size and theme starts from a fresh profile holding the sample dataset
// (tests/fixtures/sample-backup.json, restored through Settings as a user would); --empty
// keeps the profile empty.
// `route@Button name` clicks that button first (an inline form or dialog), then shoots.
// 200 % zoom of a 1280×860 window is a 640×430 CSS viewport.
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium.mjs'

const args = process.argv.slice(2)
const option = (name, fallback) => {
  const index = args.indexOf(name)
  if (index === -1) return fallback
  const [value] = args.splice(index, 2).slice(1)
  return value
}
const flag = (name) => {
  const index = args.indexOf(name)
  if (index !== -1) args.splice(index, 1)
  return index !== -1
}
const base = option('--base', 'http://127.0.0.1:4173')
const out = option('--out', 'screenshots')
const sizes = option('--sizes', '800x600,640x430')
  .split(',')
  .map((size) => size.split('x').map(Number))
const themes = option('--themes', 'light,dark').split(',')
const empty = flag('--empty')
const shots =
  args.length > 0
    ? args
    : [
        '/',
        '/catalog',
        '/catalog/cert-giac-gsec',
        '/catalog/new',
        '/plan',
        '/log',
        '/log@Log session',
        '/notes',
        '/notes@Add quote',
        '/notes/index',
        '/notes/index/print',
        '/review',
        '/exam',
        '/exam@Add attempt',
        '/coverage',
        '/costs',
        '/settings',
      ]

/** Ready, every lazy part loaded, nothing still "Loading…", and two frames painted. */
async function ready(page) {
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.waitForSelector('#main h1')
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(
    () =>
      ![...document.querySelectorAll('[role="status"]')].some((s) =>
        /Loading/.test(s.textContent ?? ''),
      ),
  )
  // Sections drawn only near the viewport (content-visibility: auto) would be blank in a
  // full-page shot: draw them all. Charts draw when they come near: scroll through once.
  await page.addStyleTag({ content: '.render-when-near { content-visibility: visible }' })
  await page.evaluate(async () => {
    const frames = () =>
      new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))
    for (let y = 0; y < document.documentElement.scrollHeight; y += window.innerHeight) {
      window.scrollTo(0, y)
      await frames()
    }
    window.scrollTo(0, 0)
    await frames()
  })
}

async function restore(page, path) {
  await page.goto(`${base}/#/settings`)
  await ready(page)
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(path)
  await page.getByRole('button', { name: 'Replace my data' }).click()
  await page.getByText('Backup restored (replaced)').waitFor()
}

const PART = 1400
mkdirSync(out, { recursive: true })
const backup = empty ? null : 'tests/fixtures/sample-backup.json'
const browser = await chromium.launch(chromiumLaunchOptions)
for (const theme of themes) {
  for (const [width, height] of sizes) {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: theme })
    const page = await context.newPage()
    if (backup) await restore(page, backup)
    for (const shot of shots) {
      const [route, button] = shot.split('@')
      await page.goto(`${base}/#${route}`)
      await ready(page)
      if (button) {
        await page.getByRole('button', { name: button, exact: true }).first().click()
        await ready(page)
      }
      const name = `${route.replace(/[^a-z0-9]+/gi, '_').replace(/^_|_$/g, '') || 'dashboard'}${button ? `-${button.replace(/\W+/g, '_')}` : ''}`
      // A tall page is cut into parts a person (or an image viewer) can read at full size.
      const total = await page.evaluate(() => document.documentElement.scrollHeight)
      for (let part = 0; part * PART < total; part += 1) {
        const suffix = total > PART ? `-${part + 1}` : ''
        const file = join(out, `${name}-${width}x${height}-${theme}${suffix}.png`)
        const y = part * PART
        const clip = { x: 0, y, width, height: Math.min(PART, total - y) }
        await page.screenshot({ path: file, fullPage: true, clip })
        console.log(file)
      }
    }
    await context.close()
  }
}
await browser.close()
