import { expect, goTo, test } from './fixtures'

test('Settings lists each 2025 tag it would move, then moves it to 2026', async ({ app }) => {
  await goTo(app, 'Settings')
  const section = app.getByRole('region', { name: 'Framework tags' })
  await expect(section).toContainText('there is nothing to move to 2026')
  await expect(section.getByRole('button', { name: 'Move these tags to 2026' })).toHaveCount(0)

  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Prompt leaks')
  await editor.getByRole('textbox', { name: 'Tags' }).fill('LLM07:2025, mine')
  await editor.getByRole('textbox', { name: 'Title' }).focus()
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  await goTo(app, 'Settings')
  await expect(
    section.getByRole('list', { name: 'These 2025 tags would change to their 2026 items:' }),
  ).toHaveText(
    'LLM07:2025 System Prompt Leakage → LLM08:2026 Hidden Context Exposure (used in 1 note)',
  )
  await section.getByRole('button', { name: 'Move these tags to 2026' }).click()
  await expect(section).toContainText('there is nothing to move to 2026')
  await expect(app.getByText('Moved the tags of 1 item to the 2026 edition.')).toBeVisible()

  await goTo(app, 'Notes')
  await app
    .getByRole('button', { name: /Prompt leaks/ })
    .first()
    .click()
  await expect(
    app.getByRole('region', { name: 'Note editor' }).getByRole('textbox', { name: 'Tags' }),
  ).toHaveValue('LLM08:2026, mine')
})
