import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { DesktopApi } from '../../../../electron/shared/desktop-api'
import { ok } from '../../../../electron/shared/result'
import { Providers } from '@renderer/app/providers'
import { exportBackup } from '@renderer/features/backup/repository'
import { resetDatabase, seedSample } from './sample-data'

const fake = vi.hoisted(() => ({ api: {} as Partial<DesktopApi> }))
vi.mock('@renderer/platform', () => ({
  get desktopApi() {
    return fake.api
  },
}))

const { AutomaticBackupsSection } =
  await import('@renderer/features/backup/AutomaticBackupsSection')

const settings = { folder: '/home/me/.config/Bastion/Backups', isDefaultFolder: true, keep: 14 }
const saved = {
  name: 'bastion-backup-2026-11-26-210000.json',
  sizeBytes: 4096,
  modifiedAt: Date.UTC(2026, 10, 26, 21),
}

beforeEach(async () => {
  await resetDatabase()
  await seedSample()
  const backupText = (await exportBackup()).text
  fake.api = {
    kind: 'desktop',
    getBackupSettings: vi.fn(async () => ok(settings)),
    listBackups: vi.fn(async () => ok([saved])),
    readBackup: vi.fn(async () => ok(backupText)),
    writeAutoBackup: vi.fn(async () => ok(saved)),
    setBackupSettings: vi.fn(async ({ keep }) => ok({ ...settings, keep: keep ?? settings.keep })),
    chooseBackupFolder: vi.fn(async () => ok(null)),
  }
})
afterEach(cleanup)

describe('automatic backups on the desktop', () => {
  it('shows the folder and the saved backups, and restores one after the summary', async () => {
    render(
      <Providers>
        <AutomaticBackupsSection />
      </Providers>,
    )
    expect(await screen.findByText(settings.folder)).toBeTruthy()
    const list = screen.getByRole('list', { name: 'Saved backups' })
    fireEvent.click(within(list).getByRole('button', { name: /Restore backup from/ }))
    expect(await screen.findByRole('heading', { name: `Restore “${saved.name}”?` })).toBeTruthy()
    expect(fake.api.readBackup).toHaveBeenCalledWith(saved.name)
    fireEvent.click(screen.getByRole('button', { name: 'Merge into my data' }))
    expect(
      await screen.findByText(/Backup restored \(merged\)/, {}, { timeout: 15_000 }),
    ).toBeTruthy()
  }, 20_000)

  it('backs up now with a complete backup, and changes how many are kept', async () => {
    render(
      <Providers>
        <AutomaticBackupsSection />
      </Providers>,
    )
    fireEvent.click(await screen.findByRole('button', { name: 'Back up now' }))
    await waitFor(() => expect(fake.api.writeAutoBackup).toHaveBeenCalled())
    const [request] = vi.mocked(fake.api.writeAutoBackup!).mock.calls[0]!
    expect(request.reason).toBe('manual')
    expect(JSON.parse(request.json).tables.sessions).toHaveLength(2)

    const keep = screen.getByRole('spinbutton', { name: 'Backups to keep' })
    fireEvent.change(keep, { target: { value: '2' } })
    expect(screen.getByText(/whole number from 3 to 365/)).toBeTruthy()
    fireEvent.change(keep, { target: { value: '30' } })
    fireEvent.click(screen.getByRole('button', { name: 'Save number kept' }))
    await waitFor(() => expect(fake.api.setBackupSettings).toHaveBeenCalledWith({ keep: 30 }))
  })
})
