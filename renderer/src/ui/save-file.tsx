import { storageErrorMessage } from '../db/storage-errors'
import { useMutation } from '@tanstack/react-query'
import type { SaveFileOutcome } from '../../../electron/shared/desktop-api'
import type { Result } from '../../../electron/shared/result'

/** One file to write: a save dialog on the desktop, a download (or print) on the web. */
export interface SaveFileJob {
  /** Writes the file; platform answers (desktopApi.saveFile, printToPdf) or a refusal. */
  write: () => Promise<Result<SaveFileOutcome>>
  /** What was saved, said once it is ("Exported 3 expenses"); read after `write` ran. */
  saved: string | (() => string)
}

/** How saving a file ended: where it went, or that the user cancelled. Errors throw. */
export type SavedFile = { saved: true; text: string } | { saved: false }

/**
 * The one "save a file, then say where it went" flow: CSV exports, backups, the calendar, the
 * notes export, the printed index. Pair it with <SavedFileMessage>.
 */
export function useSaveFile() {
  return useMutation({
    mutationFn: async (job: SaveFileJob): Promise<SavedFile> => {
      const outcome = await job.write()
      if (!outcome.ok) throw new Error(outcome.error)
      if (!outcome.value.saved) return { saved: false }
      const what = typeof job.saved === 'function' ? job.saved() : job.saved
      const where = outcome.value.path ? ` to ${outcome.value.path}` : ''
      return { saved: true, text: `${what}${where}.` }
    },
  })
}

/** What happened to the file: saved (and where), cancelled, or not saved and why. */
export function SavedFileMessage({
  save,
  failed = 'Not saved',
  cancelled = 'Cancelled: no file was saved.',
  className = '',
}: {
  save: Pick<ReturnType<typeof useSaveFile>, 'data' | 'error' | 'isPending'>
  /** The first words of a failure ("Not exported"), before the reason. */
  failed?: string
  /** Said when the user cancelled; null says nothing (a browser's print dialog tells no one). */
  cancelled?: string | null
  /** Extra classes, e.g. 'screen-only' on a page that is printed. */
  className?: string
}) {
  if (save.isPending) return null
  if (save.error) {
    return (
      <p role="alert" className={`error-banner ${className}`.trim()}>
        {failed}: {storageErrorMessage(save.error)}
      </p>
    )
  }
  const text = save.data?.saved ? save.data.text : save.data ? cancelled : null
  if (!text) return null
  return (
    <p role="status" className={`notice-ok ${className}`.trim()}>
      {text}
    </p>
  )
}
