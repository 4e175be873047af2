import { expect, goTo, test } from './fixtures'

/**
 * The page requires Trusted Types (the CSP meta tag here, the same policy as the header Electron
 * sends). The markdown preview and the search worker must work under it, and nothing may break
 * the policy while the pages are used.
 */

test('Trusted Types are enforced and the markdown preview and search still work', async ({
  app,
}) => {
  // A string assigned to innerHTML goes through the default policy: refused until its sanitizer
  // has loaded (once the first page is up), then sanitized; never run.
  const probe = () =>
    app.evaluate(() => {
      const box = document.createElement('div')
      try {
        box.innerHTML = '<img src="x" onerror="window.pwned = 1"><b>kept</b>'
      } catch (error) {
        return { refused: String(error) }
      }
      const factory = (window as unknown as { trustedTypes?: { defaultPolicy: unknown } })
        .trustedTypes
      return { html: box.innerHTML, defaultPolicy: Boolean(factory?.defaultPolicy) }
    })
  await expect.poll(probe).toEqual({ html: '<img src="x"><b>kept</b>', defaultPolicy: true })
  expect(await app.evaluate(() => 'pwned' in window)).toBe(false)

  // From here on the app itself must cause no violation (the probe above is parsed, inertly,
  // by DOMPurify, and Chromium reports its onerror attribute).
  const violations: string[] = []
  app.on('console', (message) => {
    if (/trusted ?type|content security policy/i.test(message.text()))
      violations.push(message.text())
  })
  await app.evaluate(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { cspViolations?: string[] }).cspViolations ??= []
      ;(window as unknown as { cspViolations: string[] }).cspViolations.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      )
    })
  })

  await goTo(app, 'Notes')
  await app.getByRole('button', { name: 'New note' }).click()
  const editor = app.getByRole('region', { name: 'Note editor' })
  await editor.getByRole('textbox', { name: 'Title' }).fill('Trusted Types')
  await editor
    .getByRole('textbox', { name: 'Note (Markdown)' })
    .fill(
      '## Sinks\n\nNo **string** reaches innerHTML unchecked. [OWASP](https://genai.owasp.org/)',
    )
  const preview = editor.getByRole('region', { name: 'Preview' })
  await expect(preview.getByRole('heading', { name: 'Sinks' })).toBeVisible()
  await expect(preview.getByRole('link', { name: 'OWASP' })).toHaveAttribute(
    'href',
    'https://genai.owasp.org/',
  )
  await expect(editor.getByRole('status').first()).toHaveText('Saved')

  // The search runs in a Web Worker, whose script URL needs the policy too.
  await goTo(app, 'Notes')
  await app.getByRole('searchbox', { name: 'Search notes' }).fill('unchecked')
  const results = app.getByRole('region', { name: 'Search results' })
  await expect(results.getByRole('status')).toHaveText('1 result')
  await expect(results.getByRole('button', { name: /Trusted Types/ })).toBeVisible()

  for (const label of ['Dashboard', 'Catalog', 'Plan', 'Log', 'Exam', 'Costs', 'Settings']) {
    await goTo(app, label)
  }
  const pageViolations = await app.evaluate(
    () => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [],
  )
  expect(pageViolations).toEqual([])
  expect(violations).toEqual([])
  expect(await app.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined()
})

test('from its first moment, a start and a walk through the pages break no policy', async ({
  app,
}) => {
  // Recorded from the document's first moment: a library probing `new Function` while the
  // first page loads (zod does, unless told it runs without eval) is reported here.
  await app.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { cspViolations: string[] }).cspViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(
        `${event.violatedDirective} ${event.sourceFile}:${event.lineNumber} ${event.sample}`,
      )
    })
  })
  await app.reload()
  await expect(app.locator('html')).toHaveAttribute('data-app-ready', 'true')
  for (const label of ['Catalog', 'Plan', 'Log', 'Notes', 'Review', 'Exam', 'Costs', 'Settings']) {
    await goTo(app, label)
  }
  // The backup code (record schemas) loads once the first page's reads have answered.
  await expect(app.getByRole('button', { name: 'Export backup' })).toBeVisible()
  expect(
    await app.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations),
  ).toEqual([])
})
