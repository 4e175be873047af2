import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { expect, test } from '@playwright/test'
import { launchBastion as launch, newUserDataDir, skipReason } from './launch'

/**
 * The desktop powers through the real preload and IPC: a backup written and restored, a hostile
 * link refused, and one last backup when Bastion quits. Same launch as app.spec.ts (which prints
 * the skip line once); where Electron cannot be had these skip with the download's reason.
 */

test.skip(skipReason !== null, skipReason ?? '')

type Outcome<T> = { ok: true; value: T } | { ok: false; error: string }
type Bridge = {
  openExternal(url: string): Promise<Outcome<void>>
  listBackups(): Promise<Outcome<Array<{ name: string }>>>
  readBackup(name: string): Promise<Outcome<string>>
  writeAutoBackup(request: { json: string; reason: string }): Promise<Outcome<{ name: string }>>
}
const bridge = () => (globalThis as unknown as { bastion: Bridge }).bastion

let userDataDir = ''
test.beforeEach(async () => {
  userDataDir = await newUserDataDir()
})
test.afterEach(async () => {
  await rm(userDataDir, { recursive: true, force: true })
})

test('a hostile link is refused by main, and nothing is opened', async () => {
  const { app, page } = await launch(userDataDir)
  for (const url of [
    'http://localhost:9222/json',
    'http://169.254.169.254/latest/meta-data/',
    'http://2130706433/',
    'https:\\\\evil.example',
    'file:///etc/passwd',
  ]) {
    const result = await page.evaluate((link) => bridge().openExternal(link), url)
    expect(result).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^This link was not opened/),
    })
  }
  await app.close()
})

test('a backup is written through IPC, refused when it is not one, listed and read back', async () => {
  const { app, page } = await launch(userDataDir)
  const settings = page
    .getByRole('navigation', { name: 'Main' })
    .getByRole('link', { name: 'Settings' })
  await settings.click()
  await page.getByRole('button', { name: 'Back up now' }).click()
  const listed = await page.evaluate(() => bridge().listBackups())
  expect(listed.ok && listed.value[0]?.name).toMatch(
    /^bastion-auto-backup-\d{4}-\d{2}-\d{2}-\d{6}-\d{3}\.json$/,
  )

  const forged = await page.evaluate(() =>
    bridge().writeAutoBackup({ json: '{"x":1}', reason: 'manual' }),
  )
  expect(forged).toMatchObject({ ok: false, error: expect.stringMatching(/not written/) })

  const name = listed.ok ? (listed.value[0]?.name ?? '') : ''
  const text = await page.evaluate((file) => bridge().readBackup(file), name)
  expect(text.ok && (JSON.parse(text.value) as { format: string }).format).toBe('bastion-backup')
  await app.close()
})

test('quitting writes one last backup', async () => {
  const { app } = await launch(userDataDir)
  await app.close()
  const folder = join(userDataDir, 'Backups')
  const names = (await readdir(folder)).filter((n) => n.startsWith('bastion-auto-backup-'))
  expect(names.length).toBeGreaterThanOrEqual(1)
  const manifest = JSON.parse(
    await readFile(join(folder, '.bastion-auto-backups.json'), 'utf8'),
  ) as {
    written: Array<{ name: string }>
  }
  expect(manifest.written.map((entry) => entry.name)).toEqual(expect.arrayContaining(names))
})
