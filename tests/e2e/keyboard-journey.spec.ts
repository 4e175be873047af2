import type { Locator, Page } from '@playwright/test'
import { expect, test } from './fixtures'

// One whole job with the keyboard only (issue 17): plan an item, log a session, write a note,
// add an expense. No click, no fill: Tab, Shift+Tab, Enter, Space, Escape, arrows and typing.
// At every stop focus is where a person expects it and shows a visible indicator.

/** What has focus, and whether it is drawn (an outline or a ring made with box-shadow). */
async function focusStop(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null
    if (!element || element === document.body) return { name: 'the page body', shown: false }
    const style = getComputedStyle(element)
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
    const label =
      element.getAttribute('aria-label') ??
      (element.id ? document.querySelector(`label[for="${element.id}"]`)?.textContent : null) ??
      element.textContent
    return {
      name: `${element.tagName.toLowerCase()} "${(label ?? '').trim().slice(0, 40)}"`,
      shown: outline || style.boxShadow !== 'none',
    }
  })
}

/**
 * Presses `key` (Tab or Shift+Tab) until `target` has focus, checking that every stop on the
 * way shows its focus; fails if the target is not reached within `limit` presses.
 */
async function tabTo(page: Page, target: Locator, key = 'Tab', limit = 40): Promise<void> {
  for (let press = 0; press < limit; press += 1) {
    await page.keyboard.press(key)
    const stop = await focusStop(page)
    expect(stop.shown, `focus is visible on ${stop.name}`).toBe(true)
    if (await target.evaluate((element) => element === document.activeElement)) return
  }
  throw new Error(`${key} ${limit} times never reached ${target.toString()}`)
}

/** Goes to a page through the main navigation, by keyboard, from wherever focus is. */
async function navigateTo(page: Page, label: string, heading = label): Promise<void> {
  const link = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: label, exact: true })
  // The navigation comes before the page, so it is behind the focus: go back to it.
  await tabTo(page, link, 'Shift+Tab')
  await page.keyboard.press('Enter')
  const title = page.getByRole('heading', { level: 1, name: heading })
  await expect(title).toBeFocused()
  await expect(title).toHaveCSS('outline-style', 'solid')
}

/** Types into the resource picker that has focus and takes the first match with Enter. */
async function pickResource(page: Page, picker: Locator, title: string): Promise<void> {
  await expect(picker).toBeFocused()
  await page.keyboard.type(title)
  await expect(page.getByRole('option', { name: title, exact: true })).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(picker).toHaveValue(title)
}

const course = 'OWASP Top 10 for LLM Applications'

test('plan an item, log a session, write a note and add an expense with the keyboard only', async ({
  app: page,
}) => {
  test.slow() // four pages and some sixty key presses on a shared, busy machine

  // The app opens with focus on the Dashboard's heading.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeFocused()

  // Plan: choose a resource in the picker and add it.
  await navigateTo(page, 'Plan')
  const toAdd = page.getByRole('combobox', { name: 'Resource to add' })
  await tabTo(page, toAdd)
  await pickResource(page, toAdd, course)
  const add = page.getByRole('button', { name: 'Add to plan' })
  await tabTo(page, add)
  await page.keyboard.press('Enter')
  const path = page.getByRole('list', { name: 'Study path' })
  await expect(path.getByRole('listitem', { name: course })).toBeVisible()
  // The button is gone with the choice: focus returns to the picker, ready for the next one.
  await expect(toAdd).toBeFocused()
  await expect(toAdd).toHaveValue('')

  // Log: open the form with Enter, fill it, save with Enter on Save session.
  await navigateTo(page, 'Log')
  const logSession = page.getByRole('button', { name: 'Log session' })
  await tabTo(page, logSession)
  await page.keyboard.press('Enter')
  const form = page.getByRole('form', { name: 'Log a session' })
  const resource = form.getByRole('combobox', { name: 'Resource' })
  // The form opens with focus on its first field.
  await expect(resource).toBeFocused()
  await pickResource(page, resource, course)
  await tabTo(page, form.getByRole('textbox', { name: 'Minutes' }))
  await page.keyboard.type('45')
  await tabTo(page, form.getByRole('textbox', { name: 'What you covered' }))
  await page.keyboard.type('LLM01 prompt injection')
  await tabTo(page, form.getByRole('button', { name: 'Save session' }))
  await page.keyboard.press('Enter')
  await expect(form).toHaveCount(0)
  await expect(page.getByRole('list', { name: 'Sessions' })).toContainText('LLM01 prompt injection')
  // The form is gone: focus goes back to what opened it.
  await expect(logSession).toBeFocused()

  // Notes: a new note opens with focus on its title; written, it saves itself.
  await navigateTo(page, 'Notes')
  await tabTo(page, page.getByRole('button', { name: 'New note' }))
  await page.keyboard.press('Enter')
  const title = page.getByRole('textbox', { name: 'Title' })
  await expect(title).toBeFocused()
  await page.keyboard.type('Prompt injection, direct and indirect')
  await tabTo(page, page.getByRole('textbox', { name: 'Note (Markdown)' }))
  await page.keyboard.type('Indirect injection arrives through retrieved content.')
  await expect(page.getByRole('status').filter({ hasText: 'Saved' }).first()).toBeVisible()
  await expect(
    page.getByRole('list', { name: 'Notes' }).getByText('Prompt injection, direct and indirect'),
  ).toBeVisible()

  // Costs: the expense form, filled and submitted with Enter.
  await navigateTo(page, 'Costs')
  const expense = page.getByRole('form', { name: 'Add expense' })
  await tabTo(page, expense.getByRole('textbox', { name: 'Description' }))
  await page.keyboard.type('OWASP workshop ticket')
  await tabTo(page, expense.getByRole('textbox', { name: 'Amount' }))
  await page.keyboard.type('25')
  // Status is a radio group: arrows move the choice.
  await tabTo(page, expense.getByRole('radio', { name: 'Planned' }))
  await page.keyboard.press('ArrowDown')
  await expect(expense.getByRole('radio', { name: 'Paid' })).toBeChecked()
  await tabTo(page, expense.getByRole('button', { name: 'Add expense' }))
  await page.keyboard.press('Enter')
  const ledger = page.getByRole('table', { name: /Ledger/ })
  await expect(ledger.getByRole('row', { name: /OWASP workshop ticket/ })).toContainText('$25.00')
})
