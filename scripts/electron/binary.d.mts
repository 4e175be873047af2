export type ElectronBinary =
  { available: true; executablePath: string } | { available: false; reason: string }

type Environment = Readonly<Record<string, string | undefined>>

export declare const DOWNLOAD_TIMEOUT_MS: number
export declare function nodeCanRunElectronInstaller(version?: string): boolean
export declare function electronVersion(projectRoot: string): string | null
export declare function findElectronBinary(projectRoot: string, env?: Environment): ElectronBinary
export declare function downloadFailureReason(stderr: string, stdout?: string): string
export declare function downloadElectronBinary(
  projectRoot: string,
  env?: Environment,
  timeoutMs?: number,
): { ok: true } | { ok: false; reason: string }
export declare function ensureElectronBinary(
  projectRoot: string,
  env?: Environment,
  timeoutMs?: number,
): ElectronBinary
export declare function electronUnavailableLine(reason: string): string
