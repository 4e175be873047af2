import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { chooseResource, expect, goTo, openApp, test } from './fixtures'

async function addIndexEntry(page: Page, term: string, pages: string, note = '') {
  await page.getByRole('button', { name: 'Add index entry' }).click()
  const form = page.getByRole('form', { name: 'New index entry' })
  await form.getByRole('textbox', { name: 'Term' }).fill(term)
  await form.getByRole('textbox', { name: 'Pages' }).fill(pages)
  if (note) await form.getByRole('textbox', { name: 'Short note' }).fill(note)
  await form.getByRole('button', { name: 'Save entry' }).click()
  await expect(form).toHaveCount(0)
}

test('a markdown note saves itself, survives a reload and is found by search', async ({ app }) => {
  await goTo(app, 'Notes')
  await expect(app.getByRole('heading', { name: 'No notes yet' })).toBeVisible()
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Kerberos tickets')
  await editor
    .getByRole('textbox', { name: 'Note (Markdown)' })
    .fill(
      '## Golden ticket\n\nForged **TGT** signed with the krbtgt hash.\n\n<script>alert(1)</script>',
    )
  const preview = editor.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Golden ticket' })).toBeVisible()
  await expect(preview.locator('strong')).toHaveText('TGT')
  await expect(preview).toContainText('<script>alert(1)</script>')
  await expect(preview.locator('script')).toHaveCount(0)
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')
  await expect(
    app.getByRole('region', { name: 'Note editor' }).getByRole('textbox', { name: 'Title' }),
  ).toHaveValue('Kerberos tickets')

  await goTo(app, 'Notes')
  await app.getByRole('searchbox', { name: 'Search notes' }).fill('krbtgt')
  const results = app.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('status')).toHaveText('1 result')
  await expect(results.locator('mark')).toHaveText(['krbtgt'])
  await results.getByRole('button', { name: /Kerberos tickets/ }).click()
  await expect(
    app
      .getByRole('region', { name: 'Note editor' })
      .getByRole('textbox', { name: 'Note (Markdown)' }),
  ).toHaveValue(/krbtgt hash/)
})

test('the last keystrokes survive a reload before the debounced save', async ({ app }) => {
  await openApp(app, '/notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const body = app
    .getByRole('region', { name: 'Note editor' })
    .getByRole('textbox', { name: 'Note (Markdown)' })
  await body.pressSequentially('typed just before a crash')
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')
  await expect(body).toHaveValue('typed just before a crash')
  await expect(
    app.getByRole('region', { name: 'Note editor' }).getByRole('status').first(),
  ).toHaveText('Saved')
})

test('a quote with a page range, and a clear message for a backwards range', async ({ app }) => {
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'Add quote' }).click()
  const form = app.getByRole('form', { name: 'New quote' })
  await form
    .getByRole('textbox', { name: 'Quoted text' })
    .fill('Security is a process, not a product.')
  await form.getByRole('textbox', { name: 'Locator' }).fill('45-42')
  await chooseResource(form, 'Resource', 'Security Engineering')
  await form.getByRole('button', { name: 'Save quote' }).click()
  await expect(form.getByText(/ends before it starts/)).toBeVisible()
  await expect(form.getByRole('textbox', { name: 'Quoted text' })).toHaveValue(
    'Security is a process, not a product.',
  )
  await form.getByRole('textbox', { name: 'Locator' }).fill('42-45')
  await form.getByRole('textbox', { name: 'Comment' }).fill('Schneier, quoted by Anderson')
  await form.getByRole('button', { name: 'Save quote' }).click()

  await expect(app.getByRole('form', { name: 'Edit quote' })).toBeVisible()
  const list = app.getByRole('list', { name: 'Quotes' })
  await expect(list.getByRole('button')).toHaveCount(1)
  await expect(list.getByRole('button').first()).toContainText('pp. 42–45')
  await expect(list.getByRole('button').first()).toContainText('Security Engineering')
})

