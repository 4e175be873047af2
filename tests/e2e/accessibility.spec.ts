import { expect, openApp, seriousAxeViolations, test } from './fixtures'

const routes = [
  '/',
  '/catalog',
  '/catalog/cert-giac-gsec',
  '/catalog/new',
  '/plan',
  '/log',
  '/notes',
  '/notes/index',
  '/notes/index/print',
  '/review',
  '/exam',
  '/coverage',
  '/costs',
  '/settings',
]

for (const route of routes) {
  for (const scheme of ['light', 'dark'] as const) {
    test(`${route} has no serious or critical accessibility violations (${scheme})`, async ({
      page,
    }) => {
      test.slow() // axe over the Dashboard heatmap and the Exam page takes seconds on a 2-core machine
      await page.emulateMedia({ colorScheme: scheme })
      await openApp(page, route)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      expect(await seriousAxeViolations(page)).toEqual([])
    })
  }
}
