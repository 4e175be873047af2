import { readFileSync, writeFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { dayFromToday, expect, goTo, openApp, shownDay, storeContents, test } from './fixtures'

// Several pages, a download and a second profile on a shared, busy machine: give them room.
test.describe.configure({ timeout: 180_000 })

const shot = (name: string) => `screenshots/${name}.png`

async function dueCount(page: Page) {
  return page.getByRole('region', { name: 'Due cards' }).getByRole('status')
}

/** Writes a note, selects `words` in its body, and makes a cloze card from the selection. */
async function makeClozeFromNote(page: Page, body: string, words: string) {
  await goTo(page, 'Notes')
  await page.getByRole('button', { name: 'New note' }).click()
  const editor = page.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Ports')
  await editor.getByRole('textbox', { name: 'Tags' }).fill('network')
  const text = editor.getByRole('textbox', { name: 'Note (Markdown)' })
  await text.fill(body)
  await expect(editor.getByRole('status').first()).toHaveText('Saved')
  const start = body.indexOf(words)
  await text.evaluate(
    (element, [from, to]) => {
      const area = element as HTMLTextAreaElement
      area.focus()
      area.setSelectionRange(from!, to!)
    },
    [start, start + words.length],
  )
  await editor.getByRole('button', { name: 'Make card' }).click()
  const dialog = page.getByRole('dialog', { name: 'Make card' })
  await expect(dialog.getByRole('radio', { name: 'Cloze (fill the gap)' })).toBeChecked()
  await expect(dialog.getByRole('textbox', { name: 'Cloze text' })).toHaveValue(
    body.replace(words, `{{${words}}}`),
  )
  await expect(dialog.getByRole('textbox', { name: 'Tags' })).toHaveValue('network')
  await page.screenshot({ path: shot('review-make-card') })
  await dialog.getByRole('button', { name: 'Save card' }).click()
  await expect(dialog).toBeHidden()
  await expect(editor.getByRole('status').filter({ hasText: 'Card saved' })).toBeVisible()
}

test('a cloze card from a note selection is reviewed, answered Good, and Undo brings it back', async ({
  app,
}) => {
  await makeClozeFromNote(app, 'SSH listens on port 22 by default.', '22')

  await goTo(app, 'Review')
  await expect(await dueCount(app)).toHaveText('1 card due')
  const card = app.getByRole('article', { name: 'Card to review' })
  await expect(card).toContainText('SSH listens on port […] by default.')
  await expect(card.getByRole('link', { name: 'Ports' })).toHaveAttribute('href', /note=/)
  await app.screenshot({ path: shot('review-light'), fullPage: true })
  await app.emulateMedia({ colorScheme: 'dark' })
  await app.screenshot({ path: shot('review-dark'), fullPage: true })
  await app.emulateMedia({ colorScheme: 'light' })

  await card.getByRole('button', { name: 'Show answer' }).click()
  await expect(card.locator('mark')).toHaveText('22')
  const good = card.getByRole('button', { name: /^Good/ })
  await expect(good).toContainText('10 min')
  await app.screenshot({ path: shot('review-answer'), fullPage: true })
  await good.click()

  await expect(await dueCount(app)).toHaveText('0 cards due')
  await expect(app.getByText(/^Next card due /)).toBeVisible()
  await expect(card).toBeHidden()

  await app
    .getByRole('status')
    .filter({ hasText: 'Answered Good' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(await dueCount(app)).toHaveText('1 card due')
  await expect(card).toContainText('SSH listens on port […] by default.')

  // Keys: space shows the answer, 3 answers Good.
  await app.keyboard.press('Space')
  await expect(card.locator('mark')).toHaveText('22')
  await app.keyboard.press('3')
  await expect(await dueCount(app)).toHaveText('0 cards due')

  // The Dashboard counts due cards, and today's heatmap cell counts the review (the undone
  // answer is gone from the history).
  await goTo(app, 'Dashboard')
  await expect(app.getByLabel('Cards due for review')).toHaveText('0 cards due')
  const today = shownDay(dayFromToday(), 'medium')
  await expect(app.locator(`[aria-label^="${today}: "]`)).toHaveAttribute(
    'aria-label',
    new RegExp(`^${today}: \\d+ minutes?, 1 review$`),
  )
  await app.screenshot({ path: shot('dashboard-review') })
})

test('cards never reach the printed open-book index', async ({ app }) => {
  await goTo(app, 'Review')
  await app.getByRole('button', { name: 'New card' }).click()
  const form = app.getByRole('form', { name: 'New card' })
  await form.getByRole('textbox', { name: 'Question' }).fill('Which port does Kerberos use?')
  await form.getByRole('textbox', { name: 'Answer' }).fill('88')
  await form.getByRole('button', { name: 'Save card' }).click()
  await expect(await dueCount(app)).toHaveText('1 card due')

  await openApp(app, '/notes/index?new=1')
  const entry = app.getByRole('form', { name: 'New index entry' })
  await entry.getByRole('textbox', { name: 'Term' }).fill('Kerberos')
  await entry.getByRole('textbox', { name: 'Pages' }).fill('88')
  await entry.getByRole('button', { name: 'Save entry' }).click()
  await app.getByRole('link', { name: 'Print layout' }).click()
  await expect(app.getByText('Review cards and their questions and answers never')).toBeVisible()
  await app.emulateMedia({ media: 'print' })
  await expect(app.getByRole('region', { name: 'Letter K' })).toContainText('Kerberos')
  await expect(app.locator('body')).not.toContainText('Which port does Kerberos use?')
})

test('backup and restore keep cards and their review history', async ({ app, browser }, info) => {
  await goTo(app, 'Review')
  await app.getByRole('button', { name: 'New card' }).click()
  const form = app.getByRole('form', { name: 'New card' })
  await form.getByRole('textbox', { name: 'Question' }).fill('What does AES stand for?')
  await form.getByRole('textbox', { name: 'Answer' }).fill('Advanced Encryption Standard')
  await form.getByRole('button', { name: 'Save card' }).click()
  const card = app.getByRole('article', { name: 'Card to review' })
  await card.getByRole('button', { name: 'Show answer' }).click()
  await card.getByRole('button', { name: /^Good/ }).click()
  await expect(await dueCount(app)).toHaveText('0 cards due')

  await goTo(app, 'Settings')
  const downloading = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export backup' }).click()
  const file = await downloading
  const text = readFileSync(await file.path(), 'utf8')
  const backup = JSON.parse(text) as { tables: Record<string, unknown[]> }
  expect(backup.tables.reviewCards).toHaveLength(1)
  expect(backup.tables.reviewLogs).toHaveLength(1)
  const saved = info.outputPath(file.suggestedFilename())
  writeFileSync(saved, text)

  const fresh = await browser.newContext()
  const page = await fresh.newPage()
  await openApp(page, '/settings')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(saved)
  const summary = page.getByRole('region', { name: /Restore “bastion-backup-/ })
  await expect(
    summary
      .getByRole('row', { name: /Review cards/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1')
  await expect(
    summary
      .getByRole('row', { name: /Review history/ })
      .getByRole('cell')
      .first(),
  ).toHaveText('1')
  await summary.getByRole('button', { name: 'Replace my data' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup restored (replaced)' }),
  ).toBeVisible()

  await goTo(page, 'Review')
  await expect(page.getByRole('region', { name: 'Due cards' }).getByRole('status')).toHaveText(
    '0 cards due',
  )
  await expect(page.getByText(/^Next card due /)).toBeVisible()
  await page.getByText('Review stats').click()
  await expect(page.getByRole('row', { name: 'Learning 1' })).toBeVisible()
  await page.getByText('All cards').click()
  await expect(page.getByText('What does AES stand for?')).toBeVisible()
  await page.screenshot({ path: shot('review-stats'), fullPage: true })
  await fresh.close()
})

async function newQaCard(page: Page, question: string, answer: string) {
  await page.getByRole('button', { name: 'New card' }).click()
  const form = page.getByRole('form', { name: 'New card' })
  await form.getByRole('textbox', { name: 'Question' }).fill(question)
  await form.getByRole('textbox', { name: 'Answer' }).fill(answer)
  await form.getByRole('button', { name: 'Save card' }).click()
  await expect(form).toBeHidden()
}

test('closing the New card form gives focus back to New card', async ({ app }) => {
  await goTo(app, 'Review')
  const open = app.getByRole('button', { name: 'New card' })
  const form = app.getByRole('form', { name: 'New card' })
  await open.click()
  await expect(form.getByRole('textbox', { name: 'Question' })).toBeFocused()
  await app.keyboard.press('Escape')
  await expect(form).toBeHidden()
  await expect(open).toBeFocused()

  await open.click()
  await form.getByRole('button', { name: 'Cancel' }).click()
  await expect(form).toBeHidden()
  await expect(open).toBeFocused()
})

test('a deleted card and its reviews come back exactly with Undo', async ({ app }) => {
  await goTo(app, 'Review')
  const card = app.getByRole('article', { name: 'Card to review' })
  // Two answered cards: the day's log holds the deleted card's review before the other's.
  for (const [question, answer] of [
    ['Which port does HTTPS use?', '443'],
    ['Which port does DNS use?', '53'],
  ] as const) {
    await newQaCard(app, question, answer)
    await card.getByRole('button', { name: 'Show answer' }).click()
    await card.getByRole('button', { name: /^Good/ }).click()
    await expect(await dueCount(app)).toHaveText('0 cards due')
  }
  const books = await storeContents(app, 'reviewCardBooks')
  const days = await storeContents(app, 'reviewDays')
  expect(days).toHaveLength(1)
  expect((days[0] as { reviews: unknown[] }).reviews).toHaveLength(2)

  await app.getByText('All cards').click()
  await app.getByRole('button', { name: 'Delete card: Which port does HTTPS use?' }).click()
  const toast = app.getByRole('region', { name: 'Notifications' })
  await expect(toast).toContainText('Card deleted, with its 1 review.')
  await expect(app.getByText('Which port does HTTPS use?')).toBeHidden()
  await expect.poll(() => storeContents(app, 'reviewDays')).not.toEqual(days)
  await expect.poll(() => storeContents(app, 'reviewCardBooks')).not.toEqual(books)
  await app.screenshot({ path: shot('review-delete-toast') })

  await toast.getByRole('button', { name: 'Undo' }).click()
  await expect(toast).toContainText('Card restored.')
  await expect(app.getByText('Which port does HTTPS use?')).toBeVisible()
  await expect.poll(() => storeContents(app, 'reviewCardBooks')).toEqual(books)
  await expect.poll(() => storeContents(app, 'reviewDays')).toEqual(days)
})
