import type { Page } from '@playwright/test'
import {
  chooseResource,
  dayFromToday,
  expect,
  goTo,
  logSession,
  openResource,
  test,
} from './fixtures'

/**
 * Issue 15: one dataset built through the UI, then the same figures read on every page that
 * shows them, in a locale with a decimal point and one with a decimal comma.
 */

async function addToPlan(app: Page, title: string) {
  await chooseResource(app, 'Resource to add', title)
  await app.getByRole('button', { name: 'Add to plan' }).click()
  await expect(
    app.getByRole('list', { name: 'Study path' }).getByRole('listitem', { name: title }),
  ).toBeVisible()
}

/** The Plan's row of one item. */
function pathItem(app: Page, title: string) {
  return app.getByRole('list', { name: 'Study path' }).getByRole('listitem', { name: title })
}

/** Sets an item's planned hours in its editor (opening it when it is closed). */
async function planHours(app: Page, title: string, hours: string) {
  const row = pathItem(app, title)
  const field = row.getByRole('textbox', { name: 'Planned hours' })
  if (!(await field.isVisible())) await row.getByRole('button', { name: `Edit ${title}` }).click()
  await field.fill(hours)
  await field.press('Enter')
  await expect(row.getByText(`${hours} h planned (your estimate)`)).toBeVisible()
}

async function addPaidExpense(app: Page, date: string, description: string, amount: string) {
  const form = app.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Date').fill(date)
  await form.getByLabel('Description').fill(description)
  await form.getByLabel('Currency').fill('USD')
  await form.getByLabel('Amount').fill(amount)
  await form.getByRole('radio', { name: 'Paid' }).check()
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(app.getByRole('table', { name: /Ledger/ })).toContainText(description)
}

const locales = [
  { locale: 'en-US', paid: '90.00', understood: '= $90.00' },
  { locale: 'de-DE', paid: '90,00', understood: '= 90,00 $' },
]

for (const { locale, paid, understood } of locales) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale })

    test('one dataset shows the same figures on Dashboard, Plan, Exam and Costs', async ({
      app,
    }) => {
      test.slow()
      // A plan of three items: 3 h, 10 h and 8 h (catalog estimates), the course's price planned.
      await goTo(app, 'Plan')
      await addToPlan(app, 'OWASP Top 10 for LLM Applications')
      await addToPlan(app, 'MITRE ATLAS')
      await chooseResource(app, 'Resource to add', 'Exploring Adversarial Machine Learning')
      await expect(
        app.getByRole('checkbox', { name: /^Also add .* as a planned expense$/ }),
      ).toBeChecked()
      await app.getByRole('button', { name: 'Add to plan' }).click()
      await expect(app.getByRole('list', { name: 'Study path' }).getByRole('listitem')).toHaveCount(
        3,
      )

      // 1 h 30 on MITRE ATLAS, then the course completed with its price paid (pre-filled).
      await logSession(app, 'MITRE ATLAS', '90')
      await openResource(app, 'Exploring Adversarial Machine Learning')
      await app.getByRole('button', { name: 'Mark completed' }).click()
      const form = app.getByRole('form', { name: 'Mark as completed' })
      await expect(form.getByRole('textbox', { name: 'Amount paid' })).toHaveValue(paid)
      await expect(form.getByText(understood)).toBeVisible()
      await form.getByRole('button', { name: 'Save as completed' }).click()
      await expect(app.getByRole('combobox', { name: 'Status' })).toHaveValue('done')

      // Path: (480 done + 90 of 600 + 0 of 180) / 1260 = 45%, on every page.
      await goTo(app, 'Dashboard')
      await expect(app.getByText('45% of the path done')).toBeVisible()
      await expect(app.getByRole('progressbar', { name: 'Whole path' })).toHaveAttribute(
        'aria-valuenow',
        '45',
      )
      // Defect 4: 1 h 30 on a 10 h item is in progress and counts.
      await expect(
        app
          .getByRole('list', { name: 'Progress per resource' })
          .getByRole('progressbar', { name: 'MITRE ATLAS' }),
      ).toHaveAttribute('aria-valuenow', '15')
      await goTo(app, 'Plan')
      await expect(app.getByText('45% of the path done')).toBeVisible()
      await expect(app.getByText(/Weighted by planned hours/)).toBeVisible()
      await goTo(app, 'Exam')
      await expect(app.getByRole('row', { name: /^Path progress 45 / })).toBeVisible()

      // Defect 1: the course is paid once, and no longer planned.
      await goTo(app, 'Costs')
      const ledger = app.getByRole('table', { name: /Ledger/ })
      await expect(ledger.getByRole('row')).toHaveCount(2)
      await expect(ledger.getByRole('row').nth(1)).toContainText('Paid')
    })

    test('an amount is read as the locale writes it, and shown before saving', async ({ app }) => {
      await goTo(app, 'Costs')
      const form = app.getByRole('form', { name: 'Add expense' })
      await form.getByLabel('Description').fill('Practice exam')
      await form.getByLabel('Currency').fill('EUR')
      // Defect 2: "12,50" was saved as €1,250.00.
      await form.getByLabel('Amount').fill('12,50')
      const euros = locale === 'de-DE' ? '12,50 €' : '€12.50'
      await expect(form.getByText(`= ${euros}`)).toBeVisible()
      await form.getByRole('radio', { name: 'Paid' }).check()
      await form.getByRole('button', { name: 'Add expense' }).click()
      await expect(app.getByRole('table', { name: /Ledger/ })).toContainText(euros)
    })
  })
}

