import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import {
  chooseResource,
  dayFromToday,
  expect,
  goTo,
  seriousAxeViolations,
  shownDay,
  test,
} from './fixtures'

async function addToPlan(app: Page, title: string) {
  await chooseResource(app, 'Resource to add', title)
  await app.getByRole('button', { name: 'Add to plan' }).click()
  await expect(
    app.getByRole('list', { name: 'Study path' }).getByRole('listitem', { name: title }),
  ).toBeVisible()
  // Planned now, it leaves the picker, which is ready for the next one.
  await expect(app.getByRole('combobox', { name: 'Resource to add' })).toHaveValue('')
}

function pathItem(app: Page, title: string) {
  return app.getByRole('list', { name: 'Study path' }).getByRole('listitem', { name: title })
}

test('plan three resources toward an exam date, see the forecast, reorder by keyboard and export', async ({
  app,
}) => {
  // A long journey on a shared, busy machine: more time, never a sleep.
  test.slow()
  await goTo(app, 'Plan')
  await expect(app.getByRole('heading', { name: 'No study path yet' })).toBeVisible()

  await addToPlan(app, 'OWASP Top 10 for LLM Applications') // 3 h
  await addToPlan(app, 'MITRE ATLAS') // 10 h
  await chooseResource(app, 'Resource to add', 'Exploring Adversarial Machine Learning') // 8 h, USD 90
  await expect(
    app.getByRole('checkbox', { name: /^Also add USD\s90\.00 as a planned expense$/ }),
  ).toBeChecked()
  await app.getByRole('button', { name: 'Add to plan' }).click()
  const items = app.getByRole('list', { name: 'Study path' }).getByRole('listitem')
  await expect(items).toHaveCount(3)
  // A row shows its estimate as text; its editors open on demand, for that row only.
  const atlas = pathItem(app, 'MITRE ATLAS')
  await expect(atlas.getByText('10 h planned (catalog estimate) · no target dates')).toBeVisible()
  await expect(atlas.getByRole('textbox', { name: 'Planned hours' })).toHaveCount(0)
  const editAtlas = atlas.getByRole('button', { name: 'Edit MITRE ATLAS' })
  await expect(editAtlas).toHaveAttribute('aria-expanded', 'false')
  await editAtlas.click()
  await expect(editAtlas).toHaveAttribute('aria-expanded', 'true')
  await expect(atlas.getByRole('textbox', { name: 'Planned hours' })).toHaveValue('10')
  await expect(app.getByRole('textbox', { name: 'Planned hours' })).toHaveCount(1)
  await editAtlas.click()
  await expect(atlas.getByRole('textbox', { name: 'Planned hours' })).toHaveCount(0)

  // 21 hours at 7 hours a week over all seven days = one hour a day for 21 days.
  const exam = dayFromToday(60)
  await app.getByLabel('Exam date').fill(exam)
  await app.getByRole('textbox', { name: 'Weekly hours' }).fill('7')
  await app.getByRole('checkbox', { name: 'Friday' }).check()
  // The goal is settings: each change saves at once.
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const forecast = app.getByRole('region', { name: 'Forecast' })
  await expect(forecast.getByText(shownDay(dayFromToday(20)), { exact: true })).toBeVisible()
  await expect(
    forecast.getByText(/On track: the path finishes 40 days before the exam/),
  ).toBeVisible()

  // One hour a week: 21 weeks, far past the exam.
  await app.getByRole('textbox', { name: 'Weekly hours' }).fill('1')
  const late = forecast.getByText(/^Late by \d+ days:/)
  await expect(late).toBeVisible()
  await expect(forecast.getByRole('alert')).toContainText(
    /Study \d+(\.\d)? h a week to finish by then\./,
  )
  await expect(forecast.getByText(shownDay(exam))).toBeVisible()

  // Reorder by keyboard: OWASP moves below MITRE ATLAS, so it starts later.
  const owasp = pathItem(app, 'OWASP Top 10 for LLM Applications')
  const owaspForecastBefore = await owasp.getByText(/left · forecast/).textContent()
  await owasp.getByRole('button', { name: 'Move down' }).focus()
  await app.keyboard.press('Enter')
  await expect(items.first()).toHaveAccessibleName('MITRE ATLAS')
  await expect(items.nth(1)).toHaveAccessibleName('OWASP Top 10 for LLM Applications')
  await expect(owasp.getByText(/left · forecast/)).not.toHaveText(owaspForecastBefore!)
  await expect(owasp.getByRole('button', { name: 'Move down' })).toBeFocused()

  const downloadPromise = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export calendar' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('bastion-plan.ics')
  const ics = await readFile((await download.path())!, 'utf8')
  expect(ics).toContain('BEGIN:VCALENDAR')
  expect(ics).toContain('UID:exam-cert-giac-gsec@bastion')
  expect(ics).toMatch(/UID:plan-block-[0-9a-f-]+-\d{4}-\d{2}-\d{2}@bastion/)
  expect(ics).toContain('SUMMARY:Study: MITRE ATLAS (')
  expect(ics).toContain(`DTSTART;VALUE=DATE:${dayFromToday(0).replaceAll('-', '')}`)
})

