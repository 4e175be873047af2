// Bench flows that need feature pages: logging until the Dashboard shows it, note search per
// keystroke, and the scheduler run inside Chromium.
import { build } from 'vite'
import { waitInPage } from './in-page.mjs'
import { summarize } from './support.mjs'

/** Save a session on the Log page and go to the Dashboard: ms until today's heatmap cell shows it. */
export async function logUntilDashboardShows(page, base, runs) {
  const samples = []
  await page.goto(`${base}/#/`)
  await page.waitForSelector('html[data-app-ready="true"]')
  // Today is the heatmap's last day; its label reads "<day>: <n> minutes[, <m> reviews]" with
  // the day and the number formatted for the locale.
  const todayCell = 'ol[aria-label^="Study minutes per day"] > li:last-of-type'
  const minutesIn = (label) => Number(label.split(': ')[1].split(' ')[0].replace(/\D/g, ''))
  for (let run = 0; run < runs; run += 1) {
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Dashboard', exact: true })
      .click()
    await page.waitForSelector(todayCell)
    const before = minutesIn(await page.getAttribute(todayCell, 'aria-label'))
    await page
      .getByRole('navigation', { name: 'Main' })
      .getByRole('link', { name: 'Log', exact: true })
      .click()
    await page.getByRole('button', { name: 'Log session' }).click()
    // The first resource of the picker, from the keyboard. The options may arrive after the
    // list opened (3,000 resources at 10×): wait for them, then highlight the first and take it.
    const form = page.getByRole('form', { name: 'Log a session' })
    const resource = form.getByRole('combobox', { name: 'Resource' })
    await resource.press('ArrowDown')
    await form.getByRole('option').first().waitFor({ timeout: 60_000 })
    if ((await form.locator('[role="option"][data-highlighted]').count()) === 0)
      await resource.press('ArrowDown')
    await resource.press('Enter')
    if ((await resource.inputValue()) === '') throw new Error('no resource was chosen')
    await page.getByRole('textbox', { name: 'Minutes' }).fill('37')
    await page.getByRole('textbox', { name: 'What you covered' }).fill(`bench run ${run}`)
    // A save or a Dashboard that never shows the minutes fails the figure after a minute,
    // instead of holding the whole run.
    const elapsed = await page.evaluate(
      `Promise.race([new Promise((_, reject) => setTimeout(() => reject(new Error(
        'the Dashboard did not show the logged minutes within a minute: ' + document.body.textContent.replace(/\\s+/g, ' ').slice(0, 300)
      )), 60000)), (async (expected) => {
        const save = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Save session')
        const dashboard = [...document.querySelectorAll('nav[aria-label="Main"] a')].find((a) => a.textContent === 'Dashboard')
        const start = performance.now()
        save.click()
        await (${waitInPage})(() => !document.body.textContent.includes('Save session'))
        dashboard.click()
        const minutesIn = ${minutesIn}
        const end = await (${waitInPage})(() => {
          const label = document.querySelector(${JSON.stringify(todayCell)})?.getAttribute('aria-label')
          return label !== undefined && label !== null && minutesIn(label) === expected
        })
        return end - start
      })(${before + 37})])`,
    )
    samples.push(elapsed)
  }
  return summarize(samples)
}

/** Types a query into Search notes: per keystroke, ms until the results answer that query. */
export async function searchPerKeystroke(page, base) {
  await page.goto(`${base}/#/notes`)
  await page.waitForSelector('html[data-app-ready="true"]')
  const box = page.getByRole('searchbox', { name: 'Search notes' })
  await box.waitFor()
  // Warm-up: the index is built once per page open; this waits until it answers.
  await box.fill('zz')
  await page.waitForSelector('[data-answered-query="zz"]', { timeout: 120_000 })
  await box.fill('')
  const samples = await page.evaluate(
    `(async () => {
      const input = document.querySelector('input[type="search"]')
      const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set
      const samples = []
      for (const query of ['prompt injection', 'kerberos hardening', 'adversarial evasion']) {
        setValue.call(input, '')
        input.dispatchEvent(new Event('input', { bubbles: true }))
        for (let length = 2; length <= query.length; length += 1) {
          const text = query.slice(0, length)
          if (text.endsWith(' ')) continue
          const start = performance.now()
          setValue.call(input, text)
          input.dispatchEvent(new Event('input', { bubbles: true }))
          const end = await (${waitInPage})(() => document.querySelector('[data-answered-query]')?.getAttribute('data-answered-query') === text)
          samples.push(end - start)
        }
      }
      return samples
    })()`,
  )
  return summarize(samples)
}

/** Bundles the pure scheduler and times it in Chromium: 200 items spanning about two years. */
export async function schedulerInChromium(page, runs) {
  const output = await build({
    configFile: false,
    logLevel: 'error',
    build: {
      write: false,
      minify: true,
      lib: {
        entry: 'scripts/bench/scheduler-entry.ts',
        formats: ['iife'],
        name: 'BastionForecast',
      },
    },
  })
  const code = (Array.isArray(output) ? output[0] : output).output[0].code
  await page.goto('about:blank')
  await page.addScriptTag({ content: code })
  const result = await page.evaluate(
    (runs) => {
      const { planForecast, scheduleStudy } = window.BastionForecast
      // 10 h a week over 6 days, 200 items of 5.2 h: about 104 weeks of study.
      const input = {
        items: Array.from({ length: 200 }, (_, i) => ({
          id: `item-${i}`,
          resourceId: `resource-${i}`,
          title: `Item ${i}`,
          remainingMinutes: 312,
          ...(i % 25 === 0 ? { targetFinish: '2027-12-31' } : {}),
        })),
        availability: {
          weeklyMinutes: 600,
          studyWeekdays: [0, 1, 2, 3, 4, 6],
          blackouts: [{ start: '2027-07-01', end: '2027-07-14' }],
        },
        today: '2026-11-27',
        examDate: '2028-06-30',
      }
      const time = (fn) => {
        const samples = []
        for (let i = 0; i < runs; i += 1) {
          const start = performance.now()
          fn()
          samples.push(performance.now() - start)
        }
        return samples
      }
      time(() => scheduleStudy(input)) // warm up the JIT as a real session would have
      return {
        schedule: time(() => scheduleStudy(input)),
        forecast: time(() => planForecast(input)),
        finish: scheduleStudy(input).finish,
      }
    },
    Math.max(runs, 20),
  )
  return {
    schedule: summarize(result.schedule),
    forecast: summarize(result.forecast),
    finish: result.finish,
  }
}
