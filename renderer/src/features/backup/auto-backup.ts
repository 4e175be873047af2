import type { BackupFileInfo } from '../../../../electron/shared/backup-schemas'
import { isAutomaticBackupOfDay } from '../../../../electron/shared/backup-schemas'
import { desktopApi } from '../../platform'
import { exportBackup } from './repository'

const HOUR = 60 * 60 * 1000

/** A daily backup is due when none in the folder was made today (local day, from its name). */
export function isDailyBackupDue(backups: readonly BackupFileInfo[], now: Date): boolean {
  return !backups.some((backup) => isAutomaticBackupOfDay(backup.name, now))
}

export async function writeAutomaticBackup(reason: 'daily' | 'quit' | 'manual') {
  const { text } = await exportBackup()
  return desktopApi.writeAutoBackup({ json: text, reason })
}

async function backUpIfDue(): Promise<void> {
  const listed = await desktopApi.listBackups()
  if (listed.ok && isDailyBackupDue(listed.value, new Date())) await writeAutomaticBackup('daily')
}

/**
 * Desktop only: a backup on start when none was made today, a check every hour (the app may stay
 * open for days), and one when main asks before quitting. Failures are shown in Settings' list
 * (no new file), never thrown at the user mid-study.
 */
export function startAutomaticBackups(): () => void {
  if (desktopApi.kind !== 'desktop') return () => undefined
  const check = () => void backUpIfDue().catch((error: unknown) => console.error(error))
  check()
  const timer = window.setInterval(check, HOUR)
  const unsubscribe = desktopApi.onBackupRequested(async () => {
    const result = await writeAutomaticBackup('quit')
    if (!result.ok) throw new Error(result.error)
  })
  return () => {
    window.clearInterval(timer)
    unsubscribe()
  }
}
