import { addDays, format } from 'date-fns'
import { expect, goTo, shownDay, test } from './fixtures'

const day = (offset: number) => format(addDays(new Date(), offset), 'yyyy-MM-dd')

test('add an attempt and see the countdown and the computed deadlines with their rules', async ({
  app,
}) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Exam')
  await expect(app.getByRole('heading', { name: 'No GSEC attempt yet' })).toBeVisible()
  await app.getByRole('button', { name: 'Add attempt' }).click()
  const form = app.getByRole('form', { name: 'New attempt' })
  await form.getByLabel('Start date').fill(day(0))
  await form.getByLabel('Exam date').fill(day(-1))
  await form.getByLabel('Exam time').fill('23:59')
  await form.getByRole('button', { name: 'Save attempt' }).click()
  await expect(form.getByText(/cannot be before the attempt's start date/)).toBeVisible()
  await expect(form.getByLabel('Start date')).toHaveValue(day(0))

  await form.getByLabel('Exam date').fill(day(30))
  await form.getByLabel('Status').selectOption({ label: 'Scheduled' })
  await form.getByRole('button', { name: 'Save attempt' }).click()

  const attempt = app.getByRole('article', { name: /^GSEC attempt from / })
  await expect(attempt.getByRole('timer', { name: 'Countdown to the exam' })).toContainText(
    /^Exam in 30 days, \d+ hours?/,
  )
  const deadline = attempt.getByRole('row', { name: /Attempt deadline/ })
  await expect(deadline.locator('time')).toHaveAttribute('datetime', day(120))
  await expect(deadline).toContainText(
    `120 days from the start date (${shownDay(day(0), 'medium')})`,
  )
  const extension = attempt.getByRole('row', { name: /Last day to buy an extension/ })
  await expect(extension.locator('time')).toHaveAttribute('datetime', day(150))
  await expect(extension).toContainText('up to 30 days after the deadline')
  await expect(
    attempt.getByRole('row', { name: /Deadline with an extension/ }).locator('time'),
  ).toHaveAttribute('datetime', day(165))

  // A failed sitting adds the retake dates.
  await attempt.getByRole('button', { name: 'Edit attempt' }).click()
  const edit = app.getByRole('form', { name: 'Edit attempt' })
  await edit.getByLabel('Status').selectOption({ label: 'Failed' })
  await edit.getByLabel('Failed on').fill(day(30))
  await edit.getByRole('button', { name: 'Save attempt' }).click()
  await expect(
    attempt.getByRole('row', { name: /Earliest retake/ }).locator('time'),
  ).toHaveAttribute('datetime', day(60))
  // GIAC: a retake is bought within 30 days after the attempt's deadline, not the failed exam.
  const purchase = attempt.getByRole('row', { name: /Last day to buy a retake/ })
  await expect(purchase.locator('time')).toHaveAttribute('datetime', day(150))
  await expect(purchase).toContainText(
    `30 days after the attempt's deadline (${shownDay(day(120), 'medium')})`,
  )
  const afterRetake = attempt.getByRole('row', { name: /Deadline after a retake/ })
  await expect(afterRetake.locator('time')).toHaveAttribute('datetime', day(180))
  await expect(afterRetake).toContainText(/about .+ \(check your GIAC portal\)/)
  await expect(attempt.getByText('2 more failures before the attempt ends')).toBeVisible()

  // The exam-day checklist: the four defaults, editable.
  const checklist = attempt.getByRole('region', { name: 'Exam day checklist' })
  await checklist.getByRole('checkbox', { name: 'ID ready' }).check()
  await checklist.getByRole('button', { name: 'Remove Books tabbed' }).click()
  await checklist.getByLabel('New checklist item').fill('Water bottle')
  await checklist.getByRole('button', { name: 'Add item' }).click()
  await expect(checklist.getByRole('heading')).toContainText('1 of 4 done')
  await app.reload()
  await expect(
    app
      .getByRole('region', { name: 'Exam day checklist' })
      .getByRole('checkbox', { name: 'ID ready' }),
  ).toBeChecked()
  await expect(
    app
      .getByRole('region', { name: 'Exam day checklist' })
      .getByRole('checkbox', { name: 'Water bottle' }),
  ).toBeVisible()
})

test('GIAC rules as GIAC states them: practice tests and an unverified extension fee', async ({
  app,
}) => {
  await goTo(app, 'Exam')
  await expect(
    app.getByRole('region', { name: 'Practice tests' }).getByText(/check your GIAC account/),
  ).toBeVisible()
  const fees = app.getByRole('region', { name: 'GSEC fees' })
  await expect(fees.getByRole('row', { name: /Extension/ })).toContainText('(unverified)')
  const fee = fees.getByRole('textbox', { name: 'Extension fee (USD)' })
  await fee.fill('12x')
  await expect(fees.getByText('Enter a number, like 49.99.')).toBeVisible()
  await fee.fill('500')
  await expect(fees.getByRole('status')).toHaveText('Saved')
  await expect(fees.getByRole('row', { name: /Extension/ })).toContainText('$500.00 (yours)')
  await app.reload()
  await expect(
    app
      .getByRole('region', { name: 'GSEC fees' })
      .getByRole('textbox', { name: 'Extension fee (USD)' }),
  ).toHaveValue('500.00')
})

test('record two practice tests and see the chart against the pass mark', async ({ app }) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Exam')
  const form = app.getByRole('form', { name: 'Add practice test' })
  await form.getByLabel('Test date').fill(day(-10))
  await form.getByLabel('Score (%)').fill('150')
  await form.getByRole('button', { name: 'Add practice test' }).click()
  await expect(form.getByText('A score is from 0 to 100 percent.')).toBeVisible()
  await expect(app.getByRole('table', { name: 'Practice test scores' })).toHaveCount(0)

  await form.getByLabel('Score (%)').fill('64')
  await form.getByRole('button', { name: 'Add practice test' }).click()
  await expect(form.getByLabel('Score (%)')).toHaveValue('')
  await form.getByLabel('Test date').fill(day(-2))
  await form.getByLabel('Score (%)').fill('78')
  await form.getByRole('button', { name: 'Add practice test' }).click()

  const chart = app.getByRole('figure', { name: 'Practice scores against the pass mark of 72%' })
  await expect(chart).toBeVisible()
  await expect(chart.locator('.chart-dot')).toHaveCount(2)
  await expect(chart.getByText('Pass mark 72%')).toBeVisible()
  // Pointing at the later test's column names it and its score.
  await chart.locator('.chart-hit').nth(1).hover()
  await expect(chart.getByText('Score: 78%')).toBeVisible()
  const table = app.getByRole('table', { name: 'Practice test scores' })
  await expect(table.getByRole('row')).toHaveCount(3)
  await expect(table.getByRole('row', { name: /78%/ })).toContainText('At or above')
  await expect(table.getByRole('row', { name: /64%/ })).toContainText('Below')
  await expect(app.getByText('latest 78%')).toContainText('6 points above the pass mark')

  // Readiness shows what went in; missing inputs are said to be missing.
  const readiness = app.getByRole('region', { name: 'Readiness' })
  await expect(readiness.getByRole('row', { name: /Practice scores/ })).toContainText('72.4%')
  // No plan yet: the path is the whole catalog, as on the Dashboard (one rule).
  await expect(readiness.getByRole('row', { name: /Path progress/ })).toContainText(
    '0% of your study path is done',
  )
  await expect(readiness.getByRole('status', { name: 'Readiness estimate' })).toContainText(
    'of 100',
  )
})