test('bad goal input gets a clear message and the saved goal stays', async ({ app }) => {
  await goTo(app, 'Plan')
  await addToPlan(app, 'MITRE ATLAS')
  const hours = app.getByRole('textbox', { name: 'Weekly hours' })
  await hours.fill('0')
  await app.getByLabel('Exam date').fill(dayFromToday(-3))
  for (const day of ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Saturday']) {
    await app.getByRole('checkbox', { name: day }).uncheck()
  }
  // Each wrong value says why as it is entered; nothing is saved.
  await expect(app.getByText('Weekly hours must be more than 0 to plan any study.')).toBeVisible()
  await expect(app.getByText(/The exam date is in the past/)).toBeVisible()
  await expect(app.getByText('Choose at least one day of the week to study on.')).toBeVisible()
  await expect(app.getByRole('status').filter({ hasText: /^Not saved/ })).toBeVisible()

  // Reload: the stored goal (6 h a week) was not touched.
  await app.reload()
  await expect(app.getByRole('textbox', { name: 'Weekly hours' })).toHaveValue('6')
  await expect(
    app.getByRole('region', { name: 'Forecast' }).getByText('Not booked yet'),
  ).toBeVisible()

  // An item without an estimate asks for one.
  await addToPlan(app, 'GIAC Security Essentials (GSEC)')
  const gsec = pathItem(app, 'GIAC Security Essentials (GSEC)')
  await expect(
    gsec.getByText('No estimate: enter planned hours so the forecast can include it.'),
  ).toBeVisible()
  await gsec.getByRole('textbox', { name: 'Planned hours' }).fill('abc')
  await gsec.getByRole('textbox', { name: 'Planned hours' }).press('Enter')
  await expect(gsec.getByText('Enter hours as a number, like 12 or 7.5.')).toBeVisible()
  await gsec.getByRole('textbox', { name: 'Planned hours' }).fill('40')
  await gsec.getByRole('textbox', { name: 'Planned hours' }).press('Enter')
  await expect(gsec.getByText('Your estimate', { exact: true })).toBeVisible()
  await expect(gsec.getByText(/40 h left · forecast/)).toBeVisible()

  // Target dates in the wrong order are refused; the right order is kept and shown when closed.
  await gsec.getByLabel('Target start').fill(dayFromToday(30))
  await gsec.getByLabel('Target finish').fill(dayFromToday(20))
  await expect(
    gsec.getByText(/The target finish must be on or after the target start/),
  ).toBeVisible()
  await gsec.getByLabel('Target finish').fill(dayFromToday(90))
  await gsec.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'In progress' })
  const editGsec = gsec.getByRole('button', { name: /^Edit GIAC Security Essentials/ })
  await expect(editGsec).toHaveAttribute('aria-expanded', 'true')
  await editGsec.click()
  await expect(gsec.getByRole('combobox', { name: 'Status' })).toHaveCount(0)
  await expect(gsec.getByText('In progress', { exact: true })).toBeVisible()
  await expect(
    gsec.getByText(
      `40 h planned (your estimate) · target ${shownDay(dayFromToday(30), 'medium')} – ${shownDay(dayFromToday(90), 'medium')}`,
    ),
  ).toBeVisible()
})

test('Add to plan on a resource page offers its price as a planned expense once', async ({
  app,
}) => {
  await goTo(app, 'Catalog')
  await app
    .getByRole('list', { name: 'Resources' })
    .getByRole('link', { name: 'Exploring Adversarial Machine Learning', exact: true })
    .click()
  const offer = app.getByRole('checkbox', { name: /^Also add USD\s90\.00 as a planned expense$/ })
  await expect(offer).toBeChecked()
  await app.getByRole('button', { name: 'Add to plan' }).click()
  await expect(app.getByText('In your plan.')).toBeVisible()
  // The button is gone: focus moves to the link that took its place, not to the page body.
  await expect(app.getByRole('link', { name: 'Open the plan' })).toBeFocused()
  await app.getByRole('link', { name: 'Open the plan' }).click()
  await expect(pathItem(app, 'Exploring Adversarial Machine Learning')).toBeVisible()
})

for (const scheme of ['light', 'dark'] as const) {
  test(`a filled plan in every view has no serious accessibility violations (${scheme})`, async ({
    app,
  }) => {
    test.slow()
    await app.emulateMedia({ colorScheme: scheme })
    await goTo(app, 'Plan')
    await addToPlan(app, 'OWASP Top 10 for LLM Applications')
    await addToPlan(app, 'MITRE ATLAS')
    await app.getByLabel('Exam date').fill(dayFromToday(10))
    await expect(app.getByText(/^Late by/)).toBeVisible()
    // One row's editors open: the disclosure and its fields are checked too.
    await app.getByRole('button', { name: 'Edit MITRE ATLAS' }).click()
    await expect(app.getByRole('combobox', { name: 'Status' })).toBeVisible()
    for (const view of ['Week', 'Month', 'Timeline']) {
      await app.getByRole('group', { name: 'View' }).getByRole('button', { name: view }).click()
      expect(await seriousAxeViolations(app, { label: view })).toEqual([])
    }
  })
}

test('drag and drop reorders the path, with the keyboard too', async ({ app }) => {
  await goTo(app, 'Plan')
  await addToPlan(app, 'OWASP Top 10 for LLM Applications')
  await addToPlan(app, 'MITRE ATLAS')
  const items = app.getByRole('list', { name: 'Study path' }).getByRole('listitem')
  await app.getByRole('button', { name: 'Drag OWASP Top 10 for LLM Applications' }).focus()
  // dnd-kit announces each step in its live region: wait on what a screen reader hears.
  const announcer = app.getByRole('status').filter({ hasText: 'OWASP Top 10 for LLM Applications' })
  await app.keyboard.press('Space')
  await expect(announcer).toHaveText(/(Picked up|is over position 1)/)
  await app.keyboard.press('ArrowDown')
  await expect(announcer).toHaveText('OWASP Top 10 for LLM Applications is over position 2.')
  await app.keyboard.press('Space')
  await expect(items.first()).toHaveAccessibleName('MITRE ATLAS')
  await expect(items.nth(1)).toHaveAccessibleName('OWASP Top 10 for LLM Applications')
})
