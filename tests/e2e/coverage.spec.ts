import { readFile } from 'node:fs/promises'
import type { Page } from '@playwright/test'
import { expect, expectAccessible, goTo, logSession, test } from './fixtures'

async function openView(app: Page, view: 'GSEC' | 'OWASP LLM Top 10' | 'MITRE ATLAS') {
  await goTo(app, 'Coverage')
  await expect(app.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
  await app.getByRole('radio', { name: view }).check()
}

async function download(app: Page, button: string): Promise<{ name: string; text: string }> {
  const downloading = app.waitForEvent('download')
  await app.getByRole('button', { name: button }).click()
  const file = await downloading
  return { name: file.suggestedFilename(), text: await readFile((await file.path())!, 'utf8') }
}

test('a session on a tagged resource reads "read", a tagged note "noted", with the evidence and both exports', async ({
  app,
}) => {
  await openView(app, 'OWASP LLM Top 10')
  await expect(
    app.getByRole('button', { name: 'LLM01:2026 Prompt Injection: untouched' }),
  ).toBeVisible()

  // "AI Red Teaming" is tagged LLM01:2026 and AML.T0051 in the catalog (as are two guides,
  // tagged LLM01:2026, with no time logged: the CSV counts three tagged resources).
  await logSession(app, 'AI Red Teaming', '30')
  await openView(app, 'OWASP LLM Top 10')
  const cell = app.getByRole('button', { name: 'LLM01:2026 Prompt Injection: read' })
  await expect(cell).toBeVisible()
  await expect(cell).toContainText('30 min')
  // Drawn with the page's styles (they load with the first page, not with the page's chunk).
  await expect(cell).toHaveCSS('border-left-width', '6px')

  // A note that mentions prompt injection is offered the tag; one click adds it.
  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Injection notes')
  await editor
    .getByRole('textbox', { name: 'Note (Markdown)' })
    .fill('Indirect prompt injection hides orders in retrieved pages.')
  const suggested = editor.getByRole('group', { name: 'Suggested tags' })
  await suggested.getByRole('button', { name: '+ LLM01:2026 Prompt Injection' }).click()
  await expect(editor.getByRole('textbox', { name: 'Tags' })).toHaveValue('LLM01:2026')
  await expect(suggested.getByRole('button', { name: /LLM01:2026/ })).toHaveCount(0)
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  await openView(app, 'OWASP LLM Top 10')
  await app.getByRole('button', { name: 'LLM01:2026 Prompt Injection: noted' }).click()
  const evidence = app.getByRole('region', { name: 'LLM01:2026 Prompt Injection' })
  await expect(evidence.getByRole('heading', { level: 2 })).toBeFocused()
  await expect(evidence.getByRole('link', { name: 'AI Red Teaming' })).toBeVisible()
  await expect(evidence.getByRole('link', { name: 'Injection notes' })).toBeVisible()
  await evidence.getByRole('link', { name: 'Injection notes' }).click()
  await expect(
    app.getByRole('region', { name: 'Note editor' }).getByRole('textbox', { name: 'Title' }),
  ).toHaveValue('Injection notes')

  await openView(app, 'MITRE ATLAS')
  await expect(
    app.getByRole('button', { name: 'AML.T0051 LLM Prompt Injection: read' }),
  ).toBeVisible()

  const csv = await download(app, 'Export CSV')
  expect(csv.name).toMatch(/^bastion-coverage-\d{4}-\d{2}-\d{2}\.csv$/)
  const lines = csv.text.trimEnd().split('\r\n')
  expect(lines[0]).toBe(
    '\uFEFFFramework,Edition,ID,Name,Kind,Level,Minutes,Last touched,Resources,Notes,Quotes,Index entries,Review cards,Practice tests',
  )
  expect(lines.find((line) => line.includes(',LLM01:2026,'))).toMatch(
    /^OWASP LLM Top 10,2026,LLM01:2026,Prompt Injection,risk,noted,30,\d{4}-\d{2}-\d{2},3,1,0,0,0,0$/,
  )

  const layerFile = await download(app, 'Export ATLAS Navigator layer')
  expect(layerFile.name).toMatch(/^bastion-atlas-layer-\d{4}-\d{2}-\d{2}\.json$/)
  const layer = JSON.parse(layerFile.text) as {
    domain: string
    versions: { layer: string }
    techniques: { techniqueID: string; score: number; comment: string }[]
  }
  expect(layer.domain).toBe('atlas-atlas')
  expect(layer.versions.layer).toBe('4.5')
  const technique = layer.techniques.find((t) => t.techniqueID === 'AML.T0051')
  expect(technique).toMatchObject({ score: 1, comment: expect.stringMatching(/^read; 30 min/) })
})

test('the Dashboard says the summary in one line and links to Coverage', async ({ app }) => {
  await expect(
    app.getByRole('link', { name: 'Coverage: GSEC 0 of 26 areas past read; OWASP 2026: 0 of 10' }),
  ).toBeVisible()
  await app.getByRole('link', { name: /^Coverage: GSEC/ }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Coverage' })).toBeVisible()
})

test('gaps list untouched and only-read items, and offer the tagged resources for the plan', async ({
  app,
}) => {
  await openView(app, 'OWASP LLM Top 10')
  await app.getByRole('checkbox', { name: 'Only gaps (untouched or only read)' }).check()
  const grid = app.getByRole('list', { name: 'OWASP Top 10 for LLM Applications 2026' })
  await expect(grid.getByRole('button')).toHaveCount(10)
  await app.getByRole('combobox', { name: 'Edition' }).selectOption('2025')
  await expect(
    app.getByRole('list', { name: 'OWASP Top 10 for LLM Applications 2025' }).getByRole('button'),
  ).toHaveCount(10)
  await app.getByRole('combobox', { name: 'Edition' }).selectOption('2026')
  await grid.getByRole('button', { name: 'LLM08:2026 Hidden Context Exposure: untouched' }).click()
  const panel = app.getByRole('region', { name: 'LLM08:2026 Hidden Context Exposure' })
  await expect(panel.getByRole('heading', { name: 'Add to plan' })).toBeVisible()
  await panel.getByRole('button', { name: 'Add to plan' }).first().click()
  await expect(panel.getByText('In your plan.')).toBeVisible()
})

test('GSEC by keyboard: a cell opens its evidence, Escape returns to it; no axe violation', async ({
  app,
}) => {
  test.slow() // axe in light and dark, twice, on a 2-core machine
  await goTo(app, 'Coverage')
  await expect(app.getByRole('radio', { name: 'GSEC' })).toBeChecked()
  await expectAccessible(app, { label: 'GSEC' })
  const first = app.getByRole('button', { name: 'Access Control & Password Management: untouched' })
  await first.focus()
  await app.keyboard.press('Enter')
  const panel = app.getByRole('region', { name: 'Access Control & Password Management' })
  await expect(panel.getByRole('heading', { level: 2 })).toBeFocused()
  await expectAccessible(app, { label: 'GSEC evidence' })
  await app.keyboard.press('Escape')
  await expect(panel).toHaveCount(0)
  await expect(first).toBeFocused()
})

test('OWASP by keyboard (arrow keys choose the view); no axe violation', async ({ app }) => {
  test.slow()
  await goTo(app, 'Coverage')
  await app.getByRole('radio', { name: 'GSEC' }).focus()
  await app.keyboard.press('ArrowRight')
  await expect(app.getByRole('radio', { name: 'OWASP LLM Top 10' })).toBeChecked()
  await expect(
    app.getByRole('button', { name: 'LLM01:2026 Prompt Injection: untouched' }),
  ).toBeVisible()
  await expectAccessible(app, { label: 'OWASP' })
})

test('ATLAS by keyboard: sub-techniques unfold; no axe violation', async ({ app }) => {
  test.slow() // axe over the 170-cell matrix takes seconds on a 2-core machine
  await goTo(app, 'Coverage')
  await app.getByRole('radio', { name: 'OWASP LLM Top 10' }).focus()
  await app.keyboard.press('ArrowRight')
  await expect(app.getByRole('radio', { name: 'MITRE ATLAS' })).toBeChecked()
  const fold = app.getByRole('button', { name: /^Show 3 sub-techniques of AML\.T0051 / })
  await fold.focus()
  await app.keyboard.press('Enter')
  const direct = app.getByRole('button', { name: 'AML.T0051.000 Direct: untouched' })
  await expect(direct).toBeVisible()
  await direct.focus()
  await app.keyboard.press('Enter')
  await expect(
    app.getByRole('region', { name: 'AML.T0051.000 Direct' }).getByRole('heading', { level: 2 }),
  ).toBeFocused()
  await expectAccessible(app, { label: 'ATLAS', include: 'main' })
})
