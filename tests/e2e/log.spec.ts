import {
  chooseResource,
  dayFromToday,
  expect,
  goTo,
  openApp,
  openResource,
  shownDay,
  test,
} from './fixtures'

test('log a session, with clear messages for bad input, and see it on the Dashboard and heatmap', async ({
  app,
}) => {
  const today = dayFromToday()
  await goTo(app, 'Log')
  await expect(app.getByRole('heading', { name: 'No study sessions logged' })).toBeVisible()
  await app.getByRole('button', { name: 'Log session' }).click()
  const form = app.getByRole('form', { name: 'Log a session' })
  await form.getByRole('textbox', { name: 'Minutes' }).fill('-30')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(form.getByText('Choose the resource you studied.')).toBeVisible()
  await expect(form.getByText('Minutes cannot be negative.')).toBeVisible()
  await form.getByRole('textbox', { name: 'Minutes' }).fill('5000')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(form.getByText(/cannot be longer than 24 hours/)).toBeVisible()

  await chooseResource(form, 'Resource', 'MITRE ATLAS')
  await form.getByRole('textbox', { name: 'Minutes' }).fill('45')
  await form.getByRole('textbox', { name: 'What you covered' }).fill('Reconnaissance tactics')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Session logged.' })).toBeVisible()
  const sessions = app.getByRole('list', { name: 'Sessions' })
  await expect(sessions.getByRole('listitem')).toHaveCount(1)
  await expect(sessions.getByText('Reconnaissance tactics')).toBeVisible()
  await expect(sessions.getByText('45 min')).toBeVisible()

  await goTo(app, 'Dashboard')
  await expect(app.getByText('45 min logged today.')).toBeVisible()
  await expect(
    app
      .getByRole('list', { name: 'Study minutes per day, last 12 months' })
      .getByRole('listitem', { name: `${shownDay(today, 'medium')}: 45 minutes` }),
  ).toBeVisible()
  await expect(app.getByRole('region', { name: 'Streak' })).toContainText('1 day')
  await expect(app.getByRole('region', { name: 'This week' })).toContainText('0.8 h')
  // The chart's code is not loaded on the start that created the database: it loads now.
  await expect(app.getByRole('img', { name: /^Bar chart of hours studied per week/ })).toBeVisible()
})

test('edit a session, delete it and undo the delete', async ({ app }) => {
  await goTo(app, 'Log')
  await app.getByRole('button', { name: 'Log session' }).click()
  const form = app.getByRole('form', { name: 'Log a session' })
  await chooseResource(form, 'Resource', 'MITRE ATLAS')
  await form.getByRole('textbox', { name: 'Minutes' }).fill('1:30')
  await form.getByRole('button', { name: 'Save session' }).click()
  const sessions = app.getByRole('list', { name: 'Sessions' })
  await expect(sessions.getByText('1 h 30 min')).toBeVisible()

  await sessions.getByRole('button', { name: /^Edit session/ }).click()
  const edit = app.getByRole('form', { name: 'Edit session' })
  await edit.getByRole('textbox', { name: 'Minutes' }).fill('50')
  await edit.getByRole('textbox', { name: 'What you covered' }).fill('Case studies')
  await edit.getByRole('button', { name: 'Save session' }).click()
  await expect(sessions.getByText('50 min')).toBeVisible()
  await expect(sessions.getByText('Case studies')).toBeVisible()

  await sessions.getByRole('button', { name: /^Delete session/ }).click()
  await expect(app.getByRole('heading', { name: 'No study sessions logged' })).toBeVisible()
  await app
    .getByRole('region', { name: 'Notifications' })
    .getByRole('button', { name: 'Undo' })
    .click()
  await expect(sessions.getByText('Case studies')).toBeVisible()
  await expect(sessions.getByText('50 min')).toBeVisible()
})

test('filter sessions by resource and date range', async ({ app }) => {
  await goTo(app, 'Log')
  for (const [title, date] of [
    ['MITRE ATLAS', '2026-01-10'],
    ['OWASP Top 10 for LLM Applications', '2026-02-10'],
    ['MITRE ATLAS', '2026-03-10'],
  ] as const) {
    await app.getByRole('button', { name: 'Log session' }).click()
    const form = app.getByRole('form', { name: 'Log a session' })
    await chooseResource(form, 'Resource', title)
    await form.getByLabel('Date').fill(date)
    await form.getByRole('textbox', { name: 'Minutes' }).fill('30')
    await form.getByRole('button', { name: 'Save session' }).click()
    await expect(form).toHaveCount(0)
  }
  const sessions = app.getByRole('list', { name: 'Sessions' })
  await expect(sessions.getByRole('listitem')).toHaveCount(3)
  await chooseResource(app, 'Filter by resource', 'MITRE ATLAS')
  await expect(sessions.getByRole('listitem')).toHaveCount(2)
  await app.getByLabel('From', { exact: true }).fill('2026-02-01')
  await expect(sessions.getByRole('listitem')).toHaveCount(1)
  await expect(sessions.getByRole('listitem')).toContainText('2026')
  await app.getByLabel('To', { exact: true }).fill('2026-01-31')
  await expect(app.getByText(/"From" is after "To"/)).toBeVisible()
  await app.getByRole('button', { name: 'Clear filters' }).click()
  await expect(sessions.getByRole('listitem')).toHaveCount(3)
  await expect(app.getByRole('combobox', { name: 'Filter by resource' })).toHaveValue(
    'All resources',
  )
})

