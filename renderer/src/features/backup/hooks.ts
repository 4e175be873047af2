import { formatBytes } from './storage/storage'
import { countOf, formatCount } from '../../domain/numbers'
import { useSaveFile } from '../../ui/save-file'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { tableNames } from '../../db/database'
import { todayIso } from '../../domain/dates'
import { desktopApi } from '../../platform'
import { writeAutomaticBackup } from './auto-backup'
import { buildCsv, type CsvKind } from './csv/csv-repository'
import {
  applyBackup,
  countRecords,
  exportBackupFile,
  readBackupText,
  type ExportProgress,
  type RestoreProgress,
  type RestoreMode,
  type TableCounts,
} from './repository'
import { readStorageStatus, requestPersistentStorage } from './storage/storage'
import {
  MAX_BACKUP_BYTES,
  tooLargeMessage,
  type BackupCheck,
  type ValidBackup,
} from './format/validate'

/** How the restore steps word a problem found in a file (the check's own wording). */
export { describeProblem } from './format/validate'

const LAST_EXPORT_KEY = 'bastion.lastBackupExportAt'

/**
 * When this device last exported a backup. Kept in localStorage, not the database: it describes
 * this device, and a restore (which replaces the database) must not make it forget.
 */
export function useLastExport() {
  const [value, setValue] = useState<number | null>(() => {
    const stored = Number(localStorage.getItem(LAST_EXPORT_KEY))
    return Number.isFinite(stored) && stored > 0 ? stored : null
  })
  const save = (at: number) => {
    localStorage.setItem(LAST_EXPORT_KEY, String(at))
    setValue(at)
  }
  return { value, save }
}

/** Exports a backup through the one save-a-file flow; `run` starts it, `progress` reads. */
export function useExportBackup(onExported: (at: number) => void) {
  const [progress, setProgress] = useState<ExportProgress | null>(null)
  const save = useSaveFile()
  const run = () => {
    let said = ''
    save.mutate({
      write: async () => {
        try {
          const backup = await exportBackupFile(setProgress)
          const outcome = await desktopApi.saveFile({
            suggestedName: backup.fileName,
            content: backup.file,
            mimeType: 'application/json',
          })
          if (outcome.ok && outcome.value.saved) {
            try {
              onExported(Date.now())
            } catch {
              // A full localStorage only loses the "last exported" hint, never data.
            }
          }
          const records = Object.values(backup.counts).reduce((sum, count) => sum + count, 0)
          said = `Backup saved as ${backup.fileName} (${formatBytes(backup.file.size)}, ${countOf(records, 'record', 'records')})`
          return outcome
        } finally {
          setProgress(null)
        }
      },
      saved: () => said,
    })
  }
  return { save, run, progress }
}

/** Counts now in the database, for the restore summary; refreshed by any write. */
export function useRecordCounts(enabled: boolean) {
  return useQuery({
    queryKey: ['backup', 'counts'],
    queryFn: countRecords,
    enabled,
    meta: { tables: tableNames },
  })
}

export interface RestoreSource {
  /** File name or backup name, shown in the summary. */
  name: string
  backup: ValidBackup
}

export interface BackupToCheck {
  name: string
  /** Bytes, when known before reading. */
  size?: number
  read: () => Promise<string>
}

/** The restore steps: read and check a file, then apply it in the mode the user picks. */
export function useRestoreFlow() {
  const [source, setSource] = useState<RestoreSource | null>(null)
  const [progress, setProgress] = useState<RestoreProgress | null>(null)
  const check = useMutation({
    mutationFn: async ({ name, size, read }: BackupToCheck): Promise<BackupCheck> => {
      // Measured before reading: a huge file is refused without loading it into memory.
      if (size !== undefined && size > MAX_BACKUP_BYTES) {
        return { ok: false, total: 1, problems: [{ message: tooLargeMessage(size) }] }
      }
      const result = await readBackupText(await read())
      if (result.ok) setSource({ name, backup: result.backup })
      return result
    },
  })
  const apply = useMutation({
    mutationFn: async (mode: RestoreMode): Promise<{ mode: RestoreMode; counts: TableCounts }> => {
      if (!source) throw new Error('Choose a backup first.')
      try {
        await applyBackup(source.backup, mode, setProgress)
      } finally {
        setProgress(null)
      }
      const counts = Object.fromEntries(
        tableNames.map((name) => [name, source.backup.tables[name].length]),
      ) as TableCounts
      setSource(null)
      return { mode, counts }
    },
  })
  const start = (backup: BackupToCheck) => {
    apply.reset()
    setSource(null)
    check.mutate(backup)
  }
  const cancel = () => {
    setSource(null)
    check.reset()
  }
  return { source, check, apply, start, cancel, progress }
}

/** Exports one table as CSV through the one save-a-file flow. */
export function useCsvExport() {
  const save = useSaveFile()
  const run = (kind: CsvKind, what: string) => {
    let said = ''
    save.mutate({
      write: async () => {
        const csv = await buildCsv(kind, todayIso())
        said = `Saved ${formatCount(csv.rows)} ${what} as ${csv.name}`
        return desktopApi.saveFile({
          suggestedName: csv.name,
          content: csv.content,
          mimeType: 'text/csv',
        })
      },
      saved: () => said,
    })
  }
  return { save, run }
}

export function useStorageStatus() {
  return useQuery({
    queryKey: ['backup', 'storage'],
    queryFn: readStorageStatus,
    meta: { tables: tableNames },
  })
}

export function useRequestPersistence() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: requestPersistentStorage,
    onSettled: () => client.invalidateQueries({ queryKey: ['backup', 'storage'] }),
  })
}

const backupKeys = { settings: ['platform', 'backup-settings'], list: ['platform', 'backups'] }

export function useBackupSettings() {
  return useQuery({
    queryKey: backupKeys.settings,
    queryFn: async () => {
      const result = await desktopApi.getBackupSettings()
      if (!result.ok) throw new Error(result.error)
      return result.value
    },
    enabled: desktopApi.kind === 'desktop',
  })
}

export function useBackupList() {
  return useQuery({
    queryKey: backupKeys.list,
    queryFn: async () => {
      const result = await desktopApi.listBackups()
      if (!result.ok) throw new Error(result.error)
      return result.value
    },
    enabled: desktopApi.kind === 'desktop',
  })
}

/** Platform calls are not Dexie writes, so these refresh their own queries. */
export function useBackupActions() {
  const client = useQueryClient()
  const refresh = () => client.invalidateQueries({ queryKey: ['platform'] })
  const unwrap = async <T>(
    promise: Promise<{ ok: true; value: T } | { ok: false; error: string }>,
  ) => {
    const result = await promise
    if (!result.ok) throw new Error(result.error)
    return result.value
  }
  return {
    chooseFolder: useMutation({
      mutationFn: () => unwrap(desktopApi.chooseBackupFolder()),
      onSettled: refresh,
    }),
    setKeep: useMutation({
      mutationFn: (keep: number) => unwrap(desktopApi.setBackupSettings({ keep })),
      onSettled: refresh,
    }),
    useDefaultFolder: useMutation({
      mutationFn: () => unwrap(desktopApi.setBackupSettings({ useDefaultFolder: true })),
      onSettled: refresh,
    }),
    backUpNow: useMutation({
      mutationFn: () => unwrap(writeAutomaticBackup('manual')),
      onSettled: refresh,
    }),
    readBackup: useMutation({ mutationFn: (name: string) => unwrap(desktopApi.readBackup(name)) }),
  }
}
