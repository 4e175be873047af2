import type { Locator, Page } from '@playwright/test'
import {
  chooseResource,
  expect,
  goTo,
  openApp,
  openResource,
  storeContents,
  test,
} from './fixtures'

// Two pages of one browser context share IndexedDB: two windows of Bastion editing one record.
// Window A saves first; window B then saves from the revision it opened. B's save must not
// overwrite A's: B sees both versions side by side and chooses; nothing typed is lost.
test.describe.configure({ timeout: 120_000 })

const panelIn = (page: Page, what: string) =>
  page.getByRole('region', { name: `This ${what} changed in another window` })

async function secondWindow(page: Page, route: string): Promise<Page> {
  const second = await page.context().newPage()
  await openApp(second, route)
  return second
}

/** The row of one field in the conflict panel: it shows both values and says they differ. */
async function expectRow(panel: Locator, label: string, mine: string, theirs: string) {
  const row = panel
    .getByRole('row')
    .filter({ has: panel.page().getByRole('rowheader', { name: label }) })
  await expect(row.getByRole('cell').nth(0)).toHaveText(mine)
  await expect(row.getByRole('cell').nth(1)).toHaveText(theirs)
  await expect(row.getByRole('rowheader')).toContainText('differs')
}

/** With SCREENSHOTS set: the page in the light and the dark theme, to look at. */
async function shot(page: Page, name: string) {
  if (!process.env.SCREENSHOTS) return
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme })
    await page.screenshot({ path: `screenshots/${name}-${colorScheme}.png`, fullPage: true })
  }
  await page.emulateMedia({ colorScheme: null })
}

test('a session edited in two windows: Keep mine saves over the other window’s text', async ({
  app,
}) => {
  await goTo(app, 'Log')
  await app.getByRole('button', { name: 'Log session' }).click()
  const form = app.getByRole('form', { name: 'Log a session' })
  await chooseResource(form, 'Resource', 'MITRE ATLAS')
  await form.getByRole('textbox', { name: 'Minutes' }).fill('45')
  await form.getByRole('textbox', { name: 'What you covered' }).fill('Reconnaissance')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Session logged.' })).toBeVisible()
  const other = await secondWindow(app, '/log')

  const editIn = async (page: Page) => {
    await page
      .getByRole('list', { name: 'Sessions' })
      .getByRole('button', { name: /^Edit session/ })
      .click()
    return page.getByRole('form', { name: 'Edit session' })
  }
  const formA = await editIn(app)
  const formB = await editIn(other)
  await formA.getByRole('textbox', { name: 'What you covered' }).fill('Written in window A')
  await formA.getByRole('button', { name: 'Save session' }).click()
  await expect(formA).toHaveCount(0)

  await formB.getByRole('textbox', { name: 'What you covered' }).fill('Written in window B')
  await formB.getByRole('button', { name: 'Save session' }).click()
  const panel = panelIn(other, 'session')
  await expect(panel).toBeVisible()
  await expectRow(panel, 'What you covered', 'Written in window B', 'Written in window A')
  await expect(panel.getByRole('button', { name: 'Keep both' })).toHaveCount(0)
  await expect(formB.getByRole('textbox', { name: 'What you covered' })).toHaveValue(
    'Written in window B',
  )
  await shot(other, 'session-conflict')

  await panel.getByRole('button', { name: 'Keep mine' }).click()
  await expect(formB).toHaveCount(0)
  await openApp(app, '/log')
  await expect(app.getByRole('list', { name: 'Sessions' })).toContainText('Written in window B')
  await other.close()
})