test('the resource pickers search as you type and work from the keyboard', async ({ app }) => {
  await goTo(app, 'Log')
  const timer = app.getByRole('group', { name: 'Study timer' })
  const picker = timer.getByRole('combobox', { name: 'Resource to time' })
  // Nothing studied yet: nothing is preselected, and starting asks for a choice.
  await expect(picker).toHaveValue('')
  await timer.getByRole('button', { name: 'Start timer' }).click()
  await expect(timer.getByText('Choose what you are studying first.')).toBeVisible()

  // Options exist only while the list is open; typing narrows them (any case, any word order).
  await expect(app.getByRole('option')).toHaveCount(0)
  await picker.fill('llm owasp')
  await expect(timer.getByRole('option')).toHaveText(['OWASP Top 10 for LLM Applications'])
  await picker.press('Escape')
  await expect(picker).toHaveValue('')
  await picker.fill('zzz no such resource')
  await expect(timer.getByText('No resource matches “zzz no such resource”.')).toBeVisible()
  await picker.fill('mitre atl')
  await picker.press('Enter')
  await expect(picker).toHaveValue('MITRE ATLAS')
  await expect(app.getByRole('option')).toHaveCount(0)

  // The session form's picker: Tab takes the first match of what was typed.
  await app.getByRole('button', { name: 'Log session' }).click()
  const form = app.getByRole('form', { name: 'Log a session' })
  const resource = form.getByRole('combobox', { name: 'Resource' })
  await expect(resource).toBeFocused()
  await resource.pressSequentially('security eng')
  await resource.press('Tab')
  await expect(resource).toHaveValue('Security Engineering')
  await form.getByRole('textbox', { name: 'Minutes' }).fill('20')
  await form.getByRole('button', { name: 'Save session' }).click()
  await expect(app.getByRole('status').filter({ hasText: 'Session logged.' })).toBeVisible()

  // A fresh visit to the Log starts the timer's picker on the resource studied last.
  await goTo(app, 'Dashboard')
  await goTo(app, 'Log')
  await expect(picker).toHaveValue('Security Engineering')
  await picker.press('ArrowDown')
  await expect(timer.getByRole('option', { name: 'Security Engineering' })).toHaveAttribute(
    'aria-selected',
    'true',
  )
  await picker.press('Escape')
  await timer.getByRole('button', { name: 'Start timer' }).click()
  await expect(timer).toContainText('Timing Security Engineering')
})

test('start the timer on a resource, reload, and stop it into a session', async ({ app }) => {
  await openResource(app, 'Security Engineering')
  await app.getByRole('button', { name: 'Start timer' }).click()
  await expect(app.getByRole('timer', { name: 'Elapsed time' })).toBeVisible()

  await app.reload()
  await openApp(app, '/catalog/book-security-engineering-3e')
  const timer = app.getByRole('group', { name: 'Study timer' })
  await expect(timer).toContainText('Timing Security Engineering')
  await expect(app.getByRole('timer', { name: 'Elapsed time' })).toHaveText(/^\d\d:\d\d$/)

  await timer.getByRole('button', { name: 'Stop timer' }).click()
  await expect(app.getByText('Session logged. What did you cover?')).toBeVisible()
  await app
    .getByRole('textbox', { name: 'What you covered' })
    .fill('Chapter 1, what is security engineering')
  await app.getByRole('button', { name: 'Save what you covered' }).click()
  await expect(app.getByRole('button', { name: 'Start timer' })).toBeVisible()
  await expect(app.getByText('Studied 1 min in 1 session.')).toBeVisible()
  await expect(app.getByRole('combobox', { name: 'Status' })).toHaveValue('in-progress')

  await goTo(app, 'Log')
  const sessions = app.getByRole('list', { name: 'Sessions' })
  await expect(sessions.getByText('Chapter 1, what is security engineering')).toBeVisible()
  await expect(sessions.getByText('1 min', { exact: true })).toBeVisible()
})

test('a running timer shows on the Dashboard, after a reload too, and stops there', async ({
  app,
}) => {
  await openResource(app, 'Security Engineering')
  await app.getByRole('button', { name: 'Start timer' }).click()
  await expect(app.getByRole('timer', { name: 'Elapsed time' })).toBeVisible()
  await goTo(app, 'Dashboard')
  const timer = app.getByRole('region', { name: 'Timer' })
  await expect(timer).toContainText('Timing Security Engineering')

  await app.reload()
  await openApp(app)
  await expect(timer).toContainText('Timing Security Engineering')
  await timer.getByRole('button', { name: 'Stop timer' }).click()
  await expect(app.getByText('Session logged. What did you cover?')).toBeVisible()
})
