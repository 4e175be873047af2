import { expect, goTo, openApp, test } from './fixtures'

test('the first page focuses its heading without a ring; Enter on a link shows one', async ({
  page,
}) => {
  await openApp(page)
  const dashboard = page.getByRole('heading', { level: 1, name: 'Dashboard' })
  await expect(dashboard).toBeFocused()
  // Nobody pressed a key yet: no focus ring on first load (:focus-visible semantics).
  await expect(dashboard).toHaveCSS('outline-style', 'none')
  // From the heading, Shift+Tab reaches the last link of the main navigation.
  await page.keyboard.press('Shift+Tab')
  const settingsLink = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings', exact: true })
  await expect(settingsLink).toBeFocused()
  await expect(settingsLink).toHaveCSS('outline-style', 'solid')
  await page.keyboard.press('Enter')
  const settings = page.getByRole('heading', { level: 1, name: 'Settings' })
  await expect(settings).toBeFocused()
  // Focus moved by the keyboard is shown where it lands.
  await expect(settings).toHaveCSS('outline-style', 'solid')
})

test('navigation moves focus to the new page heading', async ({ app }) => {
  await goTo(app, 'Log')
  await expect(app.getByRole('heading', { level: 1, name: 'Log' })).toBeFocused()
  await app.keyboard.press('Shift+Tab')
  await goTo(app, 'Costs')
  await expect(app.getByRole('heading', { level: 1, name: 'Costs' })).toBeFocused()
})

test('Escape closes the Log form and returns focus to Log session', async ({ app }) => {
  await goTo(app, 'Log')
  const open = app.getByRole('button', { name: 'Log session' })
  await open.focus()
  await app.keyboard.press('Enter')
  const form = app.getByRole('form', { name: 'Log a session' })
  await expect(form).toBeVisible()
  // A failed submit focuses the first invalid field.
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(form.getByRole('combobox', { name: 'Resource' })).toBeFocused()
  await form.getByRole('textbox', { name: 'Minutes' }).focus()
  await app.keyboard.press('Escape')
  await expect(form).toHaveCount(0)
  await expect(open).toBeFocused()
})

test('Escape closes the quote and attempt forms and returns focus to their openers', async ({
  app,
}) => {
  await goTo(app, 'Notes')
  const addQuote = app.getByRole('button', { name: 'Add quote' })
  await addQuote.focus()
  await app.keyboard.press('Enter')
  const quote = app.getByRole('form', { name: 'New quote' })
  await quote.getByRole('button', { name: 'Save quote' }).click()
  await expect(quote.getByRole('textbox', { name: 'Quoted text' })).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(quote).toHaveCount(0)
  await expect(addQuote).toBeFocused()

  await goTo(app, 'Exam')
  const addAttempt = app.getByRole('button', { name: 'Add attempt' })
  await addAttempt.focus()
  await app.keyboard.press('Enter')
  const attempt = app.getByRole('form', { name: 'New attempt' })
  await attempt.getByLabel('Start date').focus()
  await app.keyboard.press('Escape')
  await expect(attempt).toHaveCount(0)
  await expect(addAttempt).toBeFocused()
})