test('an expense edited in two windows: Keep theirs puts the saved version in the form', async ({
  app,
}) => {
  await openApp(app, '/costs')
  const add = app.getByRole('form', { name: 'Add expense' })
  await add.getByLabel('Description').fill('GSEC practice test')
  await add.getByLabel('Amount').fill('159')
  await add.getByLabel('Currency').fill('USD')
  await add.getByRole('button', { name: 'Add expense' }).click()
  await expect(app.getByRole('button', { name: 'Edit GSEC practice test' })).toBeVisible()
  const other = await secondWindow(app, '/costs')

  const editIn = async (page: Page) => {
    await page.getByRole('button', { name: 'Edit GSEC practice test' }).click()
    return page.getByRole('form', { name: 'Edit expense' })
  }
  const formA = await editIn(app)
  const formB = await editIn(other)
  await formA.getByLabel('Description').fill('GSEC practice test (two)')
  await formA.getByRole('button', { name: 'Save expense' }).click()
  await expect(formA).toHaveCount(0)

  await formB.getByLabel('Amount').fill('200')
  await formB.getByRole('button', { name: 'Save expense' }).click()
  const panel = panelIn(other, 'expense')
  await expectRow(panel, 'Description', 'GSEC practice test', 'GSEC practice test (two)')
  await expect(panel.getByRole('row').filter({ hasText: 'Amount' })).toContainText('differs')

  await panel.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(panel).toHaveCount(0)
  await expect(formB.getByLabel('Description')).toHaveValue('GSEC practice test (two)')
  await expect(formB.getByLabel('Amount')).toHaveValue('159.00')
  await other.close()
})

test('a card edited in two windows: Keep both keeps the saved card and adds mine', async ({
  app,
}) => {
  await goTo(app, 'Review')
  await app.getByRole('button', { name: 'New card' }).click()
  const created = app.getByRole('form', { name: 'New card' })
  await created.getByRole('textbox', { name: 'Question' }).fill('Which port does Kerberos use?')
  await created.getByRole('textbox', { name: 'Answer' }).fill('88')
  await created.getByRole('button', { name: 'Save card' }).click()
  await expect(created).toHaveCount(0)
  const other = await secondWindow(app, '/review')

  const editIn = async (page: Page) => {
    await page.getByRole('heading', { name: 'All cards' }).click()
    await page.getByRole('button', { name: 'Edit card: Which port does Kerberos use?' }).click()
    return page.getByRole('form', { name: 'Edit card' })
  }
  const formA = await editIn(app)
  const formB = await editIn(other)
  await formA.getByRole('textbox', { name: 'Answer' }).fill('88 (TCP and UDP)')
  await formA.getByRole('button', { name: 'Save card' }).click()
  await expect(formA).toHaveCount(0)

  await formB.getByRole('textbox', { name: 'Answer' }).fill('Port 88')
  await formB.getByRole('button', { name: 'Save card' }).click()
  const panel = panelIn(other, 'card')
  await expectRow(panel, 'Answer', 'Port 88', '88 (TCP and UDP)')
  await shot(other, 'card-conflict')

  await panel.getByRole('button', { name: 'Keep both' }).click()
  await expect(formB).toHaveCount(0)
  // The saved card kept window A's answer; window B's answer is a new card beside it.
  const stored = JSON.stringify(await storeContents(app, 'reviewCardBooks'))
  expect(stored).toContain('"back":"88 (TCP and UDP)"')
  expect(stored).toContain('"back":"Port 88"')
  await other.close()
})