test.describe('in fr-FR', () => {
  test.use({ locale: 'fr-FR' })

  test('text that reads two ways gets a question, never a guess', async ({ app }) => {
    await goTo(app, 'Costs')
    const form = app.getByRole('form', { name: 'Add expense' })
    await form.getByLabel('Amount').fill('1.250')
    const choices = form.getByRole('group', { name: 'What Amount means' })
    await expect(choices.getByRole('button')).toHaveCount(2)
    await choices.getByRole('button', { name: /1\s250,00/ }).click()
    await expect(form.getByLabel('Amount')).toHaveValue('1250,00')
  })
})

// Defect 7: a paid expense dated in the future counted as spent.
test('a paid expense cannot be dated in the future', async ({ app }) => {
  await goTo(app, 'Costs')
  const form = app.getByRole('form', { name: 'Add expense' })
  await form.getByLabel('Date').fill('2099-12-31')
  await form.getByLabel('Description').fill('Renewal')
  await form.getByLabel('Amount').fill('469')
  await form.getByRole('radio', { name: 'Paid' }).check()
  await form.getByRole('button', { name: 'Add expense' }).click()
  await expect(form.getByText(/A paid expense cannot be dated after today/)).toBeVisible()
  await expect(app.getByRole('table', { name: /Ledger/ })).toHaveCount(0)
})

// Defect 7: a practice test dated 2030 became the "latest" score.
test('a practice test cannot be dated in the future', async ({ app }) => {
  await goTo(app, 'Exam')
  const form = app.getByRole('form', { name: 'Add practice test' })
  await form.getByLabel('Test date').fill('2030-01-01')
  await form.getByLabel('Score (%)').fill('80')
  await form.getByRole('button', { name: 'Add practice test' }).click()
  await expect(form.getByText(/A practice test cannot be dated after today/)).toBeVisible()
})

// Defect 6: GSEC in the path has no estimate, yet the forecast said "On track".
test('the forecast says how many items have no estimate instead of "On track"', async ({ app }) => {
  await goTo(app, 'Plan')
  await addToPlan(app, 'MITRE ATLAS')
  await addToPlan(app, 'GIAC Security Essentials (GSEC)')
  await app.getByLabel('Exam date').fill('2099-06-01')
  await expect(app.getByText(/1 item has no estimate, so the forecast leaves it out/)).toBeVisible()
  await expect(app.getByText(/^On track/)).toHaveCount(0)
})

test('adding a resource that already exists names the existing one, and still saves', async ({
  app,
}) => {
  const addBook = async (title: string) => {
    await goTo(app, 'Catalog')
    await app.getByRole('link', { name: 'Add resource' }).click()
    await app.getByRole('combobox', { name: 'Kind' }).selectOption({ label: 'Book' })
    await app.getByRole('textbox', { name: 'Title', exact: true }).fill(title)
  }
  await addBook('Red Team Field Notes')
  await expect(app.getByText(/already in your catalog/)).toBeHidden()
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'Red Team Field Notes' })).toBeVisible()

  await addBook('  red team field NOTES ')
  const warning = app.getByRole('status').filter({ hasText: 'already in your catalog' })
  await expect(warning).toBeVisible()
  await expect(warning.getByRole('link', { name: 'Red Team Field Notes' })).toHaveAttribute(
    'href',
    /\/catalog\//,
  )
  await app.getByRole('button', { name: 'Save resource' }).click()
  await expect(app.getByRole('heading', { level: 1, name: 'red team field NOTES' })).toBeVisible()
})

// Defect 3: the Dashboard weighted every item alike ("20%" after 1 of 5), Readiness weighted
// stored planned minutes with 1 minute for a catalog estimate ("Path progress 0").
test('path progress is weighted by planned hours and agrees on Dashboard, Plan and Exam', async ({
  app,
}) => {
  test.slow()
  await goTo(app, 'Plan')
  for (const title of [
    'OWASP Top 10 for LLM Applications',
    'MITRE ATLAS',
    'AI Red Teaming',
    'Microsoft AI Security Risk Assessment',
    'GIAC Security Essentials (GSEC)',
  ]) {
    await addToPlan(app, title)
  }
  // GSEC has no catalog estimate: the user plans 60 h for it.
  await planHours(app, 'GIAC Security Essentials (GSEC)', '60')
  // 1 of 5 items done: AI Red Teaming, 4 h of 3 + 10 + 4 + 3 + 60 = 80 h, so 5%.
  const redTeaming = pathItem(app, 'AI Red Teaming')
  await redTeaming.getByRole('button', { name: 'Edit AI Red Teaming' }).click()
  await redTeaming.getByRole('combobox', { name: 'Status' }).selectOption({ label: 'Done' })
  await expect(app.getByText('5% of the path done')).toBeVisible()

  await goTo(app, 'Dashboard')
  await expect(app.getByText('5% of the path done')).toBeVisible()
  await expect(app.getByRole('progressbar', { name: 'Whole path' })).toHaveAttribute(
    'aria-valuenow',
    '5',
  )
  await goTo(app, 'Exam')
  await expect(app.getByRole('row', { name: /^Path progress 5 / })).toBeVisible()
})

