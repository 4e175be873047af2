import type { Page } from '@playwright/test'
import { chooseResource, expect, goTo, storeContents, test } from './fixtures'

// The deleting rule: every delete happens at once, with Undo in a toast for at least 8 seconds,
// and Undo puts back exactly what was deleted (the stored records compare equal).

function toast(page: Page) {
  return page.getByRole('region', { name: 'Notifications' })
}

/** Deletes with `click`, checks the record is gone, undoes and checks it is back exactly. */
async function deleteAndUndo(
  page: Page,
  store: string,
  message: string | RegExp,
  click: () => Promise<void>,
) {
  const before = await storeContents(page, store)
  expect(before.length).toBeGreaterThan(0)
  await click()
  await expect(toast(page)).toContainText(message)
  await expect.poll(() => storeContents(page, store)).not.toEqual(before)
  await toast(page).getByRole('button', { name: 'Undo' }).click()
  await expect(toast(page)).toContainText('restored')
  await expect.poll(() => storeContents(page, store)).toEqual(before)
}

const day = (offset: number) => {
  const date = new Date()
  date.setDate(date.getDate() + offset)
  const pad = (n: number) => String(n).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

test('a deleted expense comes back exactly with Undo, and the toast stays 8 seconds', async ({
  app,
}) => {
  test.slow()
  await goTo(app, 'Costs')
  const form = app.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Description').fill('Practice test pack')
  await form.getByLabel('Amount').fill('159')
  await form.getByLabel('Currency').fill('USD')
  await form.getByRole('button', { name: 'Add expense' }).click()
  const ledger = app.getByRole('table', { name: /Ledger/ })
  await expect(ledger).toContainText('Practice test pack')

  await app.clock.install()
  await deleteAndUndo(app, 'expenses', 'Expense "Practice test pack" deleted.', async () => {
    await app.getByRole('button', { name: 'Delete Practice test pack' }).click()
    // Deleted at once: no confirmation step.
    await expect(app.getByRole('table', { name: /Ledger/ })).toHaveCount(0)
  })
  await expect(app.getByRole('table', { name: /Ledger/ })).toContainText('Practice test pack')

  // Delete again; after 8 s the Undo is still offered, and it has gone by 11 s.
  await app.getByRole('button', { name: 'Delete Practice test pack' }).click()
  const undo = toast(app).getByRole('button', { name: 'Undo' })
  await expect(undo).toBeVisible()
  await app.clock.runFor(8_000)
  await expect(undo).toBeVisible()
  await app.clock.runFor(3_000)
  await expect(undo).toHaveCount(0)
})

test('Undo is keyboard-reachable: Ctrl+Z undoes a deleted session, focus stays on the page', async ({
  app,
}) => {
  await goTo(app, 'Log')
  for (const minutes of ['30', '45']) {
    await app.getByRole('button', { name: 'Log session' }).click()
    const form = app.getByRole('form', { name: 'Log a session' })
    await chooseResource(form, 'Resource', 'MITRE ATLAS')
    await form.getByRole('textbox', { name: 'Minutes' }).fill(minutes)
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(form).toHaveCount(0)
  }
  const sessions = app.getByRole('list', { name: 'Sessions' })
  await expect(sessions.getByRole('listitem')).toHaveCount(2)
  const before = await storeContents(app, 'sessionDays')
  await sessions
    .getByRole('button', { name: /^Delete session/ })
    .first()
    .focus()
  await app.keyboard.press('Enter')
  await expect(sessions.getByRole('listitem')).toHaveCount(1)
  // Focus moved to the next session's first control, not to the page body.
  await expect(sessions.getByRole('link', { name: 'MITRE ATLAS' })).toBeFocused()
  await expect(toast(app)).toContainText('Session deleted.')
  await app.keyboard.press('Control+z')
  await expect(sessions.getByRole('listitem')).toHaveCount(2)
  await expect.poll(() => storeContents(app, 'sessionDays')).toEqual(before)
})

test('deleting the last row moves focus to the list heading', async ({ app }) => {
  await goTo(app, 'Exam')
  const form = app.getByRole('form', { name: 'Log CPE activity' })
  await form.getByLabel('Activity', { exact: true }).fill('BSides talk')
  await form.getByLabel('Credits').fill('2')
  await form.getByRole('button', { name: 'Log CPE activity' }).click()
  await deleteAndUndo(app, 'cpeActivities', 'CPE activity "BSides talk" deleted.', async () => {
    await app.getByRole('button', { name: 'Delete BSides talk' }).click()
    await expect(app.getByRole('heading', { name: /Renewal/ })).toBeFocused()
  })
  await expect(app.getByRole('table', { name: 'CPE activities' })).toContainText('BSides talk')
})

test('practice tests and attempts delete at once and come back exactly', async ({ app }) => {
  test.slow()
  await goTo(app, 'Exam')
  const tests = app.getByRole('form', { name: 'Add practice test' })
  await tests.getByLabel('Test date').fill(day(-3))
  await tests.getByLabel('Score (%)').fill('64')
  await tests.getByRole('button', { name: 'Add practice test' }).click()
  await deleteAndUndo(app, 'practiceTests', 'Practice test (64%) deleted.', async () => {
    await app.getByRole('button', { name: /^Delete the 64% test/ }).click()
  })
  await expect(app.getByRole('table', { name: 'Practice test scores' })).toContainText('64%')

  await app.getByRole('button', { name: 'Add attempt' }).click()
  const attemptForm = app.getByRole('form', { name: 'New attempt' })
  await attemptForm.getByLabel('Start date').fill(day(0))
  await attemptForm.getByRole('button', { name: 'Save attempt' }).click()
  const attempt = app.getByRole('article', { name: /^GSEC attempt from / })
  await expect(attempt).toBeVisible()
  await deleteAndUndo(app, 'attempts', 'Attempt deleted, with its checklist.', async () => {
    await attempt.getByRole('button', { name: 'Delete attempt' }).click()
    await expect(attempt).toHaveCount(0)
  })
  await expect(attempt).toBeVisible()
})

test('a plan item is removed at once and Undo puts it back in its place', async ({ app }) => {
  await goTo(app, 'Plan')
  for (const title of ['OWASP Top 10 for LLM Applications', 'MITRE ATLAS']) {
    await chooseResource(app, 'Resource to add', title)
    await app.getByRole('button', { name: 'Add to plan' }).click()
    await expect(
      app.getByRole('list', { name: 'Study path' }).getByRole('listitem', { name: title }),
    ).toBeVisible()
  }
  const path = app.getByRole('list', { name: 'Study path' })
  await deleteAndUndo(
    app,
    'planItems',
    'Removed from the plan; logged study is kept.',
    async () => {
      await path
        .getByRole('listitem', { name: 'OWASP Top 10 for LLM Applications' })
        .getByRole('button', { name: 'Remove' })
        .click()
      await expect(path.getByRole('listitem')).toHaveCount(1)
    },
  )
  await expect(path.getByRole('listitem').first()).toHaveAccessibleName(
    'OWASP Top 10 for LLM Applications',
  )
})

test('notes, quotes and index entries delete at once and come back exactly', async ({ app }) => {
  test.slow()
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const quote = app.getByRole('form', { name: 'New quote' })
  await quote.getByRole('textbox', { name: 'Quoted text' }).fill('Security is a process.')
  await quote.getByRole('button', { name: 'Save quote' }).click()
  const edit = app.getByRole('form', { name: 'Edit quote' })
  await expect(edit).toBeVisible()
  await deleteAndUndo(app, 'quoteBooks', 'Quote deleted.', async () => {
    await edit.getByRole('button', { name: 'Delete quote' }).click()
    await expect(app.getByRole('list', { name: 'Quotes' })).toHaveCount(0)
  })
  await expect(app.getByRole('list', { name: 'Quotes' })).toContainText('Security is a process.')

  await goTo(app, 'Notes')
  await app
    .getByRole('link', { name: /Open-book index/ })
    .first()
    .click()
  await app.getByRole('button', { name: 'Add index entry' }).click()
  const entry = app.getByRole('form', { name: 'New index entry' })
  await entry.getByRole('textbox', { name: 'Term' }).fill('Kerberos')
  await entry.getByRole('textbox', { name: 'Pages' }).fill('12')
  await entry.getByRole('button', { name: 'Save entry' }).click()
  await expect(entry).toHaveCount(0)
  await deleteAndUndo(app, 'indexBooks', 'Index entry "Kerberos" deleted.', async () => {
    await app
      .getByRole('button', { name: /Kerberos/ })
      .first()
      .click()
    await app.getByRole('button', { name: 'Delete entry' }).click()
  })

  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Kerberos tickets')
  await expect(editor.getByRole('status').first()).toHaveText('Saved')
  await deleteAndUndo(app, 'notes', 'Note "Kerberos tickets" deleted.', async () => {
    await editor.getByRole('button', { name: 'Delete note' }).click()
    await expect(editor).toHaveCount(0)
  })
})