test('the 26 GSEC objectives can be rated, sorted weakest first and edited', async ({ app }) => {
  // Long user journeys on a shared, loaded machine: three times the default timeout.
  test.slow()
  await goTo(app, 'Exam')
  const list = app.getByRole('list', { name: 'Objectives' })
  await expect(list.getByRole('listitem')).toHaveCount(26)
  await app
    .getByRole('combobox', { name: 'Confidence in Cryptography', exact: true })
    .selectOption('1')
  for (const title of ['Access Control & Password Management', 'Defense in Depth']) {
    await app.getByRole('combobox', { name: `Confidence in ${title}` }).selectOption('4')
  }
  await app.getByRole('combobox', { name: 'Order' }).selectOption({ label: 'Weakest first' })
  // Unrated objectives come first, then the lowest confidence.
  await expect(list.getByRole('listitem').nth(23)).toContainText('Cryptography')
  await expect(list.getByRole('listitem').nth(24)).toContainText('Access Control')

  await app.getByLabel('New objective').fill('AI red teaming basics')
  await app.getByRole('button', { name: 'Add objective' }).click()
  await expect(list.getByRole('listitem')).toHaveCount(27)
  await app.reload()
  await expect(app.getByRole('list', { name: 'Objectives' }).getByRole('listitem')).toHaveCount(27)
  await expect(
    app.getByRole('combobox', { name: 'Confidence in Cryptography', exact: true }),
  ).toHaveValue('1')
})
