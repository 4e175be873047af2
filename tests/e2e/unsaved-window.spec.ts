import { expect, goTo, test } from './fixtures'

// Closing or reloading the window cannot show the in-app "Discard changes?": while a record form
// holds unsaved changes the browser asks with its own prompt; with nothing unsaved it never asks.

test('closing the window with an unsaved form asks first; Stay keeps the typed text', async ({
  app,
}) => {
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const form = app.getByRole('form', { name: 'New quote' })
  const text = form.getByRole('textbox', { name: 'Quoted text' })
  await text.fill('Attackers only have to be right once.')

  const asked = app.waitForEvent('dialog')
  await app.close({ runBeforeUnload: true })
  const prompt = await asked
  expect(prompt.type()).toBe('beforeunload')
  await prompt.dismiss()
  expect(app.isClosed()).toBe(false)
  await expect(text).toHaveValue('Attackers only have to be right once.')

  // Reloading asks too; leaving goes ahead and the unsaved text goes with it.
  const askedAgain = app.waitForEvent('dialog')
  const reloading = app.reload()
  const again = await askedAgain
  expect(again.type()).toBe('beforeunload')
  await again.accept()
  await reloading
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')
  // The address still opens the new-quote form, empty: the unsaved text went with the reload.
  await expect(
    app.getByRole('form', { name: 'New quote' }).getByRole('textbox', { name: 'Quoted text' }),
  ).toHaveValue('')
})

test('with nothing unsaved, reloading and closing never ask', async ({ app }) => {
  const prompts: string[] = []
  app.on('dialog', (dialog) => {
    prompts.push(dialog.type())
    void dialog.dismiss()
  })
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const form = app.getByRole('form', { name: 'New quote' })
  // An open but untouched form is not unsaved.
  await expect(form).toBeVisible()
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')

  // Typed, then saved: clean again.
  await app.getByRole('button', { name: 'Add quote' }).click()
  await form.getByRole('textbox', { name: 'Quoted text' }).fill('Defence in depth.')
  await form.getByRole('button', { name: 'Save quote' }).click()
  await expect(
    app.getByRole('region', { name: 'Notifications' }).getByText('Quote saved.'),
  ).toBeVisible()
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')

  // Typed, then discarded in the app: clean again.
  await app.getByRole('button', { name: 'Add quote' }).click()
  await form.getByRole('textbox', { name: 'Quoted text' }).fill('Trust, but verify.')
  await form.getByRole('textbox', { name: 'Quoted text' }).press('Escape')
  await app
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()
  await expect(form).toHaveCount(0)
  await app.close({ runBeforeUnload: true })
  await expect.poll(() => app.isClosed()).toBe(true)
  expect(prompts).toEqual([])
})