test('three index entries export as CSV, with duplicates flagged', async ({ app, page }) => {
  await openApp(app, '/notes/index')
  await addIndexEntry(app, 'XSS', '112-115', 'reflected, stored, DOM')
  await addIndexEntry(app, '=cmd|calc', '7')
  await addIndexEntry(app, 'Cross-site scripting', '112', 'see "XSS", output encoding')

  const entries = app.getByRole('region', { name: 'Index entries' })
  await expect(entries.getByRole('status')).toHaveText(
    '3 entries · 2 flagged as possible duplicates',
  )
  await expect(entries.getByRole('heading', { level: 2 })).toHaveText(['#', 'C', 'X'])

  const downloadPromise = page.waitForEvent('download')
  await app.getByRole('button', { name: 'Export index' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('bastion-index.csv')
  const text = readFileSync(await download.path(), 'utf8')
  // One exporter for the index (this page and Settings alike): the entry id comes last.
  expect(text.split('\r\n').map((line) => line.replace(/,[0-9a-f-]{36}$/, ''))).toEqual([
    '\uFEFFTerm,Pages,Resource,Note,Tags,Objectives,Entry id',
    "'=cmd|calc,p. 7,,,,",
    'Cross-site scripting,p. 112,,"see ""XSS"", output encoding",,',
    'XSS,pp. 112–115,,"reflected, stored, DOM",,',
    '',
  ])
})

test('an index entry can start from a quote, and the print layout has two columns', async ({
  app,
}) => {
  await openApp(app, '/notes?new=quote')
  const form = app.getByRole('form', { name: 'New quote' })
  await form.getByRole('textbox', { name: 'Quoted text' }).fill('Defense in depth means layers.')
  await form.getByRole('textbox', { name: 'Locator' }).fill('p. 88')
  await form.getByRole('textbox', { name: 'Tags' }).fill('Defense in depth')
  // Saved first: leaving an unsaved quote would ask "Discard changes?".
  await form.getByRole('button', { name: 'Save quote' }).click()
  await app
    .getByRole('form', { name: 'Edit quote' })
    .getByRole('button', { name: 'Add to index' })
    .click()
  const entry = app.getByRole('form', { name: 'New index entry' })
  await expect(entry.getByRole('textbox', { name: 'Term' })).toHaveValue('Defense in depth')
  await expect(entry.getByRole('textbox', { name: 'Pages' })).toHaveValue('p. 88')
  await entry.getByRole('button', { name: 'Save entry' }).click()
  await addIndexEntry(app, 'AES', '301')
  await addIndexEntry(app, '802.1X', '77')

  await app.getByRole('link', { name: 'Print layout' }).click()
  await expect(app.getByRole('button', { name: 'Print index' })).toBeVisible()
  // Why only index entries are printed: GIAC's rule, with its source.
  await expect(app.getByText(/Only your index entries are printed/)).toContainText(
    'having the appearance of practice test and/or exam questions and answers',
  )
  await expect(app.getByRole('link', { name: 'GIAC proctoring rules' })).toHaveAttribute(
    'href',
    'https://www.giac.org/exams/proctor',
  )
  await app.emulateMedia({ media: 'print' })
  await expect(app.getByRole('button', { name: 'Print index' })).toBeHidden()
  await expect(app.getByRole('navigation', { name: 'Main' })).toBeHidden()
  const columns = await app
    .locator('.print-columns')
    .evaluate((el) => getComputedStyle(el).columnCount)
  expect(columns).toBe('2')
  await expect(app.getByRole('region', { name: /^Letter / })).toHaveCount(3)
  await app.screenshot({ path: test.info().outputPath('index-print.png'), fullPage: true })
})

test('a book’s notes and quotes export as one Markdown file', async ({ app, page }) => {
  await openApp(app, '/catalog/book-security-engineering-3e')
  const panel = app.getByRole('region', { name: 'Notes on this resource' })
  await panel.getByRole('button', { name: 'Add quote' }).click()
  const form = panel.getByRole('form', { name: 'New quote' })
  await form.getByRole('textbox', { name: 'Quoted text' }).fill('Security is a process.')
  await form.getByRole('textbox', { name: 'Locator' }).fill('ch. 1')
  await form.getByRole('button', { name: 'Save quote' }).click()
  await expect(panel.getByRole('link', { name: '“Security is a process.”' })).toBeVisible()

  await panel.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await expect(editor.getByRole('combobox', { name: 'Resource' })).toHaveValue(
    'Security Engineering',
  )
  await editor.getByRole('textbox', { name: 'Title' }).fill('Chapter 1 summary')
  await editor.getByRole('textbox', { name: 'Note (Markdown)' }).fill('Economics matter.')
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  await openApp(app, '/catalog/book-security-engineering-3e')
  const downloadPromise = page.waitForEvent('download')
  await panel.getByRole('button', { name: 'Export notes' }).click()
  const download = await downloadPromise
  expect(download.suggestedFilename()).toBe('bastion-notes-security-engineering.md')
  const text = readFileSync(await download.path(), 'utf8')
  expect(text).toContain('# Security Engineering\n')
  expect(text).toContain('### Chapter 1 summary')
  expect(text).toContain('Economics matter.')
  expect(text).toContain('> Security is a process.\n>\n> — ch. 1')
})

test('a tag typed as "LLM03" offers both OWASP editions, each with its own name', async ({
  app,
}) => {
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  const tags = editor.getByRole('textbox', { name: 'Tags' })
  await tags.fill('LLM03')
  const suggestions = editor.getByRole('listbox', { name: 'Tags from the frameworks' })
  await expect(suggestions.getByRole('option')).toHaveText([
    /^LLM03:2026 Excessive Agency OWASP LLM Top 10, 2026 edition$/,
    /^LLM03:2025 Supply Chain OWASP LLM Top 10, 2025 edition \(older\)$/,
  ])
  await suggestions.getByRole('option', { name: /LLM03:2025 Supply Chain/ }).click()
  await expect(tags).toHaveValue('LLM03:2025, ')
  await tags.pressSequentially('prompt inj')
  await expect(suggestions.getByRole('option').first()).toHaveText(/^LLM01:2026 Prompt Injection/)
  await tags.press('Enter')
  await expect(tags).toHaveValue('LLM03:2025, LLM01:2026, ')
  await tags.pressSequentially('AML.T0051')
  await expect(suggestions.getByRole('option').first()).toHaveText(
    /^AML\.T0051 LLM Prompt Injection MITRE ATLAS technique, v5\.6\.1$/,
  )
})
