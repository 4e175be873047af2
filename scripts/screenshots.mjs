// Takes screenshots of app routes for a person to look at (not a test).
// Usage: node scripts/screenshots.mjs [--base http://127.0.0.1:4173] [--out screenshots] [--dark] route...
// Serve the built renderer first: npm run web:serve
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
const base = option('--base', 'http://127.0.0.1:4173')
const out = option('--out', 'screenshots')
const darkIndex = args.indexOf('--dark')
const dark = darkIndex !== -1
if (dark) args.splice(darkIndex, 1)
const routes =
  args.length > 0
    ? args
    : ['/', '/catalog', '/plan', '/log', '/notes', '/exam', '/costs', '/settings']

mkdirSync(out, { recursive: true })
const browser = await chromium.launch(chromiumLaunchOptions)
const page = await browser.newPage({
  viewport: { width: 1280, height: 860 },
  colorScheme: dark ? 'dark' : 'light',
})
for (const route of routes) {
  await page.goto(`${base}/#${route}`)
  await page.waitForSelector('html[data-app-ready="true"]')
  await page.waitForSelector('h1')
  const file = join(
    out,
    `${route.replace(/[^a-z0-9]+/gi, '_') || 'root'}${dark ? '-dark' : ''}.png`,
  )
  await page.screenshot({ path: file, fullPage: true })
  console.log(file)
}
await browser.close()
