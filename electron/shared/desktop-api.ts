import type { Result } from './result'
import type {
  AutomaticBackupRequest,
  BackupFileInfo,
  BackupSettings,
  BackupSettingsChange,
} from './backup-schemas'

export type { AutomaticBackupRequest, BackupFileInfo, BackupSettings, BackupSettingsChange }

/** A file the user saves: the renderer builds the content, the platform decides where it goes. */
export interface SaveFileRequest {
  /** File name offered to the user, e.g. `bastion-plan.ics`. */
  suggestedName: string
  /** Text content (UTF-8). */
  content: string
  /** MIME type used by the browser download, e.g. `text/csv`. */
  mimeType: string
}

export interface SaveFileOutcome {
  /** False when the user cancelled the dialog. */
  saved: boolean
  /** Where it went, when the platform knows (desktop only). */
  path?: string
}

export interface AppInfo {
  name: string
  version: string
  platform: 'desktop' | 'web'
  /** Human-readable description of where user data is kept. */
  dataLocation: string
}

export interface NotificationRequest {
  title: string
  body: string
}

/**
 * The only door from the renderer to powers a desktop has. The preload implements it over IPC;
 * `renderer/src/platform/browser-desktop-api.ts` implements the same type for the web preview.
 */
export interface DesktopApi {
  readonly kind: 'desktop' | 'web'
  getAppInfo(): Promise<Result<AppInfo>>
  /** Opens an http(s) link in the system browser (desktop) or a new tab (web). */
  openExternal(url: string): Promise<Result<void>>
  /** Saves text through a save dialog (desktop) or a download (web). */
  saveFile(request: SaveFileRequest): Promise<Result<SaveFileOutcome>>
  /** Shows a system notification. */
  notify(request: NotificationRequest): Promise<Result<void>>
  /** Prints the current page to a PDF file the user chooses (desktop) or opens the print dialog (web). */
  printToPdf(request: { suggestedName: string }): Promise<Result<SaveFileOutcome>>

  // Automatic backups: desktop only; the web answers { ok: false } with a reminder to export.
  /** Where backups go and how many are kept. */
  getBackupSettings(): Promise<Result<BackupSettings>>
  /** Opens a folder picker; the new settings, or null when the user cancelled. */
  chooseBackupFolder(): Promise<Result<BackupSettings | null>>
  /** Changes how many are kept, or goes back to the default folder (a folder is only ever picked). */
  setBackupSettings(change: BackupSettingsChange): Promise<Result<BackupSettings>>
  /** Writes one backup atomically into the backups folder, then keeps only the newest `keep`. */
  writeAutoBackup(request: AutomaticBackupRequest): Promise<Result<BackupFileInfo>>
  /** The backups in the folder, newest first. */
  listBackups(): Promise<Result<BackupFileInfo[]>>
  /** The text of one backup from the list, for a restore. */
  readBackup(name: string): Promise<Result<string>>
  /**
   * Main asks for a backup (before quitting): the handler makes it and writes it with
   * writeAutoBackup; main waits for its answer. Returns the unsubscribe function.
   */
  onBackupRequested(handler: () => Promise<void>): () => void
}