test('a resource edited in two windows: a save elsewhere never wipes what is typed here', async ({
  app,
}) => {
  await goTo(app, 'Catalog')
  await app.getByRole('link', { name: 'Add resource' }).click()
  await app.getByRole('textbox', { name: 'Title', exact: true }).fill('LLM Security Handbook')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: 'LLM Security Handbook', exact: true }),
  ).toBeVisible()
  const route = `${new URL(app.url()).hash.slice(1)}/edit`
  await openApp(app, route)
  const other = await secondWindow(app, route)

  await other.getByRole('textbox', { name: 'Description' }).fill('My notes on chapter 4')
  await app.getByRole('textbox', { name: 'Subtitle' }).fill('Second edition')
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(
    app.getByRole('heading', { level: 1, name: 'LLM Security Handbook', exact: true }),
  ).toBeVisible()

  // Window B's typed text is still there after A's save reached it.
  await expect(other.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'My notes on chapter 4',
  )
  await other.getByRole('button', { name: 'Save resource' }).click()
  const panel = panelIn(other, 'resource')
  await expectRow(panel, 'Subtitle', 'empty', 'Second edition')
  await expectRow(panel, 'Description', 'My notes on chapter 4', 'empty')
  await shot(other, 'resource-conflict')
  await panel.getByRole('button', { name: 'Keep mine' }).click()
  await expect(
    other.getByRole('heading', { level: 1, name: 'LLM Security Handbook', exact: true }),
  ).toBeVisible()
  await openApp(app, route)
  await expect(app.getByRole('textbox', { name: 'Description' })).toHaveValue(
    'My notes on chapter 4',
  )
  await other.close()
})

test('a plan item’s hours typed in two windows: the older one shows both, Keep mine', async ({
  app,
}) => {
  await goTo(app, 'Plan')
  await chooseResource(app, 'Resource to add', 'MITRE ATLAS')
  await app.getByRole('button', { name: 'Add to plan' }).click()
  const other = await secondWindow(app, '/plan')

  const hoursIn = async (page: Page) => {
    const row = page
      .getByRole('list', { name: 'Study path' })
      .getByRole('listitem', { name: 'MITRE ATLAS' })
    const field = row.getByRole('textbox', { name: 'Planned hours' })
    if (!(await field.isVisible()))
      await row.getByRole('button', { name: 'Edit MITRE ATLAS' }).click()
    return { row, field }
  }
  const a = await hoursIn(app)
  const b = await hoursIn(other)
  // Window A starts typing; window B then saves its own estimate.
  await a.field.fill('12')
  await b.field.fill('20')
  await b.field.press('Enter')
  await expect(b.row.getByText('20 h planned (your estimate)')).toBeVisible()

  await a.field.press('Enter')
  const panel = panelIn(app, 'plan item')
  await expect(panel).toBeVisible()
  await expectRow(panel, 'Planned hours', '12 h', '20 h')
  await expect(panel.getByRole('button', { name: 'Keep both' })).toHaveCount(0)
  await expect(a.field).toHaveValue('12')
  const [stored] = (await storeContents(app, 'planItems')) as { plannedMinutes?: number }[]
  expect(stored?.plannedMinutes).toBe(20 * 60)
  await shot(app, 'plan-item-conflict')

  await panel.getByRole('button', { name: 'Keep mine' }).click()
  await expect(panel).toHaveCount(0)
  await expect(a.row.getByText('12 h planned (your estimate)')).toBeVisible()
  const [kept] = (await storeContents(app, 'planItems')) as { plannedMinutes?: number }[]
  expect(kept?.plannedMinutes).toBe(12 * 60)
  await other.close()
})

test('an exam attempt edited in two windows: Keep theirs puts the saved attempt in the form', async ({
  app,
}) => {
  await goTo(app, 'Exam')
  await app.getByRole('button', { name: 'Add attempt' }).click()
  const created = app.getByRole('form', { name: 'New attempt' })
  await created.getByRole('button', { name: 'Save attempt' }).click()
  await expect(created).toHaveCount(0)
  const other = await secondWindow(app, '/exam')

  const editIn = async (page: Page) => {
    await page
      .getByRole('article', { name: /^GSEC attempt from / })
      .getByRole('button', { name: 'Edit attempt' })
      .click()
    return page.getByRole('form', { name: 'Edit attempt' })
  }
  const formA = await editIn(app)
  const formB = await editIn(other)
  await formA.getByLabel('Status').selectOption({ label: 'Registered' })
  await formA.getByRole('button', { name: 'Save attempt' }).click()
  await expect(formA).toHaveCount(0)

  await formB.getByLabel('Status').selectOption({ label: 'Scheduled' })
  await formB.getByRole('radio', { name: 'Test centre (Pearson VUE)' }).check()
  await formB.getByRole('button', { name: 'Save attempt' }).click()
  const panel = panelIn(other, 'attempt')
  await expect(panel).toBeVisible()
  await expectRow(panel, 'Status', 'Scheduled', 'Registered')
  await expectRow(panel, 'Delivery', 'Test centre (Pearson VUE)', 'Remote proctored (ProctorU)')
  const [stored] = (await storeContents(app, 'attempts')) as { status: string }[]
  expect(stored?.status).toBe('registered')
  await shot(other, 'attempt-conflict')

  await panel.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(panel).toHaveCount(0)
  await expect(formB.getByLabel('Status')).toHaveValue('registered')
  await expect(formB.getByRole('radio', { name: 'Remote proctored (ProctorU)' })).toBeChecked()
  await formB.getByRole('button', { name: 'Save attempt' }).click()
  await expect(formB).toHaveCount(0)
  await other.close()
})

