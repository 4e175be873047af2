import { dayFromToday, expect, goTo, storeContents, test } from './fixtures'

// One-line fields hold 500 characters, passages 10,000; past that a plain message says so, the
// typed text stays in its field, and nothing stored changes.

test('a note title over 500 characters is refused plainly; the saved note keeps its title', async ({
  app,
}) => {
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  const saveState = editor.getByRole('status').first()
  const title = editor.getByRole('textbox', { name: 'Title' })
  await title.fill('Ports')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('SSH listens on 22.')
  await expect(saveState).toHaveText('Saved')

  const long = 'x'.repeat(10_000)
  await title.fill(long)
  await expect(
    editor.getByText('Keep titles under 500 characters; this one has 10,000.'),
  ).toBeVisible()
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await expect(saveState).toHaveText(
    'Not saved: the title is too long; the saved note is unchanged',
  )
  await expect(title).toHaveValue(long)
  expect(await storeContents(app, 'notes')).toEqual([
    expect.objectContaining({ title: 'Ports', body: 'SSH listens on 22.' }),
  ])

  // Shortened, it saves.
  await title.fill('Ports and services')
  await expect(saveState).toHaveText('Saved')
  await expect(title).not.toHaveAttribute('aria-invalid')
  expect(await storeContents(app, 'notes')).toEqual([
    expect.objectContaining({ title: 'Ports and services', body: 'SSH listens on 22.' }),
  ])
})

test('a card side over 10,000 characters is refused plainly; the saved card is unchanged', async ({
  app,
}) => {
  await goTo(app, 'Review')
  await app.getByRole('button', { name: 'New card' }).click()
  const created = app.getByRole('form', { name: 'New card' })
  await created.getByRole('textbox', { name: 'Question' }).fill('Which port does SSH use?')
  await created.getByRole('textbox', { name: 'Answer' }).fill('22')
  await created.getByRole('button', { name: 'Save card' }).click()
  await expect(created).toBeHidden()

  const card = app.getByRole('article', { name: 'Card to review' })
  await card.getByRole('button', { name: 'Edit card' }).click()
  const form = app.getByRole('form', { name: 'Edit card' })
  const answer = form.getByRole('textbox', { name: 'Answer' })
  const long = 'a'.repeat(10_001)
  await answer.fill(long)
  await form.getByRole('button', { name: 'Save card' }).click()
  await expect(
    form.getByText('Keep answers under 10,000 characters; this one has 10,001.'),
  ).toBeVisible()
  await expect(answer).toHaveAttribute('aria-invalid', 'true')
  await expect(answer).toBeFocused()
  await expect(answer).toHaveValue(long)

  // Leaving the form discards the typed text; the card opens again as it was saved.
  await answer.press('Escape')
  await app
    .getByRole('dialog', { name: 'Discard changes?' })
    .getByRole('button', { name: 'Discard changes' })
    .click()
  await expect(form).toBeHidden()
  await card.getByRole('button', { name: 'Edit card' }).click()
  await expect(form.getByRole('textbox', { name: 'Answer' })).toHaveValue('22')
})

test('a blackout label over 500 characters is refused plainly; saved blackouts stay', async ({
  app,
}) => {
  await goTo(app, 'Plan')
  const goal = app.getByRole('region', { name: 'Goal' })
  const from = goal.getByLabel('Blackout from')
  const to = goal.getByLabel('Blackout to')
  const label = goal.getByRole('textbox', { name: 'Blackout label' })
  await from.fill(dayFromToday(10))
  await to.fill(dayFromToday(12))
  await label.fill('Conference')
  await goal.getByRole('button', { name: 'Add blackout' }).click()
  await expect(goal.getByRole('status').filter({ hasText: 'Saved' })).toBeVisible()

  const long = 'h'.repeat(10_000)
  await from.fill(dayFromToday(20))
  await to.fill(dayFromToday(21))
  await label.fill(long)
  await goal.getByRole('button', { name: 'Add blackout' }).click()
  await expect(
    goal.getByText('Keep blackout labels under 500 characters; this one has 10,000.'),
  ).toBeVisible()
  await expect(label).toHaveAttribute('aria-invalid', 'true')
  await expect(label).toHaveValue(long)
  const blackouts = goal.getByRole('list', { name: 'Blackout dates' }).getByRole('listitem')
  await expect(blackouts).toHaveCount(1)
  await expect(blackouts).toContainText('Conference')
  const settings = (await storeContents(app, 'settings')) as { key: string; value: unknown }[]
  expect(settings.find((setting) => setting.key === 'plan.goal')?.value).toMatchObject({
    blackouts: [{ start: dayFromToday(10), end: dayFromToday(12), label: 'Conference' }],
  })
})
