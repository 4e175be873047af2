import type { Page } from '@playwright/test'
import { expect, goTo, openResource, storeContents, test } from './fixtures'

// Issue 17 on the Exam page's records and the units form: one-line fields hold 500 characters
// with the plain message; leaving a form with unsaved changes asks "Discard changes?".

const discardDialog = (page: Page) => page.getByRole('dialog', { name: 'Discard changes?' })
const long = 'x'.repeat(10_000)

/** With SCREENSHOTS set: the page at 800×600 in the light and the dark theme, to look at. */
async function shot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return
  await page.setViewportSize({ width: 800, height: 600 })
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `screenshots/${name}-${colorScheme}.png` })
  }
  await page.emulateMedia({ colorScheme: null })
}

test('objective titles, test names, CPE activities and checklist items hold 500 characters', async ({
  app,
}) => {
  test.slow()
  await goTo(app, 'Exam')
  const objectives = app.getByRole('list', { name: 'Objectives' }).getByRole('listitem')
  await expect(objectives).toHaveCount(26)
  const newObjective = app.getByRole('textbox', { name: 'New objective' })
  await newObjective.fill(long)
  await app.getByRole('button', { name: 'Add objective' }).click()
  await expect(newObjective).toHaveAccessibleDescription(
    'Keep objective titles under 500 characters; this one has 10,000.',
  )
  await expect(objectives).toHaveCount(26)
  await newObjective.fill('')

  const practice = app.getByRole('form', { name: 'Add practice test' })
  await practice.getByLabel('Score (%)').fill('74')
  await practice.getByLabel('Name (optional)').fill(long)
  await practice.getByRole('button', { name: 'Add practice test' }).click()
  await expect(practice.getByLabel('Name (optional)')).toBeFocused()
  await expect(practice.getByLabel('Name (optional)')).toHaveAccessibleDescription(
    /Keep test names under 500 characters; this one has 10,000\./,
  )

  const cpe = app.getByRole('form', { name: 'Log CPE activity' })
  await cpe.getByLabel('Activity', { exact: true }).fill(long)
  await cpe.getByLabel('Credits').fill('2')
  await cpe.getByRole('button', { name: 'Log CPE activity' }).click()
  await expect(cpe.getByLabel('Activity', { exact: true })).toHaveAccessibleDescription(
    /Keep activity descriptions under 500 characters; this one has 10,000\./,
  )
  await shot(app, 'exam-limits')
  expect(await storeContents(app, 'practiceTests')).toEqual([])
  expect(await storeContents(app, 'cpeActivities')).toEqual([])

  await app.getByRole('button', { name: 'Add attempt' }).click()
  await app
    .getByRole('form', { name: 'New attempt' })
    .getByRole('button', { name: 'Save attempt' })
    .click()
  const checklist = app.getByRole('region', { name: 'Exam day checklist' })
  await checklist.getByLabel('New checklist item').fill('y'.repeat(501))
  await checklist.getByRole('button', { name: 'Add item' }).click()
  await expect(
    checklist.getByText('Keep checklist items under 500 characters; this one has 501.'),
  ).toBeVisible()
  await expect(checklist.getByRole('checkbox')).toHaveCount(4)
})

test('renaming an objective: Escape with a changed title asks Discard changes?', async ({
  app,
}) => {
  await goTo(app, 'Exam')
  const row = app
    .getByRole('list', { name: 'Objectives' })
    .getByRole('listitem')
    .filter({
      has: app.getByRole('combobox', { name: 'Confidence in Cryptography', exact: true }),
    })
  await row.locator('summary').click()
  await row.getByRole('button', { name: 'Rename' }).click()
  const form = app.getByRole('form', { name: 'Rename Cryptography', exact: true })
  const title = form.getByRole('textbox', { name: 'New title for Cryptography' })
  await title.fill('Applied cryptography')
  await title.press('Escape')
  await expect(discardDialog(app)).toBeVisible()
  await shot(app, 'objective-discard')
  await discardDialog(app).getByRole('button', { name: 'Keep editing' }).click()
  await expect(title).toHaveValue('Applied cryptography')

  await title.fill('y'.repeat(600))
  await form.getByRole('button', { name: 'Save title' }).click()
  await expect(form).toContainText('Keep objective titles under 500 characters; this one has 600.')

  await title.press('Escape')
  await discardDialog(app).getByRole('button', { name: 'Discard changes' }).click()
  await expect(form).toHaveCount(0)
  await expect(row.getByRole('button', { name: 'Rename' })).toBeFocused()
  await expect(row).toContainText('Cryptography')
  await expect(row).not.toContainText('Applied cryptography')
})

test('typed progress units ask Discard changes? before leaving the resource page', async ({
  app,
}) => {
  await openResource(app, 'MITRE ATLAS')
  const done = app.getByRole('textbox', { name: /done$/ }).first()
  await done.fill('3')
  const plan = app
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Plan', exact: true })
  await plan.click()
  await expect(discardDialog(app)).toBeVisible()
  await shot(app, 'units-discard')
  await discardDialog(app).getByRole('button', { name: 'Keep editing' }).click()
  await expect(done).toHaveValue('3')

  await app.getByRole('button', { name: 'Save progress' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible()
  await plan.click()
  await expect(discardDialog(app)).toHaveCount(0)
  await expect(app.getByRole('heading', { level: 1, name: 'Plan' })).toBeVisible()
})
