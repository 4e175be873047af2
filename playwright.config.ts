import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium.mjs'

const port = Number(process.env.BASTION_E2E_PORT ?? 4173)
export { chromiumLaunchOptions }

export default defineConfig({
  fullyParallel: true,
  outputDir: 'test-results/playwright',
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: !!process.env.CI,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  webServer: {
    // The built renderer, served statically: the same files Electron loads over app://.
    command: `npx vite preview --port ${port}`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
  projects: [
    {
      name: 'web',
      testDir: 'tests/e2e',
      use: { browserName: 'chromium', launchOptions: chromiumLaunchOptions },
    },
    {
      name: 'electron',
      testDir: 'tests/e2e-electron',
      fullyParallel: false,
      timeout: 60_000,
    },
  ],
})
