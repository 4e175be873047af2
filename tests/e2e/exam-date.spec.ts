import { readFile } from 'node:fs/promises'
import {
  chooseResource,
  dayFromToday,
  expect,
  expectAccessible,
  goTo,
  shownDay,
  test,
} from './fixtures'

test('the exam is booked once: an attempt on the Exam page takes over the Plan goal date everywhere', async ({
  app,
}) => {
  // A long journey across three pages on a shared, busy machine: more time, never a sleep.
  test.slow()
  const goalDate = dayFromToday(40)
  const attemptDate = dayFromToday(70)

  // No attempt yet: the Plan goal's date is the exam date.
  await goTo(app, 'Plan')
  await chooseResource(app, 'Resource to add', 'MITRE ATLAS')
  await app.getByRole('button', { name: 'Add to plan' }).click()
  const goal = app.getByRole('region', { name: 'Goal' })
  await goal.getByLabel('Exam date').fill(goalDate)
  await expect(goal.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  const forecast = app.getByRole('region', { name: 'Forecast' })
  await expect(forecast).toContainText(`${shownDay(goalDate)} · in 40 days`)

  await goTo(app, 'Dashboard')
  const card = app.getByRole('region', { name: 'Exam' })
  await expect(card.getByRole('timer', { name: 'Days to the exam' })).toHaveText('40 days left')
  await expect(card).toContainText('From your Plan goal.')

  // The user books the exam: an attempt with a later exam date.
  await goTo(app, 'Exam')
  await app.getByRole('button', { name: 'Add attempt' }).click()
  const form = app.getByRole('form', { name: 'New attempt' })
  await form.getByLabel('Start date').fill(dayFromToday(0))
  await form.getByLabel('Exam date').fill(attemptDate)
  await form.getByLabel('Exam time').fill('09:00')
  await form.getByLabel('Status').selectOption({ label: 'Scheduled' })
  await form.getByRole('button', { name: 'Save attempt' }).click()
  await expect(app.getByRole('article', { name: /^GSEC attempt from / })).toBeVisible()

  // Plan shows the attempt's date read-only, with where to change it, and forecasts against it.
  await goTo(app, 'Plan')
  const fromAttempt = goal.getByRole('group', { name: 'Exam date' })
  await expect(fromAttempt).toContainText('From your GSEC attempt:')
  await expect(fromAttempt.locator('time')).toHaveAttribute('datetime', attemptDate)
  await expect(
    fromAttempt.getByRole('link', { name: 'change it on the Exam page' }),
  ).toHaveAttribute('href', '#/exam')
  await expect(goal.locator('input[type="date"]').and(goal.getByLabel('Exam date'))).toHaveCount(0)
  await expect(goal.getByRole('checkbox', { name: 'Not booked yet' })).toHaveCount(0)
  await expect(forecast).toContainText(`${shownDay(attemptDate)} · in 70 days`)
  await expect(forecast).not.toContainText(shownDay(goalDate))
  await expectAccessible(app, { label: 'Plan goal with an attempt date', include: '.plan-side' })

  // The calendar export's exam event is on the attempt's date.
  const downloadPromise = app.waitForEvent('download')
  await app.getByRole('button', { name: 'Export calendar' }).click()
  const ics = await readFile((await (await downloadPromise).path())!, 'utf8')
  const examEvent = ics.slice(ics.indexOf('UID:exam-cert-giac-gsec@bastion'))
  expect(examEvent).toContain(`DTSTART;VALUE=DATE:${attemptDate.replaceAll('-', '')}`)
  expect(ics).not.toContain(`DTSTART;VALUE=DATE:${goalDate.replaceAll('-', '')}`)

  // Saving other goal fields keeps working and does not bring the old date back.
  await goal.getByRole('textbox', { name: 'Weekly hours' }).fill('7')
  await expect(goal.getByRole('status').filter({ hasText: /^Saved$/ })).toBeVisible()
  await expect(fromAttempt.locator('time')).toHaveAttribute('datetime', attemptDate)

  // The Dashboard countdown moved to the attempt's date and says where it comes from.
  await goTo(app, 'Dashboard')
  await expect(card.getByRole('timer', { name: 'Days to the exam' })).toHaveText('70 days left')
  await expect(card).toContainText('at 09:00')
  await expect(card).toContainText('From your GSEC attempt.')
  await expect(card.getByRole('link', { name: 'Change it on the Exam page' })).toBeVisible()
  await expectAccessible(app, {
    label: 'Dashboard cards with an attempt date',
    include: '.dash-grid',
  })
})
