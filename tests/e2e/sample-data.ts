import { resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, openApp } from './fixtures'

/** A little of everything, as a backup file (written by scripts/sample-backup.mjs). */
const sampleBackup = resolve(__dirname, '../fixtures/sample-backup.json')

/**
 * Loads the sample dataset through Settings → Restore backup → Replace my data, as a user does.
 * `beforeReplace` runs while the restore summary is open (to check the dialog itself).
 */
export async function restoreSample(
  page: Page,
  beforeReplace?: () => Promise<void>,
): Promise<void> {
  await openApp(page, '/settings')
  const choosing = page.waitForEvent('filechooser')
  await page.getByRole('button', { name: 'Restore backup' }).click()
  await (await choosing).setFiles(sampleBackup)
  const summary = page.getByRole('region', { name: /Restore “/ })
  await expect(summary).toBeVisible()
  await beforeReplace?.()
  await summary.getByRole('button', { name: 'Replace my data' }).click()
  await expect(
    page.getByRole('status').filter({ hasText: 'Backup restored (replaced)' }),
  ).toBeVisible()
}