test('an objective renamed in two windows: the later rename shows both, Keep mine', async ({
  app,
}) => {
  await goTo(app, 'Exam')
  const other = await secondWindow(app, '/exam')
  const renameIn = async (page: Page) => {
    const row = page
      .getByRole('list', { name: 'Objectives' })
      .getByRole('listitem')
      .filter({
        has: page.getByRole('combobox', { name: 'Confidence in Cryptography', exact: true }),
      })
    await row.locator('summary').click()
    await row.getByRole('button', { name: 'Rename' }).click()
    return page.getByRole('form', { name: 'Rename Cryptography', exact: true })
  }
  const formA = await renameIn(app)
  const formB = await renameIn(other)
  await formA.getByRole('textbox').fill('Cryptography concepts')
  await formA.getByRole('button', { name: 'Save title' }).click()
  await expect(formA).toHaveCount(0)

  await formB.getByRole('textbox').fill('Applied cryptography')
  await formB.getByRole('button', { name: 'Save title' }).click()
  const panel = panelIn(other, 'objective')
  await expect(panel).toBeVisible()
  await expectRow(panel, 'Title', 'Applied cryptography', 'Cryptography concepts')
  await shot(other, 'objective-conflict')
  await panel.getByRole('button', { name: 'Keep mine' }).click()
  await expect(formB).toHaveCount(0)
  await expect(
    app.getByRole('combobox', { name: 'Confidence in Applied cryptography', exact: true }),
  ).toBeVisible()
  await other.close()
})

test('progress units typed in two windows: the older one shows both, Keep theirs', async ({
  app,
}) => {
  await openResource(app, 'MITRE ATLAS')
  const other = await secondWindow(app, new URL(app.url()).hash.slice(1))
  const doneIn = (page: Page) => page.getByRole('textbox', { name: 'Percent done' })
  await doneIn(app).fill('30')
  await doneIn(other).fill('50')
  await other.getByRole('button', { name: 'Save progress' }).click()
  await expect(other.getByRole('status').filter({ hasText: 'Progress saved.' })).toBeVisible()
  // Window A's typed units stay as typed after B's save reached it.
  await expect(app.getByRole('progressbar', { name: 'Progress of MITRE ATLAS' })).toHaveAttribute(
    'aria-valuetext',
    '50%',
  )
  await expect(doneIn(app)).toHaveValue('30')

  await app.getByRole('button', { name: 'Save progress' }).click()
  const panel = panelIn(app, 'progress')
  await expect(panel).toBeVisible()
  await expectRow(panel, 'Done', '30', '50')
  const [stored] = (await storeContents(app, 'resourceProgress')) as { unitsDone?: number }[]
  expect(stored?.unitsDone).toBe(50)
  await shot(app, 'units-conflict')
  await panel.getByRole('button', { name: 'Keep theirs' }).click()
  await expect(panel).toHaveCount(0)
  await expect(doneIn(app)).toHaveValue('50')
  await other.close()
})