// Defect 5: the Plan said "Late by 35 days" while This week measured the weekly-hours setting.
test('This week on the Dashboard measures against the pace a late plan needs', async ({ app }) => {
  await goTo(app, 'Plan')
  await addToPlan(app, 'MITRE ATLAS')
  await app.getByLabel('Weekly hours').fill('1')
  await app.getByLabel('Exam date').fill(dayFromToday(14))
  await expect(app.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const late = app.getByRole('alert').filter({ hasText: /^Late by/ })
  await expect(late).toBeVisible()
  const pace = /Study (.+ h) a week to finish by then/.exec(await late.innerText())?.[1]
  expect(pace, 'the pace the Plan asks for').toBeTruthy()

  await goTo(app, 'Dashboard')
  const week = app.getByRole('region', { name: 'This week' })
  await expect(week).toContainText(`0 h of ${pace}`)
  await expect(week).toContainText('The pace your plan needs to finish by the exam')
  await expect(week).not.toContainText('0 h of 1 h')
})

// Defect 10: the chart dropped empty months, so years of bars were spaced unevenly.
test('the Costs chart and its table keep empty months as empty slots', async ({ app }) => {
  await goTo(app, 'Costs')
  await addPaidExpense(app, '2025-01-15', 'Threat modeling book', '40')
  await addPaidExpense(app, '2025-04-15', 'Red teaming course', '90')

  const byMonth = app.getByRole('table', { name: 'By month, USD' })
  await expect(byMonth.getByRole('row')).toHaveCount(5)
  await expect(byMonth.getByRole('row', { name: /^Feb 2025 / })).toContainText('$0.00')
  await expect(byMonth.getByRole('row', { name: /^Mar 2025 / })).toContainText('$0.00')
  const chart = app.getByRole('figure', { name: /Planned against spent by month, USD/ })
  for (const month of ['Jan 2025', 'Feb 2025', 'Mar 2025', 'Apr 2025']) {
    await expect(chart.getByText(month, { exact: true })).toBeVisible()
  }
})

// A resource's own page used the catalog estimate (10 h) where the Plan counts the user's 3 h.
test("a resource's page shows the Plan's figure, from the hours the plan gives it", async ({
  app,
}) => {
  await goTo(app, 'Plan')
  await addToPlan(app, 'MITRE ATLAS')
  await planHours(app, 'MITRE ATLAS', '3')
  await logSession(app, 'MITRE ATLAS', '90')
  await goTo(app, 'Plan')
  await expect(pathItem(app, 'MITRE ATLAS')).toContainText('1 h 30 min left')
  await goTo(app, 'Dashboard')
  await expect(
    app
      .getByRole('list', { name: 'Progress per resource' })
      .getByRole('progressbar', { name: 'MITRE ATLAS' }),
  ).toHaveAttribute('aria-valuenow', '50')

  await openResource(app, 'MITRE ATLAS')
  await expect(app.getByRole('progressbar', { name: 'Progress of MITRE ATLAS' })).toHaveAttribute(
    'aria-valuenow',
    '50',
  )
  await expect(app.getByText('50% done: 1 h 30 min of 3 h planned.')).toBeVisible()
})

// Defect 9: rule text said "(2026-12-05)" where the rest of the page says "5. Dez. 2026".
test.describe('in de-DE', () => {
  test.use({ locale: 'de-DE' })

  test("rule text names days in the locale's medium date", async ({ app }) => {
    const start = dayFromToday(0)
    const [y, m, d] = start.split('-').map(Number) as [number, number, number]
    const shown = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium' }).format(
      new Date(y, m - 1, d),
    )
    await goTo(app, 'Exam')
    await app.getByRole('button', { name: 'Add attempt' }).click()
    const form = app.getByRole('form', { name: 'New attempt' })
    await form.getByLabel('Start date').fill(start)
    await form.getByLabel('Exam date').fill(dayFromToday(30))
    await form.getByLabel('Exam time').fill('09:00')
    await form.getByRole('button', { name: 'Save attempt' }).click()
    const attempt = app.getByRole('article', { name: `GSEC attempt from ${shown}` })
    await expect(attempt.getByRole('row', { name: /Attempt deadline/ })).toContainText(
      `120 days from the start date (${shown})`,
    )
    await expect(attempt).not.toContainText(start)
  })
})
