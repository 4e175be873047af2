/** The browser's storage powers (StorageManager), each optional: old browsers lack some. */

export type PersistAnswer = 'granted' | 'denied' | 'unsupported'

export interface StorageStatus {
  persisted: PersistAnswer
  usageBytes: number | null
  quotaBytes: number | null
}

function manager(): StorageManager | undefined {
  return typeof navigator !== 'undefined' ? navigator.storage : undefined
}

/** Asks the browser not to evict Bastion's data under storage pressure. Never throws. */
export async function requestPersistentStorage(): Promise<PersistAnswer> {
  const storage = manager()
  if (!storage?.persist) return 'unsupported'
  try {
    if (storage.persisted && (await storage.persisted())) return 'granted'
    return (await storage.persist()) ? 'granted' : 'denied'
  } catch {
    return 'unsupported'
  }
}

export async function readStorageStatus(): Promise<StorageStatus> {
  const storage = manager()
  let persisted: PersistAnswer = 'unsupported'
  let usageBytes: number | null = null
  let quotaBytes: number | null = null
  try {
    if (storage?.persisted) persisted = (await storage.persisted()) ? 'granted' : 'denied'
    if (storage?.estimate) {
      const estimate = await storage.estimate()
      usageBytes = estimate.usage ?? null
      quotaBytes = estimate.quota ?? null
    }
  } catch {
    // Unknown is shown as unknown; nothing depends on it.
  }
  return { persisted, usageBytes, quotaBytes }
}

/** "1.2 MB": binary multiples, one decimal from MB up, as file managers show them. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB']
  let value = bytes
  let unit = 0
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024
    unit += 1
  }
  const digits = unit >= 2 && value < 100 ? 1 : 0
  return `${value.toFixed(digits)} ${units[unit]}`
}
