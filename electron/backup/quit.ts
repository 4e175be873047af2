import { isTrustedSender } from '../ipc/handle'
import { BackupRequestDonePayload } from '../shared/backup-schemas'
import { Channels } from '../shared/channels'

/**
 * One last backup before Bastion quits. The first `before-quit` is held back, the window is asked
 * for a backup (`backup:requested`), and Bastion quits for real when the window answers
 * (`backup:request-done`) or after `timeoutMs`, whichever comes first: a stuck page can delay
 * quitting, never prevent it. No Electron here: the window, timers and quit are injected.
 */

export const QUIT_BACKUP_TIMEOUT_MS = 15_000

/** The main window's webContents, as far as asking it for a backup goes. */
export interface BackupRequestTarget {
  send(channel: string, payload: unknown): void
}

export interface QuitBackupDeps {
  /** The main window's webContents, or null when there is no live window to ask. */
  target(): BackupRequestTarget | null
  /** app.quit(): runs `before-quit` again, which then passes. */
  quit(): void
  newRequestId(): string
  setTimer(callback: () => void, ms: number): unknown
  clearTimer(timer: unknown): void
  timeoutMs?: number
  devServerUrl?: string
  log?: (message: string, error?: unknown) => void
}

export type QuitBackupState = 'idle' | 'waiting' | 'released'

export interface QuitBackup {
  /** For `app.on('before-quit')`. */
  onBeforeQuit(event: { preventDefault(): void }): void
  /**
   * For the main window's `close`. Where closing the last window quits the app (Windows, Linux),
   * the close is held and turned into a quit while the window still lives to write the backup;
   * the quit closes the window once the backup is done (or timed out). On macOS closing the
   * window does not quit, so it closes at once and the backup waits for the real quit.
   */
  onWindowClose(event: { preventDefault(): void }, closingQuits: boolean): void
  /** For `ipcMain.on('backup:request-done')`: the sender frame's URL and the raw payload. */
  onRequestDone(senderFrameUrl: unknown, payload: unknown): void
  state(): QuitBackupState
}

export function createQuitBackup(deps: QuitBackupDeps): QuitBackup {
  const log = deps.log ?? console.warn
  let state: QuitBackupState = 'idle'
  let requestId = ''
  let timer: unknown

  function release(): void {
    if (state !== 'waiting') return
    deps.clearTimer(timer)
    state = 'released'
    deps.quit()
  }

  function ask(target: BackupRequestTarget): boolean {
    try {
      target.send(Channels.backupRequested, { requestId })
      return true
    } catch (error) {
      log('[backup] could not ask the window for a backup before quitting', error)
      return false
    }
  }

  return {
    onBeforeQuit(event) {
      if (state === 'released') return
      // Quit chosen again while the backup is being written: keep waiting (the timeout bounds it).
      if (state === 'waiting') return event.preventDefault()
      const target = deps.target()
      if (!target) {
        state = 'released'
        return
      }
      requestId = deps.newRequestId()
      if (!ask(target)) {
        state = 'released'
        return
      }
      event.preventDefault()
      state = 'waiting'
      timer = deps.setTimer(() => {
        log('[backup] no backup answer before quitting; quitting anyway')
        release()
      }, deps.timeoutMs ?? QUIT_BACKUP_TIMEOUT_MS)
    },

    onWindowClose(event, closingQuits) {
      if (!closingQuits || state === 'released') return
      event.preventDefault()
      if (state === 'idle') deps.quit()
    },

    onRequestDone(senderFrameUrl, payload) {
      if (!isTrustedSender(senderFrameUrl, deps.devServerUrl)) {
        log(`[backup] ignored a backup answer from ${String(senderFrameUrl).slice(0, 200)}`)
        return
      }
      const answer = BackupRequestDonePayload.safeParse(payload)
      if (state !== 'waiting' || !answer.success || answer.data.requestId !== requestId) return
      if (!answer.data.ok) log(`[backup] the backup before quitting failed: ${answer.data.error}`)
      release()
    },

    state: () => state,
  }
}
